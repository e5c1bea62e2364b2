/** schema.org Article for a guide page. */
export function articleLd(input: { title: string; description: string; url: string; updated: Date; siteName: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    dateModified: input.updated.toISOString().slice(0, 10),
    mainEntityOfPage: input.url,
    publisher: { '@type': 'Organization', name: input.siteName },
    author: { '@type': 'Organization', name: input.siteName },
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
