/** The one entry point the message writer calls on every keystroke (debounced by the UI). */
import { safeTimeZone } from './zone';
import {
  checkAboutThem,
  checkConnectionFirst,
  checkLength,
  checkNoJobAsk,
  checkOneRequest,
  checkPlaceholders,
  checkSubject,
  checkThankYouSpecific,
  checkTimeAsk,
} from './checks';
import type { MeetingContext } from './context';
import { isNote, type Finding, type Flag, type Note } from './findings';
import { ENGLISH_CHECKS, KIND_CHECKS, REQUEST_KINDS, type CheckName } from './kind-checks';
import type { MessageKind } from './kinds';
import { DEFAULT_MESSAGE_LIMITS, type MessageLimits } from './limits';
import { cleanDraftText, countChars, countWords, isMostlyNonLatin, looksLikeMarkup, sentences, type Draft } from './text';
import { checkTiming } from './timing';
import { checkReadingLevel } from './readability';

export type CheckStatus = 'pass' | 'flag' | 'note' | 'skipped';

export interface CheckResult {
  check: CheckName;
  /** pass: nothing to change; flag: advice in `findings`; note: only information; skipped: English-only. */
  status: CheckStatus;
  findings: Finding[];
}

export interface CheckReport {
  kind: MessageKind;
  /** Nothing typed yet: `results` is empty, nothing to show but the counts. */
  empty: boolean;
  /** Mostly another script: the English checks were skipped (see the 'english-only' note). */
  englishOnly: boolean;
  stats: { words: number; chars: number; sentences: number; subjectChars: number };
  /** One entry per check that applies to the kind, in display order. */
  results: CheckResult[];
  /** Every flag of every check, in display order. */
  flags: Flag[];
  /** Information: english-only, truncated, markup-pasted, timing-unknown. */
  notes: Note[];
}

/** The length check's figures for a kind. */
export function lengthRule(kind: MessageKind, limits: MessageLimits): { unit: 'words' | 'characters'; limit: number; outerLimit?: number } {
  if (kind === 'linkedin-note') return { unit: 'characters', limit: limits.linkedInChars, outerLimit: limits.linkedInCharsPremium };
  if (REQUEST_KINDS.has(kind)) return { unit: 'words', limit: limits.requestWords, outerLimit: limits.requestWordsOuter };
  return { unit: 'words', limit: limits.otherMessageWords };
}

/** Runs one check by name. */
function runCheck(
  check: CheckName,
  kind: MessageKind,
  body: string,
  subject: string,
  ctx: MeetingContext,
  limits: MessageLimits,
  now: Date,
): Finding[] {
  switch (check) {
    case 'length': {
      const r = lengthRule(kind, limits);
      return checkLength(body, r.unit, r.limit, r.outerLimit);
    }
    case 'connection-first':
      return checkConnectionFirst(body, ctx.connection);
    case 'one-request':
      return checkOneRequest(body);
    case 'time-ask':
      return checkTimeAsk(body, ctx.lengthMinutes);
    case 'no-job-ask':
      return checkNoJobAsk(body, subject);
    case 'about-them':
      return checkAboutThem(body);
    case 'placeholders':
      return checkPlaceholders(body, subject);
    case 'subject':
      return checkSubject(subject, limits.subjectMaxChars, kind === 'cold-request' || kind === 'referral-request');
    case 'reading-level':
      return checkReadingLevel(body, limits.readingGradeMax, limits.readingMinWords);
    case 'timing':
      return checkTiming(kind, ctx, limits, now);
    case 'thank-you-specific':
      return checkThankYouSpecific(body, [...(ctx.questions ?? []), ctx.notes ?? '']);
  }
}

/**
 * Checks a draft of a kind against the meeting. Pure: the same inputs give the same report.
 * `now` is injectable for tests; `limits` default to DEFAULT_MESSAGE_LIMITS.
 */
export function checkMessage(
  kind: MessageKind,
  draft: Draft,
  given: MeetingContext,
  limits: MessageLimits = DEFAULT_MESSAGE_LIMITS,
  now: Date = new Date(),
): CheckReport {
  // Whatever storage hands back, the writer keeps working: no meeting, or a zone Intl does not know.
  const meeting: MeetingContext = { ...(given ?? {}), timeZone: safeTimeZone(given?.timeZone) };
  const body = cleanDraftText(draft?.body ?? '', limits.maxInputChars);
  const subject = cleanDraftText(draft?.subject ?? '', limits.maxInputChars).text.replace(/\n/g, ' ');
  const stats = {
    words: countWords(body.text),
    chars: countChars(body.text),
    sentences: sentences(body.text).length,
    subjectChars: countChars(subject),
  };
  const notes: Note[] = [];
  if (body.truncated) notes.push({ id: 'truncated', readChars: limits.maxInputChars });
  if (looksLikeMarkup(body.text)) notes.push({ id: 'markup-pasted' });
  const empty = body.text === '';
  const englishOnly = !empty && isMostlyNonLatin(`${subject}\n${body.text}`);
  const applicable = KIND_CHECKS[kind] ?? [];
  if (englishOnly) notes.push({ id: 'english-only', skipped: applicable.filter((c) => ENGLISH_CHECKS.has(c)) });
  const results: CheckResult[] = [];
  const flags: Flag[] = [];
  if (!empty) {
    for (const check of applicable) {
      if (englishOnly && ENGLISH_CHECKS.has(check)) {
        results.push({ check, status: 'skipped', findings: [] });
        continue;
      }
      const findings = runCheck(check, kind, body.text, subject, meeting, limits, now);
      const own = findings.filter((f): f is Flag => !isNote(f));
      flags.push(...own);
      notes.push(...findings.filter(isNote));
      results.push({ check, status: own.length > 0 ? 'flag' : findings.length > 0 ? 'note' : 'pass', findings });
    }
  }
  return { kind, empty, englishOnly, stats, results, flags, notes };
}

