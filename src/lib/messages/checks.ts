/**
 * The live checks, one pure function each. Each takes the cleaned draft text and whatever figures
 * it needs, and returns its findings (empty when the draft passes).
 */
import type { Flag } from './findings';
import { PLACEHOLDER_RE, contentSentences, countChars, countWords, straightenQuotes, words } from './text';
import { findJobAsks } from './job-ask';

/** Words (or LinkedIn characters) against the target and the outer limit. */
export function checkLength(
  text: string,
  unit: 'words' | 'characters',
  limit: number,
  outerLimit?: number,
): Flag[] {
  const count = unit === 'words' ? countWords(text) : countChars(text);
  if (outerLimit !== undefined && count > outerLimit) return [{ id: 'over-outer-limit', unit, count, limit: outerLimit }];
  if (count > limit) return [{ id: 'too-long', unit, count, limit, ...(outerLimit !== undefined ? { outerLimit } : {}) }];
  return [];
}

const CONNECTION_PATTERN =
  /\b(?:suggested|recommended|referred|pointed me|gave me your (?:name|email|contact|details)|passed (?:along )?your|introduc\w+|fellow|alum\w*|graduate of|grad\b|classmates?|we met|met you|met at|mutual|we both|you and i both|also (?:studied|went|work|worked|grew up)|your (?:talk|article|post|panel|presentation|podcast|interview|book|paper|session|workshop|keynote|webinar|newsletter|blog)\b|heard you|saw you|read your|same (?:school|program|university|college|team|company|hometown|club|bootcamp)|through (?:our|the|a) (?:[\w-]+ )?(?:alumni|network|group|association|club|community|program)|(?:my|our) (?:friend|colleague|manager|professor|advisor|adviser|mentor|coach|cousin|neighbor|neighbour)\b)/i;

const STOP = new Set(
  'the a an and or of to in on at for with from by my your our their his her its is are was were be been i me you we they he she it this that who what which as about into over after before just also very'.split(' '),
);

/** The words of a text as the checks compare them: lower case, quotes straightened. */
const lowerWords = (text: string): string[] => words(straightenQuotes(text).toLowerCase());

/** A sentence that ends in a question mark (closing quotes and brackets allowed after it). */
const QUESTION_END = /\?["')\]]*$/;

/** Distinctive words of the reader's connection note ("Sam Lee, my old manager" → sam, lee, manager). */
function connectionWords(connection: string | undefined): string[] {
  return lowerWords(connection ?? '').filter((w) => w.length >= 3 && !STOP.has(w));
}

/** Whether a sentence states how the reader is connected to the person. */
function hasConnection(sentence: string, keys: string[]): boolean {
  if (CONNECTION_PATTERN.test(sentence)) return true;
  if (keys.length === 0) return false;
  const present = new Set(lowerWords(sentence));
  return keys.some((k) => present.has(k));
}

/** The connection (referrer, shared school, their talk) belongs in the first sentence after the greeting. */
export function checkConnectionFirst(text: string, connection?: string): Flag[] {
  const keys = connectionWords(connection);
  const list = contentSentences(text);
  const at = list.findIndex((s) => hasConnection(s.text, keys));
  if (at === 0) return [];
  if (at > 0) return [{ id: 'connection-not-first', sentence: at + 1 }];
  return [{ id: 'connection-missing' }];
}

/** Words that make a question a request for the reader's meeting. */
export const REQUEST_QUESTION =
  /\b(?:would|could|can|will|might) you\b|\bwould it be (?:possible|okay|ok|all right)\b|\bare you (?:open|available|free|willing|up for)\b|\b(?:do|would) you have\b|\b(?:may|could|can) i\b|\bwould [^.?!]{1,30} work\b|\bis there a time\b|\bopen to\b|\bup for\b/i;

const REQUEST_STATEMENT =
  /\b(?:i'?d|i would) (?:love|like|appreciate|welcome|be grateful|be glad)\b[^.?!]{0,50}\b(?:chat|call|talk|meet|meeting|minutes|coffee|conversation|time|speak)\b|\bplease let me know (?:if|when|whether)\b|\b(?:i'?m|i am) (?:writing|reaching out|emailing) to (?:ask|request|see if)\b|\bi (?:want|wanted|am hoping|was hoping) to (?:ask|request|schedule|set up|book)\b/i;

/** One request, phrased as a question that ends in "?". */
export function checkOneRequest(text: string): Flag[] {
  const list = contentSentences(straightenQuotes(text));
  const questions = list.filter((s) => QUESTION_END.test(s.text));
  const requests = questions.filter((s) => REQUEST_QUESTION.test(s.text));
  if (requests.length > 1) return [{ id: 'several-requests', count: requests.length }];
  if (requests.length === 1) return [];
  const statement = list.find((s) => REQUEST_STATEMENT.test(s.text));
  if (statement) return [{ id: 'request-not-question', sentence: statement.text }];
  if (questions.length === 0) return [{ id: 'no-question' }];
  if (questions.length > 1) return [{ id: 'several-questions', count: questions.length }];
  return [];
}

// Longer words first, so "twenty-five" is tried before "twenty".
const NUMBER_WORDS: Record<string, number> = {
  five: 5, ten: 10, fifteen: 15, 'twenty-five': 25, twenty: 20, thirty: 30, 'forty-five': 45, forty: 40, sixty: 60,
};
const NUM = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const RANGE_RE = new RegExp(String.raw`\b${NUM}\s*(?:-|–|—|to|or)\s*${NUM}[\s-]*min(?:ute)?s?\b`, 'gi');
const SINGLE_RE = new RegExp(String.raw`\b${NUM}[\s-]*min(?:ute)?s?\b`, 'gi');
const HOUR_RE = /\b(?:half an hour|half-hour|half hour|an hour|one hour|1 hour|a quarter of an hour|quarter-hour)\b/gi;

function minutes(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[word.toLowerCase()] ?? NaN);
}

