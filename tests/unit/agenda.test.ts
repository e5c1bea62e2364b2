import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  agendaKey,
  apportion,
  buildAgenda,
  checkAgendaData,
  labelAgendas,
  nearestTemplate,
  parseSegmentSeconds,
  plannedTotal,
  setSegmentSeconds,
  type AgendaFile,
} from '../../src/lib/agenda';
import { strings as labels } from '../../src/components/timer/agenda-strings';
import type { MeetingQuestion } from '../../src/lib/meeting';
import agendas from '../../src/content/agendas/agendas.json';

const data = labelAgendas(agendas as AgendaFile, labels);
const q = (minutes: number, text = `Question taking ${minutes} min?`): MeetingQuestion => ({
  id: text,
  text,
  minutes,
});

describe('agendas.json', () => {
  it('has a valid template for 15, 20, 30, 45 and 60 minutes, each adding up to its length', () => {
    expect(checkAgendaData(agendas, labels)).toEqual([]);
    expect(data.templates.map((t) => t.minutes)).toEqual([15, 20, 30, 45, 60]);
  });

  it('holds ids and lengths only; the timer\'s words name every segment', () => {
    expect(JSON.stringify(agendas)).not.toMatch(/label|[A-Z]/);
    expect(data.intro).toBe('Small talk and introduction');
    expect(data.templates[0]!.segments.map((s) => s.label)).toEqual([
      'Small talk and introduction',
      'Their path: how did you get into this work?',
      'The work: what does a typical week look like for you?',
      'Advice: what would you do in my position?',
      'Next steps and close',
    ]);
    expect(data.templates[0]!.segments.map((s) => s.kind)).toEqual(['intro', 'topic', 'topic', 'topic', 'close']);
  });

  it('reports a template that does not add up and a segment with no name, naming them', () => {
    const bad = { templates: [{ minutes: 15, segments: [{ id: 'intro', seconds: 60 }] }] };
    expect(checkAgendaData(agendas, { ...labels, spare: '' })).toEqual(['agenda labels: "spare" has no name']);
    expect(checkAgendaData(bad, labels)).toEqual(['agendas.json templates[0]: segments add up to 60 s, not 900 s']);
    const unnamed = { templates: [{ minutes: 1, segments: [{ id: 'gossip', seconds: 60 }] }] };
    expect(checkAgendaData(unnamed, labels)).toEqual(['agendas.json templates[0].segments[0]: "gossip" has no name in the timer\'s agenda words']);
    expect(checkAgendaData(null, labels)).toHaveLength(1);
  });
});

describe('nearestTemplate', () => {
  it('picks the nearest length and the shorter one on a tie', () => {
    expect(nearestTemplate(data.templates, 20)?.minutes).toBe(20);
    expect(nearestTemplate(data.templates, 5)?.minutes).toBe(15);
    expect(nearestTemplate(data.templates, 25)?.minutes).toBe(20);
    expect(nearestTemplate(data.templates, 40)?.minutes).toBe(45);
    expect(nearestTemplate(data.templates, 240)?.minutes).toBe(60);
    expect(nearestTemplate([], 20)).toBeUndefined();
  });
});

describe('apportion', () => {
  it('always adds up exactly to the total with no empty part', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3600 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 20, max: 4 * 3600 }),
        (weights, total) => {
          const parts = apportion(weights, total);
          expect(parts).toHaveLength(weights.length);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.max(weights.length, total));
          expect(parts.every((p) => p >= 1)).toBe(true);
        },
      ),
    );
  });

  it('keeps half-minute steps when the total allows', () => {
    expect(apportion([120, 240, 240, 180, 120], 25 * 60)).toEqual([210, 390, 390, 300, 210]);
  });
});

