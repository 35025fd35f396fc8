import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fromEml } from '../adapters/eml.js';
import { InputError, type MessageInput, type Purpose, type SendingHistoryInput } from '../model/index.js';

const read = async (file: string, what: string): Promise<Buffer> => {
  try {
    return await readFile(file);
  } catch (e) {
    throw new InputError([{ path: what, message: `cannot read "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
  }
};

const readJson = async (file: string, what: string): Promise<unknown> => {
  const text = (await read(file, what)).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError([{ path: what, message: `"${file}" is not JSON: ${(e as Error).message}` }]);
  }
};

/** A message from an .eml (raw MIME) or .json (a Message object) file. */
export const readMessage = async (file: string, purpose: Purpose | undefined): Promise<MessageInput> => {
  const ext = extname(file).toLowerCase();
  if (ext === '.eml') return fromEml(new Uint8Array(await read(file, 'message')), purpose ? { purpose } : {});
  if (ext === '.json') {
    const m = await readJson(file, 'message');
    if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new InputError([{ path: 'message', message: `"${file}" must hold one Message object` }]);
    return { ...(m as MessageInput), ...(purpose ? { purpose } : {}) };
  }
  throw new InputError([{ path: 'message', message: `expected an .eml or .json file, got "${file}"` }]);
};

export const readHistory = async (file: string): Promise<SendingHistoryInput> => (await readJson(file, 'history')) as SendingHistoryInput;
