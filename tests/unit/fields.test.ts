import { describe, expect, it } from 'vitest';
import { checkQuestionText, contactFieldFits, noteFits, parseMeetingLength, parseQuestionMinutes } from '../../src/lib/fields';
import { parseMinutes } from '../../src/lib/minutes';
import { LIMITS } from '../../src/lib/meeting';

describe('parseMinutes', () => {
  it('reads whole minutes, ignoring surrounding spaces', () => {
    expect(parseMinutes(' 4 ')).toBe(4);
    expect(parseMinutes('0')).toBe(0);
  });
  it('refuses fractions, signs, words and empty text unless fractions are allowed', () => {
    for (const bad of ['2.5', '-2', '+2', 'abc', '', ' ', '1e2', '2 min']) expect(parseMinutes(bad)).toBeUndefined();
  });
  it('with fractions, reads a decimal point or comma', () => {
    expect(parseMinutes('2.5', { fractions: true })).toBe(2.5);
    expect(parseMinutes(' 3,5 ', { fractions: true })).toBe(3.5);
    expect(parseMinutes('3.', { fractions: true })).toBeUndefined();
  });
});

describe('a question’s minutes', () => {
  it('are whole minutes from 1 to the limit', () => {
    expect(parseQuestionMinutes('1')).toBe(1);
    expect(parseQuestionMinutes(String(LIMITS.questionMinutesMax))).toBe(LIMITS.questionMinutesMax);
    for (const bad of ['0', String(LIMITS.questionMinutesMax + 1), '2.5', '', 'two']) expect(parseQuestionMinutes(bad)).toBeNull();
  });
});

describe('a meeting’s length', () => {
  it('is whole minutes within the limits', () => {
    expect(parseMeetingLength(String(LIMITS.minLength))).toBe(LIMITS.minLength);
    expect(parseMeetingLength(` ${LIMITS.maxLength} `)).toBe(LIMITS.maxLength);
    for (const bad of [String(LIMITS.minLength - 1), String(LIMITS.maxLength + 1), '30.5', '']) expect(parseMeetingLength(bad)).toBeNull();
  });
});

describe('a question the reader wrote', () => {
  it('is trimmed', () => expect(checkQuestionText('  What surprised you?  ')).toEqual({ ok: true, value: 'What surprised you?' }));
  it('must not be empty', () => expect(checkQuestionText('   ')).toEqual({ ok: false, error: 'empty' }));
  it('says how long it is when it is too long', () => {
    const long = 'x'.repeat(LIMITS.questionText + 1);
    expect(checkQuestionText(long)).toEqual({ ok: false, error: 'too-long', length: LIMITS.questionText + 1 });
    expect(checkQuestionText('x'.repeat(LIMITS.questionText)).ok).toBe(true);
  });
});

describe('notes and contact fields', () => {
  it('fit up to their limits, empty included', () => {
    expect(noteFits('')).toBe(true);
    expect(noteFits('x'.repeat(LIMITS.note))).toBe(true);
    expect(noteFits('x'.repeat(LIMITS.note + 1))).toBe(false);
    expect(contactFieldFits('x'.repeat(LIMITS.contactField))).toBe(true);
    expect(contactFieldFits('x'.repeat(LIMITS.contactField + 1))).toBe(false);
  });
});