describe('buildAgenda', () => {
  it('uses the template for the nearest length, scaled to the meeting, when there are no questions', () => {
    const a = buildAgenda({ lengthMinutes: 25, questions: [] }, data);
    expect(a.fromTemplate).toBe(true);
    expect(a.plan.totalSec).toBe(1500);
    expect(plannedTotal(a.plan)).toBe(1500);
    expect(a.plan.segments[0]?.label).toBe('Small talk and introduction');
    expect(a.plan.segments.at(-1)?.label).toBe('Next steps and close');
  });

  it('frames the questions with the same opening and close as the time budget, each keeping its minutes', () => {
    const a = buildAgenda({ lengthMinutes: 20, questions: [q(5), q(4), q(7)] }, data);
    expect(a.fromTemplate).toBe(false);
    expect(a.plan.segments.map((s) => s.seconds)).toEqual([120, 300, 240, 420, 120]);
    expect(a.plan.segments.map((s) => s.kind)).toEqual(['intro', 'question', 'question', 'question', 'close']);
    expect(a.overBySec).toBe(0);
  });

  it('puts time the questions leave free in its own segment before the close', () => {
    const a = buildAgenda({ lengthMinutes: 30, questions: [q(2), q(2)] }, data);
    expect(a.plan.segments.map((s) => s.seconds)).toEqual([180, 120, 120, 1200, 180]);
    expect(a.plan.segments[3]?.label).toBe('Follow-up questions and spare time');
  });

  it('says by how much the questions overflow the meeting', () => {
    const a = buildAgenda({ lengthMinutes: 15, questions: [q(10), q(10)] }, data);
    expect(a.overBySec).toBe((2 + 20 + 2 - 15) * 60);
    expect(a.plan.totalSec).toBe(900);
  });

  it('keeps a question’s note for the practice screen', () => {
    const a = buildAgenda({ lengthMinutes: 20, questions: [{ ...q(3), note: 'Ask about the move to Berlin' }] }, data);
    expect(a.plan.segments[1]?.note).toBe('Ask about the move to Berlin');
  });

  it('adds up to the meeting length whenever the questions fit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 240 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 12 }),
        (length, minutes) => {
          const a = buildAgenda({ lengthMinutes: length, questions: minutes.map((m, i) => q(m, `q${i}`)) }, data);
          expect(a.plan.totalSec).toBe(length * 60);
          expect(plannedTotal(a.plan)).toBe(length * 60 + a.overBySec);
          expect(a.plan.segments.every((s) => s.seconds >= 1)).toBe(true);
        },
      ),
    );
  });
});

describe('editing segment lengths before the start', () => {
  it('sets a segment within half a minute and four hours', () => {
    const { plan } = buildAgenda({ lengthMinutes: 20, questions: [] }, data);
    expect(setSegmentSeconds(plan, 1, 90).segments[1]?.seconds).toBe(90);
    expect(setSegmentSeconds(plan, 1, 1).segments[1]?.seconds).toBe(30);
    expect(setSegmentSeconds(plan, 9, 90)).toBe(plan);
    expect(setSegmentSeconds(plan, 1, Number.NaN)).toBe(plan);
  });

  it('parses minutes typed by the reader and refuses nonsense', () => {
    expect(parseSegmentSeconds('2.5')).toBe(150);
    expect(parseSegmentSeconds(' 3,5 ')).toBe(210);
    expect(parseSegmentSeconds('0')).toBeUndefined();
    expect(parseSegmentSeconds('abc')).toBeUndefined();
    expect(parseSegmentSeconds('-2')).toBeUndefined();
    expect(parseSegmentSeconds('999')).toBeUndefined();
  });

  it('changes the agenda key when the meeting’s agenda changes', () => {
    const a = buildAgenda({ lengthMinutes: 20, questions: [q(3)] }, data).plan;
    const b = buildAgenda({ lengthMinutes: 20, questions: [q(4)] }, data).plan;
    expect(agendaKey(a)).toBe(agendaKey(buildAgenda({ lengthMinutes: 20, questions: [q(3)] }, data).plan));
    expect(agendaKey(a)).not.toBe(agendaKey(b));
  });
});
