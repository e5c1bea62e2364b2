/** House numbers (see ../house-numbers.ts, which exports them all): the tools' own figures. */

/** Tools. */
export const TOOLS = {
  /** Remind the reader to export a backup when saved work is older than this many days. */
  backupReminderDays: 14,
} as const;
