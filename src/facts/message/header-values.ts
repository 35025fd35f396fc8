import type { Message } from '../../model/index.js';

/** All values of a header (names are lower-cased by the model). */
export const headerValues = (message: Message, name: string): readonly string[] =>
  message.headers?.[name.toLowerCase()] ?? [];
