/**
 * How the message writer meets the rest of the site: which template each kind starts from, which
 * meeting day and checklist item "I sent it" records for a kind, and what a meeting tells the checks.
 * (The checklist's share of it, the items recorded sends tick, is meeting-link.ts.)
 */
import { LIMITS, type Meeting, type MessageDraft } from '../meeting';
import { dayStart, formatDate } from '../zoned-time';
import { safeTimeZone } from './zone';
import type { MeetingContext } from './context';
import { MESSAGE_KINDS, type MessageKind } from './kinds';
import { placeholderFields, type PlaceholderFields } from './template';
import { SENT_ITEM, type SentField } from './meeting-link';

/** A template as the page passes it to the writer: the fields the writer uses. */
export interface MessageTemplate {
  id: string;
  subject?: string;
  body: string;
}

/** The template (src/content/templates, by id) each kind starts from. */
export const KIND_TEMPLATE_IDS: Readonly<Record<MessageKind, string>> = {
  'cold-request': 'request-cold-email',
  'referral-request': 'request-referral-email',
  'linkedin-note': 'request-linkedin-note',
  'follow-up': 'request-follow-up',
  'time-slots': 'reply-offer-times',
  confirmation: 'confirmation-video',
  reschedule: 'reschedule',
  'thank-you': 'thank-you',
  update: 'update-on-advice',
  'keep-in-touch': 'keep-in-touch',
  'close-the-loop': 'referrer-loop',
};

/** A kind's starting text as the writer's island gets it. */
export type KindTemplate = Omit<MessageTemplate, 'id'>;

/** What the writer page hands its island: each kind's template, and the field each of their placeholders stands for. */
export interface WriterTemplates {
  templates: Partial<Record<MessageKind, KindTemplate>>;
  placeholders: PlaceholderFields;
}

/**
 * The island's props from the templates collection, worked out when the page is built, so the
 * browser loads neither the kind → template table nor the placeholder wordings. A kind whose
 * template is missing is left out (the page refuses to build then).
 */
export function writerTemplates(all: readonly MessageTemplate[]): WriterTemplates {
  const templates: WriterTemplates['templates'] = {};
  for (const kind of MESSAGE_KINDS) {
    const t = all.find((x) => x.id === KIND_TEMPLATE_IDS[kind]);
    if (t) templates[kind] = t.subject ? { subject: t.subject, body: t.body } : { body: t.body };
  }
  const texts = Object.values(templates).flatMap((t) => [t.body, t.subject ?? '']);
  return { templates, placeholders: placeholderFields(texts) };
}

/** What "I sent it" records for a kind: a meeting day and the checklist template item it ticks. */
export interface SentRecord {
  field: SentField | null;
  checklistItem: string;
}

const onMeeting = (field: SentField): [SentField, string] => [field, SENT_ITEM[field]];
/** Per kind: [field, checklistItem]; a kind that records a meeting day ticks that day's item (SENT_ITEM). */
const SENT: Partial<Record<MessageKind, [SentField | null, string]>> = {
  'cold-request': onMeeting('requestSentOn'),
  'referral-request': onMeeting('requestSentOn'),
  'linkedin-note': onMeeting('requestSentOn'),
  'follow-up': onMeeting('followUpSentOn'),
  confirmation: [null, 'before-confirm'],
  'thank-you': onMeeting('thankYouSentOn'),
  update: [null, 'after-update'],
};

/** What sending this kind records, or null when sending it changes nothing on the meeting. */
export function sentRecord(kind: MessageKind): SentRecord | null {
  const r = SENT[kind];
  return r ? { field: r[0], checklistItem: r[1] } : null;
}

/** The day recorded for this kind on the meeting, if any. */
export function sentDay(m: Pick<Meeting, SentField>, kind: MessageKind): string | undefined {
  const field = sentRecord(kind)?.field;
  return field ? m[field] : undefined;
}

/** What the checks and templates know about a meeting. */
export function meetingContext(m: Meeting, timeZone: string): MeetingContext {
  const { connection, interestBroad, interestNarrow, lengthMinutes, scheduledAt, requestSentOn, followUpSentOn, thankYouSentOn } = m;
  return {
    timeZone,
    ...m.contact,
    connection,
    interestBroad,
    interestNarrow,
    lengthMinutes,
    scheduledAt,
    requestSentOn,
    followUpSentOn,
    thankYouSentOn,
    questions: m.questions.map((q) => q.text),
    notes: [m.notes, ...m.questions.map((q) => q.note ?? '')].filter((n) => n.trim()).join('\n'),
  };
}

/** The saved draft of a kind on a meeting, if any. */
export function draftFor(m: Pick<Meeting, 'drafts'>, kind: MessageKind): MessageDraft | undefined {
  return m.drafts?.find((d) => d.kind === kind);
}

/** The drafts with this kind's replaced (or added). Stored drafts are of known kinds: the validator refuses others. */
export function withDraft(drafts: readonly MessageDraft[] | undefined, draft: MessageDraft): MessageDraft[] {
  return [...(drafts ?? []).filter((d) => d.kind !== draft.kind), draft];
}

/** The drafts without this kind's. */
export function withoutDraft(drafts: readonly MessageDraft[] | undefined, kind: MessageKind): MessageDraft[] {
  return (drafts ?? []).filter((d) => d.kind !== kind);
}

/** The reader's own texts on a meeting (how they are connected, their interest) and the most each holds. */
export const WRITER_TEXT_LIMITS = { connection: LIMITS.connection, interestBroad: LIMITS.interest, interestNarrow: LIMITS.interest } as const;
export type WriterText = keyof typeof WRITER_TEXT_LIMITS;

/** Whether a connection or interest fits what a meeting stores. */
export const writerTextFits = (key: WriterText, value: string): boolean => value.length <= WRITER_TEXT_LIMITS[key];
/** Whether a draft fits what a meeting stores (a longer one is kept on screen, not saved). */
export const draftFits = (d: { subject: string; body: string }): boolean =>
  d.subject.length <= LIMITS.draftSubject && d.body.length <= LIMITS.draftBody;

/** A readable day for a YYYY-MM-DD day ("Tue, Mar 10"); the text itself when it is not a day. */
export function formatDay(day: string, timeZone: string, locale?: string): string {
  const d = dayStart(day, safeTimeZone(timeZone));
  return d ? formatDate(d, safeTimeZone(timeZone), locale) : day;
}

/** Whether a kind is written with a subject line (everything but the LinkedIn note). */
export const hasSubject = (kind: MessageKind): boolean => kind !== 'linkedin-note';

/**
 * The kind a reader most likely wants next for this meeting: the thank-you once the meeting has
 * passed and no thank-you is recorded, the follow-up while a request waits for a reply, else the request.
 */
export function suggestedKind(m: Pick<Meeting, 'scheduledAt' | SentField>, now: Date): MessageKind {
  const at = m.scheduledAt ? Date.parse(m.scheduledAt) : NaN;
  if (!Number.isNaN(at)) return at <= now.getTime() && !m.thankYouSentOn ? 'thank-you' : at <= now.getTime() ? 'update' : 'confirmation';
  if (m.requestSentOn && !m.followUpSentOn) return 'follow-up';
  return 'cold-request';
}
