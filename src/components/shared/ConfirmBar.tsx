/**
 * The second step before something that cannot be undone (discard a run, delete a damaged copy,
 * delete everything): a warning box, a group named by its question, with a confirm button and a
 * cancel button. Each place passes its own words; the cancel button says the shared "Cancel" unless
 * told otherwise.
 *
 * - Short form: the question and small buttons on one line.
 * - Long form (`detail` given): the question as a heading, then the detail, then the buttons
 *   (`extra` buttons before the confirm one), then `children` (e.g. an error).
 *
 * Focus, as each place needs it: `focus` moves it to the cancel button or to the box itself when the
 * box appears (without it, focus stays on the button that opened the box); cancelling sends it back
 * to `back`, the id of the button that opened the box.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { focusLater } from './dom';
import { strings } from './strings';

export interface ConfirmBarProps {
  /** Id of the box; its question gets `<id>-q`. */
  id: string;
  /** What the reader answers; also the name of the group. */
  question: string;
  /** The confirm button's words. */
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The cancel button's words; the shared "Cancel" when omitted. */
  cancel?: string;
  /** Where focus goes when the box appears: its cancel button, or the box itself. */
  focus?: 'cancel' | 'box';
  /** Id of the element focus goes to after cancelling (the button that opened the box). */
  back?: string;
  /** More to say before the buttons; the question becomes a heading. */
  detail?: ComponentChildren;
  /** Buttons before the confirm button. */
  extra?: ComponentChildren;
  /** Under the buttons, e.g. an error. */
  children?: ComponentChildren;
}

export default function ConfirmBar(p: ConfirmBarProps) {
  const box = useRef<HTMLDivElement>(null);
  const no = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (p.focus) (p.focus === 'box' ? box : no).current?.focus();
  }, []);
  const q = `${p.id}-q`;
  const Question = p.detail ? 'h3' : 'span';
  const small = p.detail ? '' : ' btn-small';
  return (
    <div
      id={p.id}
      ref={box}
      role="group"
      aria-labelledby={q}
      tabIndex={p.focus === 'box' ? -1 : undefined}
      class={`notice notice-warning ${p.detail ? 'stack' : 'cluster'}`}
    >
      <Question id={q}>{p.question}</Question>
      {p.detail}
      <div class="cluster">
        {p.extra}
        <button type="button" class={`btn btn-danger${small}`} onClick={p.onConfirm}>
          {p.confirm}
        </button>
        <button
          type="button"
          ref={no}
          class={`btn btn-quiet${small}`}
          onClick={() => {
            p.onCancel();
            if (p.back) focusLater(p.back);
          }}
        >
          {p.cancel ?? strings.cancel}
        </button>
      </div>
      {p.children}
    </div>
  );
}
