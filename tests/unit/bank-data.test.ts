import { describe, expect, it } from 'vitest';
import { bankJson, bankVersion, parseBankData } from '../../src/lib/bank-data';
import type { BankQuestion } from '../../src/lib/question-bank';

const bank: BankQuestion[] = [
  { id: 'opening-1', text: 'How did you get started?', category: 'opening', minutes: 2, audience: ['any'], followUp: 'Not sent' },
  { id: 'path-1', text: 'What would you do in my place?', category: 'path', minutes: 3, audience: ['student', 'career-changer'] },
];

describe('the builder bank file', () => {
  it('round-trips what the builder uses, leaving out the rest', () => {
    const back = parseBankData(JSON.parse(bankJson(bank)));
    expect(back).toEqual(bank.map(({ followUp: _, ...q }) => q));
  });

  it('names a new version whenever the text changes, and the same one when it does not', () => {
    const json = bankJson(bank);
    expect(bankVersion(json)).toBe(bankVersion(bankJson(bank)));
    expect(bankVersion(json)).not.toBe(bankVersion(json.replace('started', 'begun')));
    expect(bankVersion(json)).toMatch(/^[0-9a-z]+$/);
  });

  it('keeps the entries that check out from a damaged file and never throws', () => {
    const damaged = [
      bank[1],
      { ...bank[0], category: 'gossip' },
      { ...bank[0], minutes: 0 },
      { ...bank[0], audience: [] },
      { ...bank[0], text: 42 },
      null,
      'text',
      { ...bank[1], text: 'A duplicate id' },
    ];
    expect(parseBankData(damaged).map((q) => q.id)).toEqual(['path-1']);
    for (const bad of [null, undefined, 'x', 3, {}, { length: 2 }]) expect(parseBankData(bad)).toEqual([]);
  });
});
