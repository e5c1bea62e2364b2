/**
 * Every figure the site recommends comes from src/content/house-numbers.ts. This test reads every
 * built page, the question bank, the message templates, the checklist and the agenda templates,
 * finds each statement of a house figure (an introduction's length, the thank-you window, the
 * update, how often to keep in touch, how early to arrive, the meeting length, how many questions,
 * word and character limits, 3B7) and fails, naming the place, when one states a different figure.
 * A sentence that reports someone else's view ("some advisers say…") is not a house figure and is
 * skipped when it names who holds it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ARRIVAL, FOLLOW_UP, LIMITS, MEETING, OUTREACH, QUESTIONS, SPEAKING, meetingSplit } from '../../src/content/house-numbers';
import { closingMinutes, openingMinutes } from '../../src/lib/time-budget';
import { DEFAULT_LENGTH_MINUTES, LENGTH_CHOICES } from '../../src/lib/meeting';
import { threeBSeven } from '../../src/lib/due-rules';
import { page, pagePaths } from './dist';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, forty: 40, sixty: 60, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const num = (w: string | undefined): number | undefined => (w === undefined ? undefined : /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()]);

interface Text { where: string; text: string }

function readYamlFolder(folder: string): Record<string, unknown>[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => (load(readFileSync(folder + f, 'utf8')) as Record<string, unknown>[]).map((item) => ({ ...item, __file: folder + f })));
}

/** Every text a reader can meet: built pages (main content, scripts and data left out), bank, templates, checklist, agendas. */
function allTexts(): Text[] {
  const out: Text[] = [];
  for (const path of pagePaths()) {
    const main = page(path).querySelector('main');
    if (!main) continue;
    const clone = main.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script, style, template').forEach((n) => n.remove());
    out.push({ where: path, text: clone.textContent ?? '' });
  }
  for (const item of readYamlFolder('src/content/questions/')) {
    out.push({ where: `${item.__file} ${item.id}`, text: [item.text, item.followUp, item.why].filter(Boolean).join('. ') });
  }
  for (const item of readYamlFolder('src/content/templates/')) {
    out.push({ where: `${item.__file} ${item.id}`, text: [item.title, item.subject, item.body].filter(Boolean).join('. ') });
  }
  for (const item of JSON.parse(readFileSync('src/content/checklists/template.json', 'utf8')) as { id: string; text: string }[]) {
    out.push({ where: `checklist ${item.id}`, text: item.text });
  }
  // The words the tools show: string literals in every strings.ts and in the calendar texts.
  const wordFiles = readdirSync('src/components', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('strings.ts'))
    .map((f) => `src/components/${f}`);
  for (const file of [...wordFiles, 'src/lib/ics.ts']) {
    const literals = readFileSync(file, 'utf8').match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [];
    out.push({ where: file, text: literals.map((l) => l.slice(1, -1)).join('.\n') });
  }
  // The agenda segments' names are words too: components/timer/agenda-strings.ts, read above.
  return out;
}

/** Sentences, so a rule looks at one statement at a time. */
const sentences = (text: string) => text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z"“])|\n/);

/** Says who holds a view other than ours: such sentences may quote other figures. */
const ATTRIBUTED = /\b(some (advisers|career (offices|centers)|sources|people)|others (say|suggest|allow)|advisers differ|sources (disagree|differ)|Duke|SFU|Dalton|first edition|Michigan|Berkeley|Northeastern|Evansville|Pomona)\b/i;

interface Rule {
  name: string;
  pattern: RegExp;
  /** The numbers a match may state. */
  allowed: (m: RegExpMatchArray) => number[];
  /** Numbers the match states. */
  stated: (m: RegExpMatchArray) => (number | undefined)[];
  /** Skip sentences that attribute the figure to someone else. */
  skipAttributed?: boolean;
}

const W = '(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)';
const RANGE = `${W}(?:\\s*(?:to|–|-|or)\\s*${W})?`;
/** Seconds are only ever written as figures or tens ("a second" is not a length). */
const S = '(\\d+|twenty|thirty|forty|sixty)';

