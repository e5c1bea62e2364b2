/**
 * The writer's parts that never change with state (headings, help text, the kind picker's options),
 * rendered by its page as HTML into the island's slots, so the browser never runs JavaScript to draw
 * them. Only the page (src/pages/tools/messages.astro) and tests import this file; the island gets
 * the parts as the props named in WRITER_SLOTS.
 */
import type { ComponentChildren } from 'preact';
import { MESSAGE_KINDS } from '../../lib/messages/kinds';
import { MESSAGES_IDS } from '../shared/focus-ids';
import * as s from './strings';

/**
 * The island's slots, which the page fills with the parts below (WRITER_SLOTS): the details card's
 * heading and help, the message card's heading and kind picker, the message text's hint, the
 * advice's heading and help.
 */
export interface WriterSlots {
  details?: ComponentChildren;
  picker?: ComponentChildren;
  bodyHint?: ComponentChildren;
  checks?: ComponentChildren;
}

/** Heading and help of the details card. */
export const DetailsIntro = () => (
  <>
    <h2 id="mw-details-title">{s.detailsHeading}</h2>
    <p class="hint">{s.detailsHint}</p>
  </>
);

/** Heading of the message card and the kind picker (the island sets and follows its value). */
export const KindPicker = () => (
  <>
    <h2 id="mw-message-title">{s.messageHeading}</h2>
    <div class="field">
      <label for={MESSAGES_IDS.kind}>{s.kindLabel}</label>
      <select id={MESSAGES_IDS.kind}>
        {MESSAGE_KINDS.map((k) => (
          <option value={k}>{s.kindLabels[k]}</option>
        ))}
      </select>
    </div>
  </>
);

/** The message text's hint (the text area's description). */
export const BodyHint = () => (
  <span class="hint" id="mw-body-hint">
    {s.bodyHint}
  </span>
);

/** Heading and help of the advice. */
export const ChecksIntro = () => (
  <>
    <h3 id="mw-checks-title">{s.checksHeading}</h3>
    <p class="hint">{s.checksHint}</p>
  </>
);

/** Each slot of the island (MessageWriterProps) and the part that fills it. */
export const WRITER_SLOTS = { details: DetailsIntro, picker: KindPicker, bodyHint: BodyHint, checks: ChecksIntro } as const;
