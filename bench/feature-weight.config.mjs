// Counterfactual build: the site with one feature's load-time code stubbed out, to measure what the
// feature costs each page (compare with a plain build). Usage:
//   CF=data npx astro build --config bench/feature-weight.config.mjs   (or CF=speech; MINIFY=oxc for the
//   default minifier), then: npx node bench/feature-weight.mjs dist bench/tmp/dist-data
// A stub that no longer matches its file prints a [cf] warning: update it with the file.
import base from '../astro.config.mjs';
const MODE = process.env.CF ?? 'none';
const stub = (src) => () => src;
const edit = (...pairs) => (code, id) => {
  for (const [from, to] of pairs) {
    const next = code.replace(from, to);
    if (next === code) console.warn(`[cf] no match in ${id}: ${from}`);
    code = next;
  }
  return code;
};
const PLANS = {
  none: {},
  data: {
    'src/components/backup/BackupReminder.tsx': stub('export default function BackupReminder(_: unknown) { return null; }'),
    'src/stores/backup-reminder.ts': stub("import { atom } from 'nanostores'; export const $reminderOpen = atom(false); export const $reminderShownAt = atom(''); export function openReminderIfDue(..._: unknown[]) {} export function closeReminder(..._: unknown[]) {}"),
    'src/stores/persistence.ts': stub("import { atom } from 'nanostores'; export type Persistence = string; export const $persistence = atom('unknown'); export function storageApi(): undefined { return undefined; } export async function askPersistence(..._: unknown[]) { return 'unsupported'; } export function noteChange(..._: unknown[]) {}"),
    'src/lib/data-care.ts': stub('export const BACKUP_NUDGE_DAYS = 14; export const REMINDER_QUIET_HOURS = 24; export const MAX_RUNS_PER_MEETING = Infinity; export const MAX_MEETINGS = Infinity; export const MAX_TOMBSTONES = Infinity; export const changeMatters = (..._: unknown[]) => false; export const backupReminderDue = (..._: unknown[]) => false; export const canAddRun = (..._: unknown[]) => true; export const runUnderWay = (..._: unknown[]) => false; export const canAddMeeting = (..._: unknown[]) => true; export const boundTombstones = <T,>(l: T) => l; export const MAX_DAMAGED_COPIES = Infinity; export const damagedCopiesOf = (..._: unknown[]) => 0; export const damagedPrefix = (key: string) => key + ":damaged:";'),
    'src/stores/guarded-atom.ts': edit([/\s*\/\/ At the bound, keep the original[^]*?return false;\n\s*\}/, ''], ["import { damagedCopiesOf, damagedPrefix, MAX_DAMAGED_COPIES } from '../lib/data-care';", "import { damagedPrefix } from '../lib/data-care';"], ['readRaw, storedKeys, writeRaw', 'readRaw, writeRaw']),
    'src/components/shared/StorageNotice.tsx': edit([/\{' '\}\s*<a href=\{href\([^]*?<\/a>/, '']),
    'src/components/shared/MeetingBar.tsx': edit(['!canAddMeeting(list.length) ? say(S.meetingsFull(MAX_MEETINGS)) : ', '']),
    'src/components/shared/strings.ts': edit(
      [/storageLink: '[^']*'/, "storageLink: ''"],
      [/meetingsFull: \(max: number\) => `[^`]*`/, "meetingsFull: (_: number) => ''"],
      [/copies: `[^`]*`,/, "copies: '',"],
      ["import { MAX_DAMAGED_COPIES } from '../../lib/data-care';", ''],
    ),
  },
  speech: {
    'src/components/timer/SpeechLauncher.tsx': stub('export default function SpeechLauncher(_: unknown) { return null; }'),
    'src/stores/speech.ts': stub("import { atom } from 'nanostores'; export const $runSpeech = atom<any>(null); export function heardFor(..._: unknown[]): any { return undefined; } export function setRunSpeech(..._: unknown[]) {} export function setIntroTake(..._: unknown[]) {} export function setAskedSeconds(..._: unknown[]) {}"),
    'src/components/timer/strings.ts': edit(
      [/const speechLine = [^]*?\n\n/, ''],
      ["import { DEFAULT_SPEECH_TARGETS, questionsShareOk } from '../../lib/speech/targets';", ''],
      [/  speech: \{\n    heading: [^]*?\n  \},\n/, ''],
      ['speech: (r: RunSpeech) => speechLine(r, DEFAULT_SPEECH_TARGETS.questionsPhaseMaxShare)', "speech: (_: RunSpeech) => ''"],
    ),
    'src/components/timer/RunSummary.tsx': edit(['{p.speech && <p>{strings.history.speech(p.speech)}</p>}', '']),
    'src/components/timer/RunHistory.tsx': edit(['{run.speech && <p>{h.speech(run.speech)}</p>}', '']),
    'src/lib/meeting-validate.ts': edit(
      [/\s*'askedSec\?': num,/, ''],
      [/\s*'speech\?': shape<RunSpeech>\(\{[^]*?\}\),/, ''],
      [/\s*\/\/ The introduction's last take.\n\s*'introTake\?': [^\n]*/, ''],
    ),
    'src/lib/meeting.ts': edit(['!m.introTake &&', '']),
  },
};
const plan = PLANS[MODE];
function counterfactual() {
  return {
    name: 'cf', enforce: 'pre',
    transform(code, id) {
      const key = Object.keys(plan).find((k) => id.split('?')[0].endsWith(k));
      return key ? { code: plan[key](code, id), map: null } : undefined;
    },
  };
}
const environments = process.env.MINIFY ? { client: { build: { minify: process.env.MINIFY === 'oxc' ? true : process.env.MINIFY } } } : base.vite.environments;
export default { ...base, root: new URL('../', import.meta.url).pathname, outDir: `./bench/tmp/dist-${MODE}${process.env.MINIFY ?? ''}`, vite: { ...base.vite, environments, plugins: [...base.vite.plugins, counterfactual()] } };
