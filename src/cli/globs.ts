// The message files of `mailpolicy check`: each argument a file or a glob pattern, expanded here so
// a pattern quoted against the shell ('campaigns/**/*.eml') works on every platform, as ESLint's.
// Supported: `*` and `?` within a path segment, `**` for any number of folders, `{a,b}` choices
// and `[abc]` classes. Node 20 has no fs.glob, and one small walk needs no dependency.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const MAGIC = /[*?[{]/;

/** True if `arg` is a pattern rather than a file name. */
export const isGlob = (arg: string): boolean => MAGIC.test(arg);

/** `{a,b}` alternatives, expanded first (not nested). */
const braces = (pattern: string): string[] => {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  return m[1]!.split(',').flatMap((alt) => braces(pattern.slice(0, m.index) + alt + pattern.slice(m.index + m[0].length)));
};

const segmentRegExp = (segment: string): RegExp => {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
};

const entries = async (dir: string) => {
  try {
    return await readdir(dir === '' ? '.' : dir, { withFileTypes: true });
  } catch {
    return [];
  }
};

const walk = async (dir: string, segments: readonly string[], out: Set<string>): Promise<void> => {
  if (segments.length === 0) return;
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '**') {
    await walk(dir, rest, out); // ** matches no folder at all
    for (const d of await entries(dir)) if (d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules') await walk(join(dir, d.name), segments, out);
    return;
  }
  if (!isGlob(head)) {
    const path = dir === '' ? head : join(dir, head);
    if (rest.length === 0) {
      if ((await entries(dir)).some((d) => d.name === head && !d.isDirectory())) out.add(path);
    } else await walk(path, rest, out);
    return;
  }
  const re = segmentRegExp(head);
  for (const d of await entries(dir)) {
    if (d.name.startsWith('.') && !head.startsWith('.')) continue; // dot files only when asked for
    if (!re.test(d.name)) continue;
    const path = dir === '' ? d.name : join(dir, d.name);
    if (rest.length === 0) {
      if (!d.isDirectory()) out.add(path);
    } else if (d.isDirectory()) await walk(path, rest, out);
  }
};

/** The files a pattern names, sorted; [] if none. */
export const expandGlob = async (pattern: string): Promise<string[]> => {
  const out = new Set<string>();
  for (const p of braces(pattern.replace(/\\/g, '/'))) {
    const absolute = p.startsWith('/');
    const segments = p.split('/').filter((s, i) => s !== '' && !(s === '.' && i === 0));
    await walk(absolute ? '/' : '', segments, out);
  }
  return [...out].sort();
};
