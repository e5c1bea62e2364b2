import { it } from 'vitest';
import { checkMessage, readingGrade, pronounCounts, DEFAULT_MESSAGE_LIMITS } from '../../src/lib/messages';
import { BASE_MEETING, MESSAGE_CORPUS, NOW } from './fixtures/message-corpus';
it('dump', () => {
  for (const c of MESSAGE_CORPUS) {
    const r = checkMessage(c.kind, c.draft, { ...BASE_MEETING, ...c.meeting }, DEFAULT_MESSAGE_LIMITS, new Date(c.now ?? NOW));
    console.log(`${c.good ? 'G' : 'B'} ${c.name.slice(0, 50).padEnd(50)} w=${r.stats.words} c=${r.stats.chars} gr=${readingGrade(c.draft.body).grade} pr=${JSON.stringify(pronounCounts(c.draft.body))} en=${r.englishOnly} | ${r.flags.map((f) => f.id).join(',')} | notes=${r.notes.map((n) => n.id).join(',')}`);
  }
});