/** The times a message asks for, as [min, max] minutes with the words used. */
export function timeAsks(text: string): { asked: string; min: number; max: number }[] {
  const out: { asked: string; min: number; max: number; index: number }[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const a = minutes(m[1]);
    const b = minutes(m[2]);
    out.push({ asked: m[0], min: Math.min(a, b), max: Math.max(a, b), index: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(SINGLE_RE)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const n = minutes(m[1]);
    out.push({ asked: m[0], min: n, max: n, index: m.index });
  }
  for (const m of text.matchAll(HOUR_RE)) {
    const w = m[0].toLowerCase();
    const n = w.startsWith('half') ? 30 : w.includes('quarter') ? 15 : 60;
    out.push({ asked: m[0], min: n, max: n, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index).map(({ asked, min, max }) => ({ asked, min, max }));
}

/** A request names a time, and that time is the meeting's length (when the meeting has one). */
export function checkTimeAsk(text: string, meetingMinutes?: number): Flag[] {
  const asks = timeAsks(text);
  if (asks.length === 0) return [{ id: 'time-ask-missing', ...(meetingMinutes ? { meetingMinutes } : {}) }];
  if (!meetingMinutes) return [];
  if (asks.some((a) => meetingMinutes >= a.min && meetingMinutes <= a.max)) return [];
  return [{ id: 'time-ask-mismatch', asked: asks[0].asked, meetingMinutes }];
}

/** No asking for a job, an opening, a referral or a résumé read, in the subject or the body. */
export function checkNoJobAsk(body: string, subject?: string): Flag[] {
  return inSubjectThenBody(body, subject, (text, where) =>
    findJobAsks(text).map(({ phrase, index, sentence }): Flag => ({ id: 'job-ask', phrase, index, sentence, where })),
  );
}

/** A check's findings in the subject, then in the body. */
function inSubjectThenBody(body: string, subject: string | undefined, find: (text: string, where: 'subject' | 'body') => Flag[]): Flag[] {
  return [...find(subject ?? '', 'subject'), ...find(body, 'body')];
}

/** How often the message says you/your and I/me/my (greeting and signature left out). */
export function pronounCounts(text: string): { you: number; me: number } {
  const body = straightenQuotes(contentSentences(text).map((s) => s.text).join(' ')).toLowerCase();
  const you = (body.match(/\b(?:you|your|yours|yourself)\b/g) ?? []).length;
  const me = (body.match(/\b(?:i|me|my|mine|myself)\b/g) ?? []).length;
  return { you, me };
}

/** More of the message about them than about the reader: more you/your than I/me/my. */
export function checkAboutThem(text: string): Flag[] {
  const { you, me } = pronounCounts(text);
  return me > you ? [{ id: 'about-you', you, me }] : [];
}

/** Every placeholder still in the text, with its offset. */
export function findPlaceholders(text: string): { text: string; index: number }[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => ({ text: m[0], index: m.index }));
}

/** No placeholder left unfilled, in the subject or the body. */
export function checkPlaceholders(body: string, subject?: string): Flag[] {
  return inSubjectThenBody(body, subject, (text, where) =>
    findPlaceholders(text).map((p): Flag => ({ id: 'unfilled-placeholder', ...p, where })),
  );
}

const GENERIC_SUBJECT = new Set(
  ('hi hello hey quick question questions request requesting meeting meet chat coffee call connect connecting connection ' +
    'networking network informational info interview introduction intro follow up following re fw fwd a an the for from to ' +
    'with and of on about your you my me i time advice help thanks thank touch base checking in hoping reaching out inquiry ' +
    'opportunity opportunities minutes minute min mins hour brief short few some possible can could we our career careers ' +
    'job jobs conversation talk please need want would like love learn learning favor favour ask 15 20 25 30 45 60')
    .split(' '),
);

/** A subject line: present, short enough for a phone, and (for a request) specific. */
export function checkSubject(subject: string | undefined, maxChars: number, requireSpecific: boolean): Flag[] {
  const s = (subject ?? '').trim();
  if (!s) return [{ id: 'subject-missing' }];
  const out: Flag[] = [];
  const chars = countChars(s);
  if (chars > maxChars) out.push({ id: 'subject-too-long', chars, limit: maxChars });
  if (requireSpecific) {
    const specific = lowerWords(s.replace(PLACEHOLDER_RE, ' x ')).filter(
      (w) => !GENERIC_SUBJECT.has(w) && !/^\d+$/.test(w) && !/^(?:i'm|i'd|i've|you're)$/.test(w),
    );
    if (specific.length === 0) out.push({ id: 'subject-vague', subject: s });
  }
  return out;
}

const SPECIFIC_MARKER =
  /\b(?:what you said (?:about|that)|what you told me|your (?:point|advice|tip|suggestion|idea|story|comment|insight|description|explanation|take|example|recommendation|answer)s? (?:about|on|that|to|of)|when you (?:said|mentioned|described|explained|told me|talked about)|you (?:mentioned|suggested|recommended|pointed out|explained|described|said|told me)|especially|in particular|as you suggested|hearing (?:about|how)|learning (?:about|that|how))\b/i;

const ASK_MORE =
  /\b(?:could|would|can|will) you (?:please )?(?:introduce|refer|connect|send|share|forward|review|look|take a look|help|recommend|put|pass|meet|talk|chat|spare|find)\b|\bplease (?:send|introduce|forward|review|share|connect|pass|recommend)\b|\b(?:another|a second|a follow-up|one more) (?:call|chat|meeting|conversation)\b/i;

function contentWords(text: string): Set<string> {
  return new Set(
    lowerWords(text).filter((w) => w.length >= 5 && !STOP.has(w) && !/^\d+$/.test(w)),
  );
}

const THANKS_VOCAB = new Set(
  'thank thanks thankful grateful appreciate appreciated really today yesterday taking making talking speaking generous generosity helpful conversation meeting again learned advice time'.split(' '),
);

/**
 * A thank-you names one specific thing from the conversation (a phrase such as "what you said
 * about..." followed by real words, or a word from the meeting's questions and notes) and asks
 * for nothing new.
 */
export function checkThankYouSpecific(text: string, meetingWords: readonly string[] = []): Flag[] {
  const out: Flag[] = [];
  const list = contentSentences(straightenQuotes(text));
  for (const s of list) {
    const ask = ASK_MORE.exec(s.text) ?? (QUESTION_END.test(s.text) ? REQUEST_QUESTION.exec(s.text) : null);
    if (ask) {
      out.push({ id: 'thank-you-asks-more', phrase: ask[0], index: s.index + ask.index });
      break;
    }
  }
  const specificByPhrase = list.some((s) => {
    const clean = s.text.replace(PLACEHOLDER_RE, ' ');
    const m = SPECIFIC_MARKER.exec(clean);
    if (!m) return false;
    const after = clean.slice(m.index + m[0].length).split(/[,;.!?]/)[0];
    return countWords(after) >= 2;
  });
  const fromMeeting = contentWords(meetingWords.join(' '));
  const draftWords = contentWords(list.map((s) => s.text.replace(PLACEHOLDER_RE, ' ')).join(' '));
  const specificByMeeting = [...draftWords].some((w) => fromMeeting.has(w) && !THANKS_VOCAB.has(w));
  if (!specificByPhrase && !specificByMeeting) out.unshift({ id: 'thank-you-generic' });
  return out;
}
