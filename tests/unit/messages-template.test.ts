import { describe, expect, it } from 'vitest';
import { buildMailto, checkMessage, fillPlaceholders, findPlaceholders, meetingTemplateFields, placeholderField, placeholderFields } from '../../src/lib/messages';
import { fillTemplate } from './template-fill';

describe('fillTemplate', () => {
  it('fills the meeting fields under their usual wordings and leaves the rest marked', () => {
    const r = fillTemplate('Hi [First name], your work at [Company] as [their role] on [Topic]. [Your name]', {
      firstName: 'Maria',
      organization: 'Northwind Health',
      role: 'nurse informaticist',
    });
    expect(r.text).toBe('Hi Maria, your work at Northwind Health as nurse informaticist on [Topic]. [Your name]');
    expect(r.filled).toEqual(['[First name]', '[Company]', '[their role]']);
    expect(r.unfilled).toEqual(['[Topic]', '[Your name]']);
  });

  it('leaves a known field marked when the meeting has no value for it', () => {
    expect(fillTemplate('Hi [Name],', { name: '   ' }).text).toBe('Hi [Name],');
  });

  it('never lets a value open a new placeholder', () => {
    const r = fillTemplate('Hi [Name]', { name: '[Organization]' });
    expect(r.text).toBe('Hi (Organization)');
    expect(findPlaceholders(r.text)).toEqual([]);
  });

  it('fills from a field table worked out ahead (as the writer page does) exactly as from the wordings', () => {
    const texts = ['Hi [First name], your work at [Company] on [Topic]. [Your name]', 'Fellow [School] grad: 20 minutes on [field]?'];
    const known = placeholderFields(texts);
    expect(known).toEqual({ '[First name]': 'firstName', '[Company]': 'organization', '[Topic]': 'interestNarrow', '[field]': 'interestBroad' });
    const fields = { firstName: 'Maria', organization: 'Northwind [Health]', interestBroad: 'nursing' };
    for (const t of texts) expect(fillPlaceholders(t, fields, known)).toEqual(fillTemplate(t, fields));
  });

  it('reads wordings case-insensitively and with possessives', () => {
    expect(placeholderField('[THEIR NAME]')).toBe('name');
    expect(placeholderField("[Their company's name]")).toBe(null);
    expect(placeholderField('[field]')).toBe('interestBroad');
    expect(placeholderField('[20]')).toBe('length');
    expect(placeholderField('[he/she/they]')).toBe(null);
  });

  it('builds fields from a meeting, date in the reader zone, empty ones left out', () => {
    const f = meetingTemplateFields(
      { timeZone: 'Asia/Tokyo', name: ' Maria Lopez ', organization: '', lengthMinutes: 30, scheduledAt: '2026-03-10T20:00:00Z' },
      'en-US',
    );
    expect(f).toMatchObject({ name: 'Maria Lopez', firstName: 'Maria', length: '30' });
    expect(f.organization).toBeUndefined();
    expect(f.date).toBe('Wed, Mar 11');
  });

  it('an empty meeting leaves every placeholder marked, and the checks say so', () => {
    const { text } = fillTemplate('Hi [First name],\nWould you have 20 minutes to talk about [field]?', meetingTemplateFields({ timeZone: 'UTC' }));
    const ids = checkMessage('cold-request', { subject: 'Hello', body: text }, { timeZone: 'UTC' }).flags.filter((x) => x.id === 'unfilled-placeholder');
    expect(ids).toHaveLength(2);
  });

  it("the guide's cold request, filled in, passes every check but Dalton's 75 words (it keeps to SFU's 100)", () => {
    const template = `Hi [First name],

I'm a [year and major, or current role] at [School] and found you through our alumni network. Your move from [previous role] to [current role] at [Company] is exactly the path I'm exploring.

Would you have 20 minutes in the next few weeks for a call or coffee? I'd love to hear how you got started and what your work looks like day to day.

Whatever time and format suit you best will work for me.

Thank you,
[Your name]`;
    const meeting = { timeZone: 'UTC', name: 'Maria Lopez', role: 'informatics nurse', organization: 'Northwind', lengthMinutes: 20 };
    const filled = fillTemplate(template, meetingTemplateFields(meeting)).text
      .replace('[year and major, or current role]', 'nurse')
      .replace('[School]', 'Temple')
      .replace('[previous role]', 'ICU nurse')
      .replace('[Your name]', 'Jordan');
    const r = checkMessage('cold-request', { subject: 'Fellow Temple grad: 20 minutes on informatics?', body: filled }, meeting);
    expect(r.flags).toEqual([{ id: 'too-long', unit: 'words', count: expect.any(Number), limit: 75, outerLimit: 100 }]);
    expect(r.stats.words).toBeLessThanOrEqual(100);
  });
});

describe('buildMailto', () => {
  it('encodes subject and body, line breaks as CRLF', () => {
    const r = buildMailto({ to: 'maria@example.org', subject: 'Fellow Temple grad & nurse', body: 'Hi Maria,\nWould you have 20 minutes?' }, 2000);
    expect(r).toEqual({
      ok: true,
      href: 'mailto:maria@example.org?subject=Fellow%20Temple%20grad%20%26%20nurse&body=Hi%20Maria%2C%0D%0AWould%20you%20have%2020%20minutes%3F',
      length: expect.any(Number),
    });
  });

  it('works without an address and keeps non-Latin text and emoji intact', () => {
    const r = buildMailto({ body: 'مرحبا 👋' }, 2000);
    expect(r.ok).toBe(true);
    if (r.ok) expect(decodeURIComponent(r.href.split('body=')[1])).toBe('مرحبا 👋');
  });

  it('refuses a body too long for a link, with the length and the limit', () => {
    const r = buildMailto({ subject: 'Hi', body: 'word '.repeat(1000) }, 2000);
    expect(r).toEqual({ ok: false, reason: 'too-long', length: expect.any(Number), limit: 2000 });
    if (!r.ok) expect(r.length).toBeGreaterThan(2000);
  });

  it('cannot be turned into extra headers by the subject', () => {
    const r = buildMailto({ subject: 'Hi&cc=evil@example.com', body: 'x' }, 2000);
    expect(r.ok && r.href).not.toContain('&cc=');
  });
});
