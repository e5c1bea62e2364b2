/** Search UI strings, one place for translation later. */
export const searchStrings = {
  title: 'Search the site',
  label: 'Search guides, questions and tools',
  placeholder: 'Search guides, questions and tools',
  resultsLabel: 'Search results',
  close: 'Close',
  help: 'Use ↑ and ↓ to move through results, Enter to open one, Esc to close.',
  loading: 'Loading search…',
  typeToSearch: 'Type at least two letters to search.',
  noResults: (q: string) => `No results for “${q}”. Try a shorter or different word.`,
  results: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”.`,
  /** When the reader's whole query found nothing and a shorter one did. */
  shorterResults: (n: number, shown: string, q: string) =>
    `No results for “${q}”. Showing ${n} ${n === 1 ? 'result' : 'results'} for “${shown}”.`,
  unavailable:
    'Search works on the built site. Run “npm start” (it builds the site and its search index) and open http://localhost:4321.',
  offline: 'Search could not load. Check your connection and try again.',
  noResultsOffline: (q: string) =>
    `No results for “${q}”. You seem to be offline, and part of the search index may not have loaded: try again once you are connected.`,
} as const;
