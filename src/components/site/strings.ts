/** Site chrome strings, one place for translation later. */
export const siteStrings = {
  siteName: 'Coffee Chat',
  /** The home page's title after the site name: the whole title stays under 60 characters. */
  homeTitle: 'How to run informational interviews',
  tagline: 'Learn from people in the field, one conversation at a time.',
  skip: 'Skip to content',
  /** The guides' sections, in reading order (lib/reading-order). */
  sectionNames: { understand: 'Understand', prepare: 'Prepare', meet: 'Meet', 'follow-up': 'Follow up' },
  navLabel: 'Main',
  nav: [
    { href: '/guides/', label: 'Guides' },
    { href: '/questions/', label: 'Question bank' },
    { href: '/tools/messages/', label: 'Messages' },
    { href: '/tools/questions/', label: 'Builder' },
    { href: '/tools/timer/', label: 'Timer' },
    { href: '/tools/checklist/', label: 'Checklist' },
  ],
  search: 'Search',
  searchShortcut: 'Press / to search',
  menu: 'Menu',
  guidesNav: 'Guides',
  /** The theme control's name says what is in force now; a click moves to the next choice. */
  theme: { system: 'Theme: same as your system', light: 'Theme: light', dark: 'Theme: dark' },
  onThisPage: 'On this page',
  whereNext: { next: 'Next', previous: 'Previous', allGuides: 'All guides, in reading order' },
  footerPrivacy:
    'Everything you type into the tools stays in this browser. Nothing is sent anywhere, and there are no accounts, trackers or cookies.',
  footerData: 'Your data on this device',
  footerNote: 'Coffee Chat is an independent guide. Methods are credited to their authors.',
} as const;
