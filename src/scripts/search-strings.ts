/** Search UI strings, one place for translation later. */
export const searchStrings = {
  title: 'Search the site',
  label: 'Search guides, questions and tools',
  placeholder: 'Search guides, questions and tools',
  resultsLabel: 'Search results',
  close: 'Close',
  help: 'Enter opens the first result, ↓ and ↑ move through them, Esc closes.',
  more: (n: number) => `Show ${n} more ${n === 1 ? 'result' : 'results'}`,
  loading: 'Loading search…',
  typeToSearch: 'Type at least two letters to search.',
  noResults: (q: string) => `No results for “${q}”. Try a shorter or different word.`,
  results: (total: number, shown: number, q: string) =>
    `${total} ${total === 1 ? 'result' : 'results'} for “${q}”.${shown < total ? ` Showing ${shown}.` : ''}`,
  sectionsOf: (title: string) => `Sections of ${title}`,
  /** When the reader's whole query found nothing and a shorter one did. */
  shorterResults: (total: number, shown: number, used: string, q: string) =>
    `No results for “${q}”. ${total} ${total === 1 ? 'result' : 'results'} for “${used}”.${shown < total ? ` Showing ${shown}.` : ''}`,
  unavailable:
    'Search works on the built site. Run “npm start” (it builds the site and its search index) and open http://localhost:4321.',
  offline: 'Search could not load. Check your connection and try again.',
  noResultsOffline: (q: string) =>
    `No results for “${q}”. You seem to be offline, and part of the search index may not have loaded: try again once you are connected.`,
} as const;