const RULES: Rule[] = [
  {
    name: 'introduction length in seconds',
    pattern: new RegExp(`\\b${S}(?:\\s*(?:to|–|-|or)\\s*${S})?[\\s-]*seconds?\\b`, 'gi'),
    stated: (m) => [num(m[1]), num(m[2])],
    allowed: () => [SPEAKING.introductionSeconds, SPEAKING.questionLongSeconds],
  },
  {
    name: 'introduction or answer length in minutes',
    pattern: /\b(one|two|three|\d+)[- ]minute (answer|introduction|pitch)/gi,
    stated: (m) => [num(m[1])],
    allowed: () => [],
  },
  {
    name: 'meeting length',
    pattern: new RegExp(`\\b${RANGE}[\\s-]*minutes?\\b(?!\\s+(early|late|before|after|right|to expand|of research))`, 'gi'),
    stated: (m) => [num(m[1]), num(m[2])],
    // Lengths the site offers; 25 (and other odd lengths) contradict the 20-minute default.
    allowed: () => [...MEETING.lengthChoices, 1, 2, 3, 4, 5, 10, 14, 16, 17, 24, 35, 50, 90],
  },
  {
    name: 'the 20-minute default named as a meeting length',
    pattern: /\b(\d+)[- ]minutes? (chat|call|conversation|coffee|meeting|informational)/gi,
    stated: (m) => [num(m[1])],
    allowed: () => [MEETING.defaultMinutes, MEETING.typicalMaxMinutes, 15, 45, 60],
  },
  {
    name: 'thank-you window',
    pattern: /thank[^.]{0,80}?\bwithin (?:about )?(\w+) (hours?|days?|weeks?)/gi,
    stated: (m) => [m[2]!.startsWith('hour') ? num(m[1]) : -1],
    allowed: () => [FOLLOW_UP.thankYouWithinHours],
    skipAttributed: true,
  },
  {
    name: 'update timing',
    pattern: new RegExp(`\\b(?:update|report back)[^.]{0,80}?\\b${RANGE} weeks?`, 'gi'),
    stated: (m) => [num(m[1]), num(m[2])],
    allowed: () => [FOLLOW_UP.updateAfterWeeks],
  },
  {
    name: 'update timing (a few weeks)',
    pattern: /\b(?:update|report back)[^.]{0,60}?\b(a few|several|a couple of) weeks/gi,
    stated: () => [-1],
    allowed: () => [],
  },
  {
    name: 'keeping in touch per year',
    pattern: new RegExp(`\\b${RANGE} (?:messages |notes |touches |light messages |times )?(?:a|per) year`, 'gi'),
    stated: (m) => [num(m[1]), num(m[2])],
    allowed: () => [FOLLOW_UP.keepInTouchMaxPerYear],
  },
  {
    name: 'keeping in touch every few months',
    pattern: /\bevery (couple of|few|\d+|two|three|four|six) months/gi,
    stated: (m) => [num(m[1]) ?? -1],
    allowed: () => [FOLLOW_UP.keepInTouchEveryMonths],
  },
  {
    name: 'arrival',
    pattern: new RegExp(`\\b${RANGE} minutes? early`, 'gi'),
    stated: (m) => [num(m[1]), num(m[2])],
    allowed: () => [ARRIVAL.cafeMinutesEarly, ARRIVAL.officeMaxMinutesEarly, ARRIVAL.videoJoinMinutesEarly],
    skipAttributed: true,
  },
  {
    name: 'questions to prepare',
    pattern: new RegExp(`\\b(?:prepare|bring|write)\\w*\\s+${W}\\s*(?:to|–)\\s*${W} (?:\\w+ )?questions`, 'gi'),
    stated: (m) => [num(m[1]), num(m[2])],
    allowed: () => [QUESTIONS.prepareMin, QUESTIONS.prepareMax],
  },
  {
    name: 'message length in words',
    pattern: /\b(?:under|fewer than|at most|up to|about|roughly|no more than|within) (?:about )?(\d+) words/gi,
    stated: (m) => [num(m[1])],
    allowed: () => Object.values(LIMITS).filter((l) => l.unit === 'words').map((l) => l.max),
    skipAttributed: true,
  },
  {
    name: 'LinkedIn note in characters',
    pattern: /LinkedIn[^.]{0,120}?\b(\d+) characters(?! as written|;)/gi,
    stated: (m) => [num(m[1])],
    allowed: () => [LIMITS.linkedinNoteFree.max, LIMITS.linkedinNotePremium.max],
  },
  {
    name: '3B7 business days',
    pattern: /\b(\d+|three|seven|five) business days/gi,
    stated: (m) => [num(m[1])],
    allowed: () => [OUTREACH.tryAnotherAfterBusinessDays, OUTREACH.followUpAfterBusinessDays],
  },
];

