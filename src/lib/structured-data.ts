/**
 * schema.org Article for a guide page. The description and URL are left to the page's own meta
 * description and canonical link, which search engines read anyway: every byte counts against
 * the 14 KB first round trip.
 */
export function articleLd(input: { title: string; published: Date; updated: Date; siteName: string; siteUrl: string | URL; image?: string }) {
  const org = { '@type': 'Organization', name: input.siteName, url: String(input.siteUrl) };
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    datePublished: day(input.published),
    // A guide is never older than its first publication, whatever its frontmatter says.
    dateModified: day(input.updated > input.published ? input.updated : input.published),
    ...(input.image ? { image: input.image } : {}),
    author: org,
    publisher: org,
  };
}

/** schema.org FAQPage from question and answer pairs. */
export function faqLd(items: { question: string; answer: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}
