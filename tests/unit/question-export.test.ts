import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportFileName, toMarkdown, toPlainText, type ExportMeeting } from '../../src/lib/question-export';
import { personLine } from '../../src/lib/who';
import { strings } from '../../src/components/questions/strings';

const { exportLabels } = strings;

const meeting: ExportMeeting = {
  title: 'Chat with Ana',
  contact: { name: 'Ana Ruiz', role: '', organization: 'Acme' },
  lengthMinutes: 20,
  questions: [
    { text: 'What changed most this year?', minutes: 8 },
    { text: 'What does a *typical* week look like? <img src=x>', minutes: 8, note: 'Ask about travel\nand on-call' },
    { text: 'Who else should I talk to?', minutes: 2 },
  ],
};

describe('personLine', () => {
  it('joins the filled parts of the contact', () => {
    expect(personLine(meeting.contact)).toBe('Ana Ruiz, Acme');
  });
});

describe('toPlainText', () => {
  it('lists the meeting, the budget and numbered questions with minutes and notes', () => {
    expect(toPlainText(meeting, exportLabels, 'Over by 2 min.')).toBe(
      [
        'Chat with Ana',
        'With: Ana Ruiz, Acme',
        'Length: 20 min. Over by 2 min.',
        '',
        '1. What changed most this year? (8 min)',
        '2. What does a *typical* week look like? <img src=x> (8 min)',
        '   Note: Ask about travel',
        '   and on-call',
        "3. Who else should I talk to? (2 min) [won't fit]",
        '',
      ].join('\n'),
    );
  });

  it('says when there are no questions', () => {
    expect(toPlainText({ ...meeting, questions: [] }, exportLabels, '')).toContain('No questions yet.');
  });
});

describe('toMarkdown', () => {
  it('writes a heading, the details and an ordered list, marking questions past the line', () => {
    const md = toMarkdown(meeting, exportLabels, 'Over by 2 min.');
    expect(md).toContain('# Chat with Ana\n');
    expect(md).toContain('- **With:** Ana Ruiz, Acme');
    expect(md).toContain('## Questions\n\n1. What changed most this year? *(8 min)*\n');
    expect(md).toContain("3. Who else should I talk to? *(2 min)* — **won't fit**");
    expect(md).toContain('   *Note:* Ask about travel  \n   and on-call');
  });

  it('escapes the reader\'s text so it stays text', () => {
    const md = toMarkdown(meeting, exportLabels, '');
    expect(md).toContain('What does a \\*typical\\* week look like? \\<img src=x\\>');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup at the start of a line', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('[link](x)')).toBe('\\[link\\](x)');
  });
});

describe('exportFileName', () => {
  it('builds a file name from the title, keeping letters of any script', () => {
    expect(exportFileName('Chat with Ana!')).toBe('chat-with-ana.md');
    expect(exportFileName('Café 東京')).toBe('cafe-東京.md');
    expect(exportFileName('Ōtsuka がっこう 😀')).toBe('otsuka-がっこう.md');
    expect(exportFileName('  !!  ')).toBe('coffee-chat-questions.md');
  });
});
