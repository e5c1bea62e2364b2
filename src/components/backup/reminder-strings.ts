/**
 * The words of the meeting bar's backup reminder (after TOOLS.backupReminderDays of changes no
 * backup holds). Apart from ./strings so they load with the reminder, only when it shows (and so
 * the backup panel's words stay private to its chunk, where the minifier can inline them).
 */
export const strings = {
  nudge: 'Your notes have changed since your last backup, two weeks or more ago.',
  nudgeBackup: 'Back up now',
  nudgeLater: 'Remind me later',
  dataLink: 'Your data on this device',
};
