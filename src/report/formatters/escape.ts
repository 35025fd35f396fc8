// Text a human reads on a terminal or in a CI log must not carry control characters from the
// input: an address like "a\u001b[2J@x" in a CSV would clear the screen, move the cursor or
// retitle the window. C0 and C1 controls, DEL and the bidirectional overrides (which reorder
// what a reader sees) are written as \u escapes; tab and newline inside a value too, since a
// value must stay on its own line. One character class, no backtracking.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` with every control character written as a visible \uXXXX escape. */
export const escapeControl = (s: string): string => s.replace(CONTROL, hex);
