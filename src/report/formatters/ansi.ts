export interface Paint {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

const code = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export const paint = (color: boolean): Paint =>
  color
    ? { red: code(31, 39), yellow: code(33, 39), cyan: code(36, 39), green: code(32, 39), dim: code(2, 22), bold: code(1, 22), underline: code(4, 24) }
    : { red: plain, yellow: plain, cyan: plain, green: plain, dim: plain, bold: plain, underline: plain };
