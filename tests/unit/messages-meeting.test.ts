import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { createMeeting } from '../../src/lib/meeting';
import { parseBackup, serializeBackup } from '../../src/lib/backup';
import { shareMeeting, decodeShare } from '../../src/lib/share-link';
import {
  KIND_TEMPLATE_IDS,
  MESSAGE_KINDS,
  dayIn,
  meetingContext,
  meetingTemplateFields,
  sentChecklistItems,
  sentRecord,
  suggestedKind,
  tickTemplateItem,
  withDraft,
} from '../../src/lib/messages';
import { DEFAULT_MESSAGE_LIMITS } from '../../src/lib/messages';
import { FOLLOW_UP, LIMITS } from '../../src/content/house-numbers';
import { fullMeeting } from './meeting-fixtures';
import { fillTemplate } from './template-fill';

describe('the writer and the meeting', () => {
  it('starts every kind from a template that exists in the collection', () => {
    const dir = 'src/content/templates/';
    const ids = new Set(readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => (load(readFileSync(dir + f, 'utf8')) as { id: string }[]).map((t) => t.id)));
    for (const kind of MESSAGE_KINDS) expect(ids.has(KIND_TEMPLATE_IDS[kind]), kind).toBe(true);
  });

  it('fills the templates\' interest wordings ([broad field], [narrow area]) from the meeting', () => {
    const ctx = { timeZone: 'UTC', interestBroad: 'public health', interestNarrow: 'vaccine outreach' };
    const r = fillTemplate("I'm exploring [broad field], especially [narrow area].", meetingTemplateFields(ctx));
    expect(r.text).toBe("I'm exploring public health, especially vaccine outreach.");
    expect(r.unfilled).toEqual([]);
  });

  it('leaves the placeholders of an empty meeting marked', () => {
    const m = createMeeting();
    const r = fillTemplate('Hi [First name], [Your name]', meetingTemplateFields(meetingContext(m, 'UTC')));
    expect(r.unfilled).toEqual(['[First name]', '[Your name]']);
  });

  it('advises the sourced figures (75 words, 100 at most, for a request; 200 / 300 LinkedIn characters; 3B7; 24 hours; two weeks) and its own', () => {
    // The figures as CONTENT.md's sources give them (Dalton, SFU, LinkedIn, 3B7); the house numbers hold them.
    expect(DEFAULT_MESSAGE_LIMITS).toMatchObject({
      requestWords: 75,
      requestWordsOuter: 100,
      linkedInChars: 200,
      linkedInCharsPremium: 300,
      followUpAfterBusinessDays: 7,
      thankYouWithinHours: 24,
      updateAfterDays: 14,
      // The writer's own advice (house numbers, "our advice"): other notes, subject lines, reading level.
      otherMessageWords: 100,
      subjectMaxChars: 60,
      readingGradeMax: 8,
      readingMinWords: 25,
    });
    // …and they are the house numbers' figures, so the guides and the writer cannot disagree.
    expect(DEFAULT_MESSAGE_LIMITS.requestWords).toBe(LIMITS.coldRequest.max);
    expect(DEFAULT_MESSAGE_LIMITS.thankYouWithinHours).toBe(FOLLOW_UP.thankYouWithinHours);
  });

  it('records a request, the follow-up and the thank-you on the meeting day and checklist item they serve', () => {
    expect(sentRecord('cold-request')).toEqual({ field: 'requestSentOn', checklistItem: 'before-request' });
    expect(sentRecord('linkedin-note')?.field).toBe('requestSentOn');
    expect(sentRecord('follow-up')).toEqual({ field: 'followUpSentOn', checklistItem: 'before-3b7' });
    expect(sentRecord('thank-you')).toEqual({ field: 'thankYouSentOn', checklistItem: 'after-thank-you' });
    expect(sentRecord('keep-in-touch')).toBeNull();
    expect(sentChecklistItems({ requestSentOn: '2026-03-05', thankYouSentOn: '2026-03-20' })).toEqual(['before-request', 'after-thank-you']);
  });

  it('ticks a template item once, dated, and leaves others alone', () => {
    const items = [
      { id: 'a', templateId: 'before-request', text: 'x', phase: 'before' as const, done: false },
      { id: 'b', templateId: 'before-3b7', text: 'y', phase: 'before' as const, done: false },
    ];
    const now = new Date('2026-03-05T10:00:00Z');
    expect(tickTemplateItem(items, 'before-request', now)).toEqual([{ ...items[0], done: true, doneAt: now.toISOString() }, items[1]]);
    const ticked = tickTemplateItem(items, 'before-request', now);
    expect(tickTemplateItem(ticked, 'before-request', new Date('2027-01-01T00:00:00Z'))).toEqual(ticked);
  });

  it('keeps one draft per kind', () => {
    const a = withDraft(undefined, { kind: 'update', subject: '', body: 'one', updatedAt: '2026-03-05T10:00:00.000Z' });
    const b = withDraft(a, { kind: 'update', subject: '', body: 'two', updatedAt: '2026-03-05T10:01:00.000Z' });
    expect(b.map((d) => d.body)).toEqual(['two']);
  });

  it('suggests the next message from the meeting', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(suggestedKind({}, now)).toBe('cold-request');
    expect(suggestedKind({ requestSentOn: '2026-03-01' }, now)).toBe('follow-up');
    expect(suggestedKind({ scheduledAt: '2026-03-10T10:00:00Z' }, now)).toBe('thank-you');
    expect(suggestedKind({ scheduledAt: '2026-03-10T10:00:00Z', thankYouSentOn: '2026-03-10' }, now)).toBe('update');
  });

  it('gives today in the reader\'s zone, and survives an unknown zone', () => {
    const late = new Date('2026-03-10T03:00:00Z');
    expect(dayIn(late, 'America/New_York')).toBe('2026-03-09');
    expect(dayIn(late, 'Mars/Olympus')).toBe('2026-03-10');
  });

  it('keeps drafts and the new fields through a backup round trip, and never puts them in a share link', () => {
    const m = fullMeeting();
    const back = parseBackup(serializeBackup([m], new Date('2026-03-05T10:00:00Z')), 10_000);
    expect(back.ok && back.meetings[0]).toEqual(m);
    const share = shareMeeting(m);
    expect(share.ok).toBe(true);
    if (share.ok) {
      expect(share.payload).not.toContain('Thank you for yesterday');
      const decoded = decodeShare(share.payload);
      expect(JSON.stringify(decoded)).not.toMatch(/drafts|connection|Sam Lee/);
    }
  });
});
