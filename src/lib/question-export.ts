/**
 * Exports of a meeting's question list: plain text (for the clipboard) and Markdown (for a download).
 * Wording comes in as labels so every user-facing string stays in the component's strings.ts.
 */
import type { Contact, MeetingQuestion } from './meeting';
import { isPastLine, meetingBudget } from './time-budget';
import { fileSlug } from './file-name';
import { personLine } from './who';

export interface ExportLabels {
  withPerson: string;
  length: string;
  questions: string;
  note: string;
  noQuestions: string;
  /** Marks a question that falls past the meeting's end. */
  pastLine: string;
  minutes: (n: number) => string;
}

export interface ExportMeeting {
  title: string;
  contact: Contact;
  lengthMinutes: number;
  questions: readonly Pick<MeetingQuestion, 'text' | 'minutes' | 'note' | 'bankId'>[];
}

/** The list as plain text: title, person, length and budget, then numbered questions with notes. */
export function toPlainText(m: ExportMeeting, labels: ExportLabels, summary: string): string {
  const over = meetingBudget(m);
  const lines = [m.title.trim()];
  const person = personLine(m.contact);
  if (person) lines.push(`${labels.withPerson}: ${person}`);
  lines.push(`${labels.length}: ${labels.minutes(m.lengthMinutes)}. ${summary}`, '');
  if (m.questions.length === 0) lines.push(labels.noQuestions);
  m.questions.forEach((q, i) => {
    const past = isPastLine(over, i) ? ` [${labels.pastLine}]` : '';
    lines.push(`${i + 1}. ${q.text} (${labels.minutes(q.minutes)})${past}`);
    const note = q.note?.trim();
    if (note) lines.push(...note.split(/\r?\n/).map((l, j) => `   ${j === 0 ? `${labels.note}: ` : ''}${l}`));
  });
  return `${lines.join('\n')}\n`;
}

/** The list as Markdown, with the reader's text escaped so it cannot turn into links or markup. */
export function toMarkdown(m: ExportMeeting, labels: ExportLabels, summary: string): string {
  const over = meetingBudget(m);
  const out = [`# ${escapeMarkdown(m.title.trim())}`, ''];
  const person = personLine(m.contact);
  if (person) out.push(`- **${labels.withPerson}:** ${escapeMarkdown(person)}`);
  out.push(`- **${labels.length}:** ${labels.minutes(m.lengthMinutes)}`, `- ${summary}`, '', `## ${labels.questions}`, '');
  if (m.questions.length === 0) out.push(labels.noQuestions);
  m.questions.forEach((q, i) => {
    const past = isPastLine(over, i) ? ` — **${labels.pastLine}**` : '';
    out.push(`${i + 1}. ${escapeMarkdown(q.text)} *(${labels.minutes(q.minutes)})*${past}`);
    const note = q.note?.trim();
    if (note) {
      const noteLines = note.split(/\r?\n/).map((l) => escapeMarkdown(l.trim()));
      out.push(`   *${labels.note}:* ${noteLines.join('  \n   ')}`);
    }
  });
  return `${out.join('\n')}\n`;
}

/** Escapes characters that Markdown would read as markup, including at the start of a line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A file name for the Markdown download built from the title; letters of any script are kept (lib/file-name.ts). */
export function exportFileName(title: string, extension = 'md'): string {
  const slug = fileSlug(title, 60);
  return `${slug || 'coffee-chat-questions'}.${extension}`;
}
