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

const JOB_NOUN = String.raw`(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|employment|opportunit(?:y|ies)|work|careers?)`;

/** Contexts that talk about a job without asking for one: blanked before scoring. */
const NEUTRAL: RegExp[] = [
  // their job, their path, their team
  new RegExp(String.raw`\byour (?:own |first |current |last |previous |new |day-to-day |daily )?(?:${JOB_NOUN}|team|path|field|company|industry|move)\b`, 'g'),
  // the reader's own job, past or present
  new RegExp(String.raw`\bmy (?:current |previous |last |first |old |new |summer |part-time )?${JOB_NOUN}\b`, 'g'),
  // the job they do, the role you have now
  new RegExp(String.raw`\b${JOB_NOUN} (?:you|they) (?:have|hold|do|did|had)\b`, 'g'),
  // what the work is like, a day in the role
  new RegExp(String.raw`\b(?:the|this|that|such a|a typical) ${JOB_NOUN} (?:is|was|involves|looks|entails|requires|feels)\b`, 'g'),
  new RegExp(String.raw`\b(?:in|into|about) (?:the|that|this|such a) ${JOB_NOUN}\b`, 'g'),
  // exploring a field: the guide's own LinkedIn example ("exploring supply chain roles")
  new RegExp(String.raw`\b(?:explor\w*|learn\w* (?:about|more about)|curious about|understand\w*|researching)\b(?: [\w-]+){0,3}? ${JOB_NOUN}\b`, 'g'),
  // "resume" the verb
  /\b(?:to |we |could |can |happy to |and )resume\b/g,
  // questions about the field: "what roles exist", "which kinds of jobs", "how does hiring work"
  /\b(?:what|which) (?:other )?(?:kinds? of |types? of |sorts? of )?(?:roles|jobs|positions|careers)\b(?! (?:are|is) (?:currently |still )?(?:open|vacant|available))/g,
  /\bhow (?:does |do |is |are )?(?:hiring|recruiting)\b/g,
  // job-market talk
  /\b(?:hiring|job|labor|labour) (?:trends?|market|landscape|outlook|process(?:es)?)\b/g,
  // "not asking for a job": a reassurance, not an ask
  new RegExp(String.raw`\bnot (?:asking|looking|hoping) (?:you )?(?:for|to find) (?:a |an |any )?(?:${JOB_NOUN}|referrals?)\b`, 'g'),
  // thanks for the opportunity / chance (to talk)
  /\b(?:the|this) (?:opportunity|chance) to (?:talk|speak|chat|meet|learn|hear|connect)\b/g,
];

interface Signal {
  re: RegExp;
  score: number;
}

const STRONG: Signal[] = [
  { re: /\b(?:attach(?:ed|ing)?|enclos(?:ed|ing)|includ(?:ed|ing)|link(?:ed)? to|sending|send you)\b[^.?!]{0,30}?\b(?:resume|cv)\b/g, score: 3 },
  { re: /\b(?:resume|cv)\b[^.?!]{0,25}?\b(?:attached|enclosed|below|linked|here)\b/g, score: 3 },
  { re: /\b(?:pass|forward|send|shar|hand)\w*\b[^.?!]{0,25}?\b(?:resume|cv|application|my (?:profile|name|details|portfolio|information|info))\b/g, score: 3 },
  { re: /\b(?:has|have|got) room for\b/g, score: 3 },
  { re: /\b(?:refer(?:ring)? me|a referral|referrals?\b(?= for| to| at| into))/g, score: 3 },
  { re: /\bput in a (?:good )?word\b/g, score: 3 },
  { re: /\b(?:consider|recommend|hire|interview) me\b/g, score: 3 },
  { re: /\bkeep me in mind\b/g, score: 3 },
  { re: /\b(?:job|position|role|career) leads?\b/g, score: 3 },
  { re: /\bjob[- ](?:hunt\w*|search\w*|seek\w*)\b/g, score: 3 },
  { re: /\b(?:get|land|find|secure|help me get|offer) (?:me )?(?:a |an |any )?(?:job|position|interview|internship|role|offer)\b/g, score: 3 },
  { re: /\b(?:are|is) (?:you|your \w+|\w+) (?:currently |still )?hiring\b/g, score: 3 },
  { re: /\b(?:are there|is there|do you have|do you know of|have you heard of|if you hear of)\b[^.?!]{0,25}?\b(?:open|openings?|vacanc(?:y|ies)|positions?|roles?|jobs?|internships?)\b/g, score: 3 },
  { re: /\b(?:appl(?:y|ying|ied)|application)\b/g, score: 2 },
  { re: /\bhiring manager\b/g, score: 2 },
  { re: /\b(?:resume|cv)\b/g, score: 2 },
  { re: /\bif (?:anything|something) (?:opens|comes) up\b/g, score: 3 },
];

// "work" and "career" are job words only in the neutral patterns above: "would Tuesday work?" asks for nothing.
const WEAK: Signal = {
  re: /\b(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|employment|opportunit(?:y|ies)|hiring|recruiters?)\b/g,
  score: 1,
};

const ASKING = /\?\s*$|\b(?:could|would|can|will|might) you\b|\bplease\b|\blet me know\b|\b(?:i'?m|i am) (?:looking|seeking|hoping|searching|interested|applying)\b|\bi'?d (?:love|like|appreciate|be grateful)\b|\binterested in\b|\b(?:grateful|appreciate) (?:for )?any\b|\bany (?:open|available|upcoming)\b/;

/** Score at or above which a sentence is a job ask. */
export const JOB_ASK_THRESHOLD = 2;

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => ' '.repeat(m.length));
}

/** Scores one sentence (already lower-cased, quotes straightened); returns the score and the tipping span. */
export function scoreJobAsk(sentence: string): { score: number; start: number; end: number } {
  let s = sentence;
  for (const re of NEUTRAL) s = blank(s, re);
  let best = { score: 0, start: -1, end: -1 };
  for (const { re, score } of STRONG) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m && score > best.score) best = { score, start: m.index, end: m.index + m[0].length };
  }
  if (best.score >= JOB_ASK_THRESHOLD) return best;
  WEAK.re.lastIndex = 0;
  const weak = WEAK.re.exec(s);
  if (weak) {
    const score = best.score + WEAK.score + (ASKING.test(s) ? 1 : 0);
    if (score > best.score) best = { score, start: weak.index, end: weak.index + weak[0].length };
  }
  return best;
}

/** Every sentence of `text` that reads as a job ask. */
export function findJobAsks(text: string): JobAskHit[] {
  const hits: JobAskHit[] = [];
  for (const s of sentences(text)) {
    // Accents off (résumé → resume): precomposed letters keep the length, so offsets still line up.
    // Placeholders ("[their role]") are blanked to spaces of the same length: a word in one is not an ask.
    const lower = straightenQuotes(s.text)
      .replace(PLACEHOLDER_RE, (m) => ' '.repeat(m.length))
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
