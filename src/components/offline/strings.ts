/** Words on the offline page (src/pages/offline.astro and src/scripts/offline.ts). */
export const offlineStrings = {
  title: 'You are offline',
  description: 'This page is not saved on this device yet. Here is what you can read and use without a connection.',
  heading: 'This page is not here offline',
  lead: 'You are offline, and this page has not been saved on this device yet. Pages are saved when you read them online. Everything below works now.',
  guidesHeading: 'Guides saved on this device',
  guidesLoading: 'Looking for saved guides…',
  guidesNone: 'No guides are saved yet. Read a guide while online and it will be here next time.',
  guidesUnavailable: 'This browser does not say which guides are saved. Try the links below, or go back online.',
  toolsHeading: 'Always available',
  home: 'Home page',
  questions: 'Question builder',
  timer: 'Mock-meeting timer',
  checklist: 'Prep checklist',
  retry: 'Try the page again when you are back online.',
} as const;
