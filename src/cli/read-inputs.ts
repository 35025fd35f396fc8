import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DEFAULT_MAX_EML_BYTES, fromEml } from '../adapters/eml.js';
import { InputError, inputIssue, type MessageInput, type Purpose, type SendingHistoryInput } from '../model/index.js';
import { headerLines } from '../report/formatters/regions.js';

/** The largest message (.eml or .json) or history file the CLI reads, as fromEml's default cap. */
export const MAX_INPUT_BYTES = DEFAULT_MAX_EML_BYTES;

const cannotRead = (what: string, file: string, code: string): InputError => {
  const why = {
    ENOENT: { de: 'die Datei gibt es nicht', en: 'no such file' },
    EISDIR: { de: 'das ist ein Ordner, keine Datei', en: 'it is a folder, not a file' },
    EACCES: { de: 'keine Leseberechtigung', en: 'permission denied' },
  }[code] ?? { de: `nicht lesbar (${code})`, en: `unreadable (${code})` };
  return new InputError([inputIssue(what, `cannot read "${file}": ${why.en}`, `"${file}" kann nicht gelesen werden: ${why.de}`)]);
};

/** Fails with InputError (exit 2) unless `file` is a readable file: missing and folders are bad input. */
export const checkReadable = async (file: string, what: string): Promise<number> => {
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    size = s.size;
  } catch (e) {
    throw cannotRead(what, file, (e as NodeJS.ErrnoException).code ?? 'EIO');
  }
  return size;
};

const read = async (file: string, what: string): Promise<Buffer> => {
  const size = await checkReadable(file, what);
  if (size > MAX_INPUT_BYTES) {
    throw new InputError([
      inputIssue(
        what,
        `"${file}" has ${size} bytes, more than the ${MAX_INPUT_BYTES} bytes a message or history file may have`,
        `"${file}" hat ${new Intl.NumberFormat('de-DE').format(size)} Bytes, mehr als die ${new Intl.NumberFormat('de-DE').format(MAX_INPUT_BYTES)} Bytes, die eine Nachrichten- oder Historiendatei haben darf`,
      ),
    ]);
  }
  try {
    return await readFile(file);
  } catch (e) {
    throw cannotRead(what, file, (e as NodeJS.ErrnoException).code ?? 'EIO');
  }
};

const readJson = async (file: string, what: string): Promise<unknown> => {
  const text = (await read(file, what)).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    // The parser's message quotes the file's text; only the position is passed on.
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new InputError([inputIssue(what, `"${file}" is not JSON${at ? ` (at character ${at})` : ''}`, `"${file}" ist kein JSON${at ? ` (bei Zeichen ${at})` : ''}`)]);
  }
};

/** From and Subject for a message file without a header (.html, .txt): --from and --subject. */
export interface MessageHeader {
  readonly from?: string | undefined;
  readonly subject?: string | undefined;
}

/** A message file read: the message, and for an .eml the line of each header (SARIF regions). */
export interface MessageFile {
  readonly message: MessageInput;
  readonly headerLines?: Record<string, number>;
}

/**
 * A message from an .eml (raw MIME), .json (a Message object), .html/.htm (an HTML template) or
 * .txt (a plain-text body) file; the last two take From and Subject from `header`.
 */
export const readMessage = async (file: string, purpose: Purpose | undefined, header: MessageHeader = {}): Promise<MessageFile> => {
  const ext = extname(file).toLowerCase();
  if (ext === '.eml') {
    // One read serves both: the parser and the header line numbers come from the same bytes.
    const bytes = await read(file, 'message');
    return { message: await fromEml(new Uint8Array(bytes), purpose ? { purpose } : {}), headerLines: headerLines(bytes.toString('latin1')) };
  }
  if (ext === '.json') {
    const m = await readJson(file, 'message');
    if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new InputError([inputIssue('message', `"${file}" must hold one Message object`, `"${file}" muss genau ein Message-Objekt enthalten`)]);
    return { message: { ...(m as MessageInput), ...(purpose ? { purpose } : {}) } };
  }
  if (ext === '.html' || ext === '.htm' || ext === '.txt') {
    if (header.from === undefined) {
      throw new InputError([
        inputIssue('message.from', `an ${ext} file has no header: give the sender with --from (and --subject)`, `eine ${ext}-Datei hat keinen Header: den Absender mit --from angeben (und --subject)`),
      ]);
    }
    const body = (await read(file, 'message')).toString('utf8');
    const message = {
      from: header.from,
      subject: header.subject ?? '',
      ...(ext === '.txt' ? { text: body } : { html: body }),
      ...(purpose ? { purpose } : {}),
    } as MessageInput;
    return { message };
  }
  throw new InputError([
    inputIssue('message', `expected an .eml, .json, .html or .txt file, got "${file}"`, `erwartet wird eine .eml-, .json-, .html- oder .txt-Datei, nicht "${file}"`),
  ]);
};

export const readHistory = async (file: string): Promise<SendingHistoryInput> => (await readJson(file, 'history')) as SendingHistoryInput;
