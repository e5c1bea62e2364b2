/**
 * Finds a job ask in a message: asking for a job, an opening, a referral, or sending a résumé.
 * Talking about *their* job ("what your role looks like") or your own ("my current role") is fine.
 *
 * Not a word list: each sentence is scored. Phrases that are plainly an ask score 3; a job word
 * ("openings", "roles") scores 1 and becomes an ask (2) only next to asking words ("could you",
 * "let me know", a question mark). Neutral contexts are blanked out before scoring. The patterns
 * were tuned on the examples in tests/unit/fixtures/job-ask-corpus.ts: add a failing example
 * there before changing a pattern here.
 */
import { PLACEHOLDER_RE, sentences, straightenQuotes } from './text';

/** One sentence that reads as a job ask, with the words that tipped it. */
export interface JobAskHit {
  /** The words that tipped it, as they appear in the draft. */
  phrase: string;
  /** Offset of `phrase` in the text given to `findJobAsks`. */
  index: number;
  /** The whole sentence, for context. */
  sentence: string;
  score: number;
}

// The job words: `JOB` in the patterns below. "work" and "career" count only in the neutral patterns:
// "would Tuesday work?" asks for nothing.
const JOB_WORDS = String.raw`jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|employment|opportunit(?:y|ies)`;
const JOB_NOUN = `(?:${JOB_WORDS}|work|careers?)`;

/** A pattern with `JOB` standing for the job words. */
const pattern = (source: string, flags?: string) => new RegExp(source.replace(/JOB/g, JOB_NOUN), flags);

/** Contexts that talk about a job without asking for one: blanked before scoring. */
const NEUTRAL: RegExp[] = [
  // their job, their path, their team
  String.raw`\byour (?:own |first |current |last |previous |new |day-to-day |daily )?(?:JOB|team|path|field|company|industry|move)\b`,
  // the reader's own job, past or present
  String.raw`\bmy (?:current |previous |last |first |old |new |summer |part-time )?JOB\b`,
  // the job they do, the role you have now
  String.raw`\bJOB (?:you|they) (?:have|hold|do|did|had)\b`,
  // what the work is like, a day in the role
  String.raw`\b(?:the|this|that|such a|a typical) JOB (?:is|was|involves|looks|entails|requires|feels)\b`,
  String.raw`\b(?:in|into|about) (?:the|that|this|such a) JOB\b`,
  // exploring a field: the guide's own LinkedIn example ("exploring supply chain roles")
  String.raw`\b(?:explor\w*|learn\w* (?:about|more about)|curious about|understand\w*|researching)\b(?: [\w-]+){0,3}? JOB\b`,
  // "resume" the verb
  String.raw`\b(?:to |we |could |can |happy to |and )resume\b`,
  // questions about the field: "what roles exist", "which kinds of jobs", "how does hiring work"
  String.raw`\b(?:what|which) (?:other )?(?:kinds? of |types? of |sorts? of )?(?:roles|jobs|positions|careers)\b(?! (?:are|is) (?:currently |still )?(?:open|vacant|available))`,
  String.raw`\bhow (?:does |do |is |are )?(?:hiring|recruiting)\b`,
  // job-market talk
  String.raw`\b(?:hiring|job|labor|labour) (?:trends?|market|landscape|outlook|process(?:es)?)\b`,
  // "not asking for a job": a reassurance, not an ask
  String.raw`\bnot (?:asking|looking|hoping) (?:you )?(?:for|to find) (?:a |an |any )?(?:JOB|referrals?)\b`,
  // thanks for the opportunity / chance (to talk)
  String.raw`\b(?:the|this) (?:opportunity|chance) to (?:talk|speak|chat|meet|learn|hear|connect)\b`,
].map((source) => pattern(source, 'g'));

/**
 * Plain asks, by the score they give a sentence (3, then 2). Within a score the first pattern that
 * matches names the phrase.
 */
