/** Strings for pieces used inside guides. */
export const guideStrings = {
  tip: 'Tip',
  caution: 'Caution',
  copy: 'Copy',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy: select the text and copy it by hand',
  template: 'Message template',
  placeholderHint: 'Replace the highlighted [fields] with your own details.',
  subjectLabel: 'Subject:',
  faqMore: 'Read more:',
  lengthNote: (count: number, max: number, unit: string, basis: string) =>
    `${count} ${unit}; limit ${max} (${basis}).`,
  tryIt: 'Try it',
  tools: {
    questions: { title: 'Build your question list', body: 'Pick questions from the bank and see if they fit the time you asked for.', href: '/tools/questions/', cta: 'Open the question builder' },
    timer: { title: 'Practice the meeting', body: 'Do a timed run-through of your meeting, question by question, and see where time goes.', href: '/tools/timer/', cta: 'Open the mock-meeting timer' },
    messages: { title: 'Write it with advice as you type', body: 'Draft the message from your meeting and see what to change as you write.', href: '/tools/messages/', cta: 'Open the message writer' },
    checklist: { title: 'Keep track of every step', body: 'Tick off your preparation and follow-up, with due dates from your meeting date.', href: '/tools/checklist/', cta: 'Open the prep checklist' },
  },
  whereNext: {
    next: 'Next in the reading order:',
    back: 'If you skipped ahead, the guide before this one is',
    end: 'This is the last guide in the reading order. Revisit any step from',
    all: 'the list of guides',
  },
} as const;