const texts = allTexts();

describe('house numbers', () => {
  it('reads every page, the bank, the templates, the checklist and the agendas', () => {
    expect(texts.filter((t) => t.where.startsWith('/guides/')).length).toBeGreaterThanOrEqual(14);
    expect(texts.some((t) => t.where === '/')).toBe(true);
    expect(texts.filter((t) => t.where.includes('templates')).length).toBeGreaterThanOrEqual(15);
  });

  it.each(RULES.map((r) => [r.name, r] as const))('no page, template or data file states another %s', (_, rule) => {
    const wrong: string[] = [];
    for (const { where, text } of texts) {
      for (const sentence of sentences(text)) {
        if (rule.skipAttributed && ATTRIBUTED.test(sentence)) continue;
        for (const m of sentence.matchAll(rule.pattern)) {
          const bad = rule.stated(m).filter((n) => n !== undefined && !rule.allowed(m).includes(n));
          if (bad.length) wrong.push(`${where}: "${m[0]}" in "${sentence.slice(0, 160)}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('splits a meeting the same way in the guides, the agenda templates and the question builder', () => {
    const agendas = JSON.parse(readFileSync('src/content/agendas/agendas.json', 'utf8')) as {
      templates: { minutes: number; segments: { seconds: number; kind: string }[] }[];
    };
    for (const t of agendas.templates) {
      const split = meetingSplit(t.minutes);
      const intro = t.segments.filter((s) => s.kind === 'intro').reduce((a, s) => a + s.seconds, 0);
      const close = t.segments.filter((s) => s.kind === 'close').reduce((a, s) => a + s.seconds, 0);
      expect([t.minutes, intro / 60, close / 60]).toEqual([t.minutes, split.opening, split.close]);
    }
    for (let length = 5; length <= 120; length += 5) {
      expect([length, openingMinutes(length), closingMinutes(length)]).toEqual([length, meetingSplit(length).opening, meetingSplit(length).close]);
    }
    const table = [...page('/guides/during-the-meeting/').querySelectorAll('table')].find((t) => t.textContent!.includes('-minute chat'))!;
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1, 3).map((td) => td.textContent!.trim()));
    const s20 = meetingSplit(20);
    const s30 = meetingSplit(30);
    expect(cells).toEqual([
      [`about ${s20.opening} minutes`, `about ${s30.opening} minutes`],
      [`about ${s20.questions} minutes`, `about ${s30.questions} minutes`],
      [`about ${s20.close} minutes`, `about ${s30.close} minutes`],
    ]);
  });

  it('gives the tools the same meeting lengths and 3B7 days', () => {
    expect(DEFAULT_LENGTH_MINUTES).toBe(MEETING.defaultMinutes);
    expect([...LENGTH_CHOICES]).toEqual([...MEETING.lengthChoices]);
    const sent = new Date('2026-03-02T12:00:00Z'); // a Monday
    const { tryAnother, followUp } = threeBSeven(sent, 'UTC');
    expect([tryAnother.toISOString().slice(0, 10), followUp.toISOString().slice(0, 10)]).toEqual(['2026-03-05', '2026-03-11']);
    expect([OUTREACH.tryAnotherAfterBusinessDays, OUTREACH.followUpAfterBusinessDays]).toEqual([3, 7]);
  });

  it('keeps the checklist due dates on the house timings', () => {
    const items = JSON.parse(readFileSync('src/content/checklists/template.json', 'utf8')) as { id: string; due: Record<string, number> | null }[];
    const due = (id: string) => items.find((i) => i.id === id)!.due!;
    expect(due('after-thank-you').hoursFromMeeting).toBe(FOLLOW_UP.thankYouWithinHours);
    expect(due('before-3b7').businessDaysFromRequest).toBe(OUTREACH.followUpAfterBusinessDays);
    expect(due('after-update').businessDaysFromMeeting).toBe(FOLLOW_UP.updateAfterWeeks * 5);
  });
});
