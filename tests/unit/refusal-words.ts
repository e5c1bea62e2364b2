/**
 * What the reader reads for a refused value or file: lib gives codes (meeting-validate's Problem,
 * backup's refusals), the backup panel's strings give the words. Tests assert the words.
 */
import { strings } from '../../src/components/backup/strings';
import type { ParsedBackup } from '../../src/lib/backup';
import { MeetingValidationError } from '../../src/lib/meeting-validate';

/** "meeting.title: must be text" for the validation error `act` throws; says so when it throws nothing. */
export function refused(act: () => unknown): string {
  try {
    act();
  } catch (e) {
    return e instanceof MeetingValidationError ? `${e.path}: ${strings.problemText(e.problem)}` : String(e);
  }
  return '(nothing was refused)';
}

/** The sentence the backup panel shows for a parsed file, or '' when it was read. */
export const refusalText = (r: ParsedBackup | null): string => (r && !r.ok ? strings.refusal(r) : '');
