/** Fills a message template's [bracketed] fields from the meeting; unknown fields stay marked. */
import { bracketed } from '../placeholders';
import { formatDate, formatDateTime } from '../zoned-time';
import type { MeetingContext } from './context';

export type TemplateField =
  | 'name'
  | 'firstName'
  | 'role'
  | 'organization'
  | 'connection'
  | 'interestBroad'
  | 'interestNarrow'
  | 'length'
  | 'date'
  | 'dateTime';

export type TemplateFields = Partial<Record<TemplateField, string>>;

/** Placeholder wordings (normalised: lower case, letters and digits) and the field each means. */
const ALIASES: Record<string, TemplateField> = {
  name: 'name',
  'their name': 'name',
  'full name': 'name',
  'their full name': 'name',
  'contact name': 'name',
  'first name': 'firstName',
  'their first name': 'firstName',
  role: 'role',
  'their role': 'role',
  'current role': 'role',
  'their current role': 'role',
  'job title': 'role',
  'their job title': 'role',
  title: 'role',
  organization: 'organization',
  organisation: 'organization',
  'their organization': 'organization',
  company: 'organization',
  'their company': 'organization',
  employer: 'organization',
  connection: 'connection',
  'your connection': 'connection',
  'how you are connected': 'connection',
  'how you re connected': 'connection',
  'how you know them': 'connection',
  'shared connection': 'connection',
  field: 'interestBroad',
  'your field': 'interestBroad',
  interest: 'interestBroad',
  'broad interest': 'interestBroad',
  'your interest': 'interestBroad',
  'interest broad': 'interestBroad',
  'broad field': 'interestBroad',
  'broad interest area': 'interestBroad',
  topic: 'interestNarrow',
  'narrow interest': 'interestNarrow',
  'specific interest': 'interestNarrow',
  'interest narrow': 'interestNarrow',
  'narrow area': 'interestNarrow',
  'narrow field': 'interestNarrow',
  length: 'length',
  minutes: 'length',
  'meeting length': 'length',
  'number of minutes': 'length',
  '20': 'length',
  date: 'date',
  'meeting date': 'date',
  day: 'date',
  'date and time': 'dateTime',
  'meeting time': 'dateTime',
};

/** The alias key for a placeholder's inner text: "[Their Name]" → "their name". */
export function placeholderKey(inner: string): string {
  return inner
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The field a placeholder stands for, or null when it is not a meeting field. */
export function placeholderField(placeholder: string): TemplateField | null {
  const inner = placeholder.replace(/^\[|\]$/g, '');
  return ALIASES[placeholderKey(inner)] ?? null;
}

export interface FilledTemplate {
  text: string;
  /** Placeholders replaced, as written in the template ("[First name]"). */
  filled: string[];
  /** Placeholders left in the text: unknown ones, and known ones whose field is empty. */
  unfilled: string[];
}

/** Which field each placeholder of some texts stands for ("[First name]" → firstName); unknown ones left out. */
export type PlaceholderFields = Partial<Record<string, TemplateField>>;

/**
 * The fields of the placeholders in `texts`, read through the wordings above. The writer's page
 * works this out at build time for its templates and hands the island the answer, so the browser
 * never loads the wordings.
 */
export function placeholderFields(texts: readonly string[]): PlaceholderFields {
  const out: PlaceholderFields = {};
  for (const t of texts) {
    for (const [whole] of t.matchAll(bracketed())) {
      const field = placeholderField(whole);
      if (field) out[whole] = field;
    }
  }
  return out;
}

/**
 * Replaces every [placeholder] whose field (as `known` says) has a value; the rest stay as they are,
 * brackets and all.
 */
export function fillPlaceholders(body: string, fields: TemplateFields, known: PlaceholderFields): FilledTemplate {
  const filled: string[] = [];
  const unfilled: string[] = [];
  const text = body.replace(bracketed(), (whole) => {
    const field = known[whole];
    const value = field && fields[field]?.trim();
    if (value) {
      filled.push(whole);
      // Never let a value re-open a placeholder: brackets in it become parentheses.
      return value.replace(/\[/g, '(').replace(/\]/g, ')');
    }
    unfilled.push(whole);
    return whole;
  });
  return { text, filled, unfilled };
}

/** The template fields a meeting provides (empty fields left out, so their placeholders stay). */
export function meetingTemplateFields(ctx: MeetingContext, locale?: string): TemplateFields {
  const f: TemplateFields = {};
  const put = (k: TemplateField, v: string | undefined) => {
    if (v && v.trim()) f[k] = v.trim();
  };
  for (const k of ['name', 'role', 'organization', 'connection', 'interestBroad', 'interestNarrow'] as const) put(k, ctx[k]);
  put('firstName', ctx.name?.trim().split(/\s+/)[0]);
  if (ctx.lengthMinutes && ctx.lengthMinutes > 0) f.length = String(ctx.lengthMinutes);
  if (ctx.scheduledAt) {
    const d = new Date(ctx.scheduledAt);
    if (!Number.isNaN(d.getTime())) {
      f.date = formatDate(d, ctx.timeZone, locale);
      f.dateTime = formatDateTime(d, ctx.timeZone, locale);
    }
  }
  return f;
}
