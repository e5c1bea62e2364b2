/**
 * schema.org Article for a guide page. The description and URL are left to the page's own meta
 * description and canonical link, which search engines read anyway: every byte counts against
 * the 14 KB first round trip.
 */
export function articleLd(input: { title: string; updated: Date; siteName: string }) {
  const org = { '@type': 'Organization', name: input.siteName };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    dateModified: input.updated.toISOString().slice(0, 10),
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
