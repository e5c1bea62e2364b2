/**
 * The words of the question bank page (src/pages/questions.astro), apart from the builder's so
 * they stay out of the builder's JavaScript. Category and audience names are the builder's.
 */
import { QUESTIONS } from '../../content/house-numbers';
import type { QuestionCategory } from '../../lib/question-bank';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** One line per category for the bank page, in meeting order. */
const categoryAbout: Record<QuestionCategory, string> = {
  opening: 'Small talk, rapport and your short introduction: the first few minutes.',
  trends: 'T for Trends: how the field is changing and where it is heading.',
  insights: 'I for Insights: what insiders know: likes, dislikes, surprises and culture.',
  advice: 'A for Advice: how to break in and stand out from where you are now.',
  resources: 'R for Resources: what to read, what to join and who else to talk to.',
  assignments: 'A for Assignments: the actual work, the projects and a typical week.',
  path: 'How they got here: decisions, detours and education.',
  closing: 'Next steps: whom else to meet, what you should have asked, and permission to use their name.',
};

export const strings = {
  categoryAbout,
  page: {
    title: 'The question bank',
    /** Counted from the bank, so the page never says a number the bank does not hold. */
    description: (n: number) =>
      `${n} questions for an informational interview, grouped in meeting order with a time estimate for each, plus the questions to avoid and why.`,
    intro:
      `Pick ${QUESTIONS.prepareMin} to ${QUESTIONS.prepareMax} of these, rank them and bring them to your meeting. Each question has an estimate of how long a good answer takes, so you can see what fits in the time you asked for.`,
    builderLink: 'Build your list in the question builder',
    guideLink: 'Read the guide to asking good questions',
    tiaraHeading: 'TIARA in one minute',
    tiara:
      'TIARA is a way to order the middle of a meeting, from Steve Dalton’s book The 2-Hour Job Search: ask about Trends, then Insights, Advice, Resources and Assignments. It moves from easy, big-picture questions to personal and practical ones, which tends to build rapport as you go. Open with a little small talk first and close with next steps.',
    contents: 'Categories',
    count: (n: number) => `${n} ${plural(n, 'question', 'questions')}`,
    minutes: (n: number) => `about ${n} min`,
    for: 'For',
    tip: 'Tip',
    avoidHeading: 'Questions to avoid',
    avoidIntro: 'These turn a learning conversation into something else. Here is why, and what to ask instead.',
    why: 'Why',
  },
};
