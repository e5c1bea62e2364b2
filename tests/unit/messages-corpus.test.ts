import { describe, expect, it } from 'vitest';
import { checkMessage, DEFAULT_MESSAGE_LIMITS, MESSAGE_KINDS } from '../../src/lib/messages';
import { BASE_MEETING, MESSAGE_CORPUS, NOW } from './fixtures/message-corpus';

function run(c: (typeof MESSAGE_CORPUS)[number]) {
  return checkMessage(c.kind, c.draft, { ...BASE_MEETING, ...c.meeting }, DEFAULT_MESSAGE_LIMITS, new Date(c.now ?? NOW));
}

describe('message corpus', () => {
  it('has at least 40 examples, good and bad ones for every kind', () => {
    expect(MESSAGE_CORPUS.length).toBeGreaterThanOrEqual(40);
    for (const kind of MESSAGE_KINDS) {
      expect(MESSAGE_CORPUS.some((c) => c.kind === kind && c.good), `good ${kind}`).toBe(true);
      expect(MESSAGE_CORPUS.some((c) => c.kind === kind && !c.good), `bad ${kind}`).toBe(true);
    }
  });

  for (const c of MESSAGE_CORPUS) {
    it(c.name, () => {
      const ids = run(c).flags.map((f) => f.id);
      if (c.good) expect(ids).toEqual([]);
      for (const id of c.mustFlag ?? []) expect(ids, `should flag ${id}`).toContain(id);
      for (const id of c.mustNotFlag ?? []) expect(ids, `should not flag ${id}`).not.toContain(id);
    });
  }
});
