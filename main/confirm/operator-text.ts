// Text an operator typed (a rule nickname, a memo, a bank account label) is the one part of
// main's dialog main did not write: it may be long enough to push the facts off screen, hold
// line breaks that fake extra fact rows, or bidi overrides that make "ending 6789" read as
// "ending 9876". So it reaches a confirmation only through here: cleaned, cut, quoted, in a row
// of its own labelled as the operator's ("Your label: “…”"), never in the title or on the button.
// Main's own facts (names Paxos returns included) are cleaned too, but neither cut nor quoted.

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and the invisible marks. */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** The longest operator text a dialog shows, in characters, before it is cut with "…". */
export const OPERATOR_TEXT_MAX = 80;

/** Controls become spaces (a line break must not start a fake row), bidi marks go, spaces collapse. */
export function cleanText(text: string): string {
  return text.replace(CONTROLS, ' ').replace(BIDI, '').replace(/\s+/g, ' ').trim();
}

/** Cleaned, cut to `max` characters (whole code points, so no half emoji) with "…", quoted. */
export function operatorText(text: string, max: number = OPERATOR_TEXT_MAX): string {
  const chars = Array.from(cleanText(text));
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return `“${cut}”`;
}

/** A dialog row that shows operator text as theirs: ["Your label", "“Operating account”"]. */
export function operatorTextRow(what: string, text: string): [string, string] {
  return [`Your ${what}`, operatorText(text)];
}
