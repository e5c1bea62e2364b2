/**
 * The stamp (epoch ms in `updatedAt`) of a change to the timer's records, the run and the settings,
 * whose merges let the later stamp win. stores/meetings.ts stamps meetings by the same rule in ISO
 * text; it keeps its own line: sharing this module with every tool page cost each 0.01–0.02 KB gzip.
 */

/** Now, or one past `before` when the clock says otherwise, so the newest change wins within one millisecond and across clock skew. */
export const newerStamp = (before: number, now: number): number => Math.max(now, before + 1);
