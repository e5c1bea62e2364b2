import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LIMITS, type LimitName } from '../../src/content/house-numbers';
import { measureMessage } from '../../src/lib/message-length';

interface Template { id: string; kind: string; title: string; subject?: string; body: string; limit: LimitName }
const dir = new URL('../../src/content/templates/', import.meta.url);
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => load(readFileSync(new URL(f, dir), 'utf8')) as Template[]);

describe('message templates', () => {
  it('holds every template the guides and a message writer need, each id once', () => {
    const ids = templates.map((t) => t.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of [
      'request-cold-email', 'request-referral-email', 'request-linkedin-note', 'request-follow-up', 'ask-for-introduction',
      'introduction-blurb', 'reply-offer-times', 'confirmation-video', 'reschedule', 'cancel', 'reply-to-a-no',
      'thank-you', 'update-on-advice', 'keep-in-touch', 'referrer-loop', 'phone-opening', 'phone-voicemail', 'application-advice',
    ]) expect(ids).toContain(id);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s meets the limit it names', (_, t) => {
    const limit = LIMITS[t.limit];
    expect(limit, `${t.id}: unknown limit "${t.limit}"`).toBeDefined();
    const { count, fits } = measureMessage(t.body, limit);
    expect(fits, `${t.id}: ${count} ${limit.unit}, limit ${limit.max}`).toBe(true);
  });

  it('keeps every cold request to 75 words and every LinkedIn note to 200 characters', () => {
    for (const t of templates.filter((t) => t.kind === 'request' && t.id.endsWith('-email'))) expect(t.limit, t.id).toBe('coldRequest');
    expect(LIMITS.coldRequest.max).toBe(75);
    expect(LIMITS.linkedinNoteFree.max).toBe(200);
  });

  it('marks fields only with closed square brackets', () => {
    for (const t of templates) {
      const text = `${t.subject ?? ''}\n${t.body}`;
      expect(text.replace(/\[[^\]\n]{1,60}\]/g, ''), t.id).not.toMatch(/[[\]]/);
    }
  });
});
