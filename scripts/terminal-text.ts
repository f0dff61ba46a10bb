// How the `analyze` command writes for people: colours on a terminal, plain text with visible diff markers
// anywhere else (a file, a pipe, NO_COLOR), so the output stays readable without escape codes.
import { styleText } from 'node:util';
import type { DiffOp } from '../core/result.ts';

/** A text style: a function that styles a string (or returns it unchanged in plain output). */
export type Style = (format: Parameters<typeof styleText>[0], text: string) => string;

/**
 * Whether to colour output written to `stream`: never with NO_COLOR set (https://no-color.org), always with
 * FORCE_COLOR set to anything but 0, otherwise only on a terminal. Node 20's `styleText` does not check this.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR']) return false;
  if (env['FORCE_COLOR'] !== undefined) return env['FORCE_COLOR'] !== '0';
  return stream.isTTY === true;
}

/** The style function for coloured or plain output. */
export function styler(color: boolean): Style {
  return color ? (format, text) => styleText(format, text) : (_format, text) => text;
}

/**
 * A word diff on one line: deletions (only in this article) and insertions (only in the other source) struck and
 * underlined in colour, or between `[-…-]` and `{+…+}` in plain text (as `git diff --word-diff` writes them).
 * Spaces at the edge of a change stay outside its markers, and a space always separates two wordings that meet
 * without one, so "…(ICE)." and "A petition…" never run together.
 */
export function diffLine(ops: readonly DiffOp[], color: boolean): string {
  let out = '';
  // Whether the text so far ends with a change and no space after it.
  let changeEnds = false;
  for (const op of ops) {
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(op.text) ?? [];
    if (op.op === 'equal' || core === '') {
      out += op.text;
      changeEnds = false;
      continue;
    }
    const changed = color
      ? styleText(op.op === 'delete' ? ['red', 'strikethrough'] : ['green', 'underline'], core)
      : op.op === 'delete' ? `[-${core}-]` : `{+${core}+}`;
    out += (changeEnds && lead === '' ? ' ' : lead) + changed + trail;
    changeEnds = trail === '';
  }
  return out;
}
