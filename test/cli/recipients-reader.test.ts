import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/index.js';
import { readRecipients } from '../../src/cli/recipients/index.js';
import { recipientFields } from '../../src/cli/recipients/fields.js';
import { withProgress } from '../../src/cli/progress.js';

const dir = mkdtempSync(join(tmpdir(), 'mailpolicy-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const all = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('CSV recipients', () => {
  it('maps the header row to Recipient fields, nests dotted names and coerces per the schema', async () => {
    const warnings: string[] = [];
    const rows = await all(
      readRecipients(
        file('a.csv', '\uFEFFAddress,consent.status,Consent.Topics,hardBounces,signup.honeypotFilled,signup.botScore,crm_id\r\nanna@example.org,confirmed,"news, offers",2,nein,0.25,77\r\n'),
        (w) => warnings.push(w),
        { ignoreColumns: ['CRM_ID'] },
      ),
    );
    expect(rows).toEqual([
      { address: 'anna@example.org', consent: { status: 'confirmed', topics: ['news', 'offers'] }, hardBounces: 2, signup: { honeypotFilled: false, botScore: 0.25 } },
    ]);
    expect(warnings).toEqual([expect.stringContaining('"crm_id"')]);
  });

  it('refuses a column that is no Recipient field unless ignored, naming the field meant (issue 14.1)', async () => {
    const f = file('u.csv', 'address,unsubscribed_at,lastOpenedAt,crm_id\nanna@example.org,2026-11-01,2025-01-01,7\n');
    const err = await all(readRecipients(f, () => {})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues.map((i) => i.message)).toEqual([
      expect.stringContaining('did you mean "unsubscribedAt"?'),
      expect.stringContaining('did you mean "lastOpenAt"?'),
      expect.stringContaining('--ignore-column "crm_id"'),
    ]);
    expect(await all(readRecipients(f, () => {}, { ignoreColumns: ['unsubscribed_at', 'lastOpenedAt', 'crm_id'] }))).toEqual([{ address: 'anna@example.org' }]);
  });

  it('drops empty cells and leaves cells that do not fit for validation to name', async () => {
    const rows = await all(readRecipients(file('b.csv', 'address;hardBounces;signup.honeypotFilled;name\nb@example.org;;;\nc@example.org;viele;vielleicht;"Cem; Jr."\n'), () => {}));
    expect(rows).toEqual([{ address: 'b@example.org' }, { address: 'c@example.org', hardBounces: 'viele', signup: { honeypotFilled: 'vielleicht' }, name: 'Cem; Jr.' }]);
  });

  it('knows every Recipient field, nested ones by dotted path', () => {
    expect(recipientFields.get('consent.status')).toBe('string');
    expect(recipientFields.get('doiRequestsSent')).toBe('number');
    expect(recipientFields.get('signup.honeypotFilled')).toBe('boolean');
    expect(recipientFields.get('consent.topics')).toBe('list');
  });

  it('rejects a file without an address column or with broken quoting', async () => {
    await expect(all(readRecipients(file('c.csv', 'contact,name\na@b.c,x\n'), () => {}))).rejects.toThrow(InputError);
    const err = await all(readRecipients(file('d.csv', 'address,name\n"a@b.c,x\n'), () => {})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues[0]?.path).toContain('d.csv');
  });
});

describe('CRM column names and --map', () => {
  it('reads a common CRM name (E-Mail, Email Address) as its field, with a note; --map wins', async () => {
    const notes: string[] = [];
    const rows = await all(readRecipients(file('crm.csv', 'Email Address;E-Mail;Name\na@b.c;x@y.z;A\n'), (w) => notes.push(w), { columnMap: { 'e-mail': 'address' }, ignoreColumns: ['Email Address'] }));
    expect(rows).toEqual([{ address: 'x@y.z', name: 'A' }]);
    expect(notes.join('\n')).not.toContain('reading the column');
    const noted: string[] = [];
    expect(await all(readRecipients(file('crm2.csv', 'E-Mail,Name\na@b.c,A\n'), (w) => noted.push(w)))).toEqual([{ address: 'a@b.c', name: 'A' }]);
    expect(noted).toEqual([expect.stringContaining('reading the column "E-Mail" as address (a common CRM name')]);
  });

  it('tells the line of each record it yields', async () => {
    const position = { line: 0 };
    const lines: number[] = [];
    for await (const _ of readRecipients(file('lines.csv', 'address\na@b.c\n\n"b@\nc.d"\ne@f.g\n'), () => {}, { position })) lines.push(position.line);
    expect(lines).toEqual([2, 5, 6]);
  });
});

describe('JSONL recipients', () => {
  it('yields one object per line, skipping blank lines, and names a broken line', async () => {
    expect(await all(readRecipients(file('a.jsonl', '{"address":"a@x.y"}\n\n{"address":"b@x.y"}\n'), () => {}))).toEqual([{ address: 'a@x.y' }, { address: 'b@x.y' }]);
    const err = await all(readRecipients(file('b.jsonl', '{"address":"a@x.y"}\n{oops\n'), () => {})).catch((e: unknown) => e);
    expect((err as InputError).issues[0]?.path).toBe(`recipients (${join(dir, 'b.jsonl')}, line 2)`);
  });
});

describe('progress line', () => {
  async function* three() {
    yield 1;
    yield 2;
    yield 3;
  }
  it('writes an updating count to a terminal and nothing elsewhere', async () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (s: string) => written.push(s) };
    expect(await all(withProgress(three(), tty, (n) => `${n} checked`))).toEqual([1, 2, 3]);
    expect(written[0]).toBe('\r1 checked');
    expect(written.at(-1)).toBe('\r3 checked\n');
    const pipe: string[] = [];
    await all(withProgress(three(), { isTTY: false, write: (s: string) => pipe.push(s) }, (n) => `${n}`));
    expect(pipe).toEqual([]);
  });
});