const ASKS: [score: number, patterns: RegExp[]][] = [
  [
    3,
    [
      /\b(?:attach(?:ed|ing)?|enclos(?:ed|ing)|includ(?:ed|ing)|link(?:ed)? to|sending|send you)\b[^.?!]{0,30}?\b(?:resume|cv)\b/,
      /\b(?:resume|cv)\b[^.?!]{0,25}?\b(?:attached|enclosed|below|linked|here)\b/,
      /\b(?:pass|forward|send|shar|hand)\w*\b[^.?!]{0,25}?\b(?:resume|cv|application|my (?:profile|name|details|portfolio|information|info))\b/,
      /\b(?:has|have|got) room for\b/,
      /\b(?:refer(?:ring)? me|a referral|referrals?\b(?= for| to| at| into))/,
      /\bput in a (?:good )?word\b/,
      /\b(?:consider|recommend|hire|interview) me\b/,
      /\bkeep me in mind\b/,
      /\b(?:job|position|role|career) leads?\b/,
      /\bjob[- ](?:hunt\w*|search\w*|seek\w*)\b/,
      /\b(?:get|land|find|secure|help me get|offer) (?:me )?(?:a |an |any )?(?:job|position|interview|internship|role|offer)\b/,
      /\b(?:are|is) (?:you|your \w+|\w+) (?:currently |still )?hiring\b/,
      /\b(?:are there|is there|do you have|do you know of|have you heard of|if you hear of)\b[^.?!]{0,25}?\b(?:open|openings?|vacanc(?:y|ies)|positions?|roles?|jobs?|internships?)\b/,
      /\bif (?:anything|something) (?:opens|comes) up\b/,
    ],
  ],
  [2, [/\b(?:appl(?:y|ying|ied)|application)\b/, /\bhiring manager\b/, /\b(?:resume|cv)\b/]],
];

/** A job word alone scores 1, and 2 (an ask) next to asking words. */
const WEAK = new RegExp(String.raw`\b(?:${JOB_WORDS}|hiring|recruiters?)\b`);

const ASKING = /\?\s*$|\b(?:could|would|can|will|might) you\b|\bplease\b|\blet me know\b|\b(?:i'?m|i am) (?:looking|seeking|hoping|searching|interested|applying)\b|\bi'?d (?:love|like|appreciate|be grateful)\b|\binterested in\b|\b(?:grateful|appreciate) (?:for )?any\b|\bany (?:open|available|upcoming)\b/;

/** Score at or above which a sentence is a job ask. */
export const JOB_ASK_THRESHOLD = 2;

/** `text` with every match of `re` turned into spaces of the same length, so offsets still line up. */
const blank = (text: string, re: RegExp): string => text.replace(re, (m) => ' '.repeat(m.length));

/** Scores one sentence (already lower-cased, quotes straightened); returns the score and the tipping span. */
export function scoreJobAsk(sentence: string): { score: number; start: number; end: number } {
  const s = NEUTRAL.reduce(blank, sentence);
  const span = (score: number, m: RegExpExecArray) => ({ score, start: m.index, end: m.index + m[0].length });
  for (const [score, patterns] of ASKS) {
    for (const re of patterns) {
      const m = re.exec(s);
      if (m) return span(score, m);
    }
  }
  const weak = WEAK.exec(s);
  return weak ? span(ASKING.test(s) ? 2 : 1, weak) : { score: 0, start: -1, end: -1 };
}

/** Every sentence of `text` that reads as a job ask. */
export function findJobAsks(text: string): JobAskHit[] {
  const hits: JobAskHit[] = [];
  for (const s of sentences(text)) {
    // Accents off (résumé → resume): precomposed letters keep the length, so offsets still line up.
    // The same fold as lib/question-bank foldText, written again on purpose: a module shared with the
    // builder's page cost the message writer 0.04 KB gzip (near its 35 KB budget) and the builder 0.01 KB.
    // Placeholders ("[their role]") are blanked to spaces of the same length: a word in one is not an ask.
    const lower = blank(straightenQuotes(s.text), PLACEHOLDER_RE)
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
    // Lower-casing can change length for a few letters (e.g. "İ"); fall back to the sentence then.
    const sameLength = lower.length === s.text.length;
    const r = scoreJobAsk(lower);
    if (r.score >= JOB_ASK_THRESHOLD) {
      const phrase = sameLength ? s.text.slice(r.start, r.end) : s.text;
      hits.push({ phrase, index: s.index + (sameLength ? r.start : 0), sentence: s.text, score: r.score });
    }
  }
  return hits;
}
