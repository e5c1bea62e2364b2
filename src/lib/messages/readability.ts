/**
 * Plain-language reading level with the Automated Readability Index (the `automated-readability`
 * formula package, about 0.1 KB): a US grade from letters per word and words per sentence.
 * Flesch-Kincaid with the `syllable` counter agreed with it within about two grades on the
 * example corpus but costs 6.2 KB gzip more, which the message writer's 35 KB page budget
 * cannot take; see tests/unit/messages-text.test.ts.
 */
import { automatedReadability } from 'automated-readability';
import type { Flag } from './findings';
import { contentSentences, words } from './text';
import { PLACEHOLDER_RE } from './text';

/** Reading grade of the English text (placeholders read as one short word); 0 when there are no words. */
export function readingGrade(text: string): { grade: number; words: number } {
  const list = contentSentences(text.replace(PLACEHOLDER_RE, 'it'));
  let wordCount = 0;
  let letters = 0;
  for (const s of list) {
    for (const w of words(s.text)) {
      if (!/\p{L}/u.test(w)) continue;
      wordCount += 1;
      letters += (w.match(/\p{L}|\p{N}/gu) ?? []).length;
    }
  }
  if (wordCount === 0) return { grade: 0, words: 0 };
  const grade = automatedReadability({ sentence: list.length, word: wordCount, character: letters });
  return { grade: Math.round(grade * 10) / 10, words: wordCount };
}

/** Plain language: a reading grade at or below the limit (quiet on very short texts). */
export function checkReadingLevel(text: string, gradeMax: number, minWords: number): Flag[] {
  const { grade, words: n } = readingGrade(text);
  if (n < minWords) return [];
  return grade > gradeMax ? [{ id: 'hard-to-read', grade, limit: gradeMax }] : [];
}
