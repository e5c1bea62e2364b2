/**
 * Share-link codec: a meeting's title, length and question list in a URL fragment (`#share=1.<data>`),
 * so the list travels without a server. Notes stay on the device that wrote them.
 *
 * Wire format, version 1: `1.` + base64url(UTF-8(JSON)) where the JSON is
 * `{"t": title, "l": lengthMinutes, "q": [[text, minutes, bankId?], ...]}`.
 * Arrays instead of objects keep links short; the version prefix lets a later format coexist.
 */
import { LIMITS, type Meeting } from './meeting';

export const SHARE_VERSION = 1;
/** Longer fragments get refused: some chat apps and browsers cut long URLs silently. */
export const SHARE_MAX_CHARS = 8000;
export const SHARE_MAX_QUESTIONS = 100;
const PREFIX = 'share=';

export interface SharedQuestion {
  text: string;
  minutes: number;
  bankId?: string;
}

export interface SharedList {
  title: string;
  lengthMinutes: number;
  questions: SharedQuestion[];
}

export type ShareError = 'empty' | 'too-long' | 'wrong-version' | 'malformed' | 'invalid';
export type DecodeResult = { ok: true; value: SharedList } | { ok: false; error: ShareError };
export type EncodeResult = { ok: true; payload: string } | { ok: false; error: 'too-long' | 'invalid' };

/** Encodes a list as the payload of `#share=`; refuses lists whose link would be too long or would not decode. */
export function encodeShare(list: SharedList): EncodeResult {
  const wire = {
    t: list.title,
    l: list.lengthMinutes,
    q: list.questions.map((q) => (q.bankId ? [q.text, q.minutes, q.bankId] : [q.text, q.minutes])),
  };
  if (!validate(wire)) return { ok: false, error: 'invalid' };
  const payload = `${SHARE_VERSION}.${toBase64Url(new TextEncoder().encode(JSON.stringify(wire)))}`;
  return payload.length > SHARE_MAX_CHARS ? { ok: false, error: 'too-long' } : { ok: true, payload };
}

/** What a meeting's link carries: its title, length and questions (text, minutes, bank id); never notes. */
export function sharedList(m: Pick<Meeting, 'title' | 'lengthMinutes' | 'questions'>): SharedList {
  return {
    title: m.title,
    lengthMinutes: m.lengthMinutes,
    questions: m.questions.map(({ text, minutes, bankId }) => (bankId ? { text, minutes, bankId } : { text, minutes })),
  };
}

/** The share payload of a meeting's list, or why there is none (an empty list shares nothing). */
export function shareMeeting(m: Pick<Meeting, 'title' | 'lengthMinutes' | 'questions'>): EncodeResult | { ok: false; error: 'empty' } {
  return m.questions.length === 0 ? { ok: false, error: 'empty' } : encodeShare(sharedList(m));
}

/** The fragment (with `#`) that carries a payload. */
export function shareFragment(payload: string): string {
  return `#${PREFIX}${payload}`;
}

/** The share payload in a location hash, or null when the hash is not a share link. */
export function readShareFragment(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith(PREFIX)) return null;
  const raw = h.slice(PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Decodes a payload into a validated list, or says what is wrong with it; never throws. */
export function decodeShare(payload: string): DecodeResult {
  try {
    const p = payload.trim();
    if (!p) return fail('empty');
    if (p.length > SHARE_MAX_CHARS) return fail('too-long');
    const match = /^(\d{1,4})\.([A-Za-z0-9_-]+)$/.exec(p);
    if (!match) return fail('malformed');
    if (Number(match[1]) !== SHARE_VERSION) return fail('wrong-version');
    const bytes = fromBase64Url(match[2]!);
    if (!bytes) return fail('malformed');
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const wire: unknown = JSON.parse(json);
    const value = validate(wire);
    return value ? { ok: true, value } : fail('invalid');
  } catch {
    // Truncated links end mid-character or mid-JSON: both land here.
    return fail('malformed');
  }
}

function fail(error: ShareError): DecodeResult {
  return { ok: false, error };
}

/** Checks the wire shape and the meeting's field limits; returns the list or null. */
function validate(wire: unknown): SharedList | null {
  if (!isRecord(wire)) return null;
  const { t, l, q } = wire;
  if (typeof t !== 'string' || t.length > LIMITS.title) return null;
  if (!isInt(l) || l < LIMITS.minLength || l > LIMITS.maxLength) return null;
  if (!Array.isArray(q) || q.length > SHARE_MAX_QUESTIONS) return null;
  const questions: SharedQuestion[] = [];
  for (const item of q) {
    if (!Array.isArray(item) || item.length < 2 || item.length > 3) return null;
    const [text, minutes, bankId] = item as unknown[];
    if (typeof text !== 'string') return null;
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > LIMITS.questionText) return null;
    if (!isInt(minutes) || minutes < 1 || minutes > LIMITS.questionMinutesMax) return null;
    if (bankId !== undefined && (typeof bankId !== 'string' || !/^[a-z0-9-]{1,100}$/.test(bankId))) return null;
    questions.push(bankId ? { text: trimmed, minutes, bankId } : { text: trimmed, minutes });
  }
  return { title: t.trim(), lengthMinutes: l, questions };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  // A length of 4n+1 cannot come from whole bytes: the link was cut.
  if (s.length % 4 === 1) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
