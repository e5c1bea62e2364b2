/** Site chrome strings, one place for translation later. */
export const siteStrings = {
  siteName: 'Coffee Chat',
  tagline: 'Learn from people in the field, one conversation at a time.',
  skip: 'Skip to content',
  navLabel: 'Main',
  nav: [
    { href: '/guides/', label: 'Guides' },
    { href: '/tools/questions/', label: 'Questions' },
    { href: '/tools/timer/', label: 'Timer' },
    { href: '/tools/checklist/', label: 'Checklist' },
  ],
  search: 'Search',
  searchShortcut: 'Press / to search',
  themeToDark: 'Dark theme',
  footerPrivacy:
    'Everything you type into the tools stays in this browser. Nothing is sent anywhere, and there are no accounts, trackers or cookies.',
  footerNote: 'Coffee Chat is an independent guide. Methods are credited to their authors.',
} as const;
