// Loads a demo scenario from examples/data/scenarios/*.json: a message (its HTML and text bodies
// in files beside it), the recipients (a JSON array file) and the sending history, plus the
// fixed evaluation date that makes the run reproducible. Node-only: it reads files.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageInput, SendingHistoryInput } from 'mailpolicy';

export const scenariosDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data/scenarios');

export interface Scenario {
  /** File name without .json, e.g. '01-advent-newsletter'. */
  readonly id: string;
  readonly title: { readonly de: string; readonly en: string };
  readonly now: string;
  readonly account: { readonly senderDomains: readonly string[] };
  readonly message: MessageInput;
  /** Raw records, as a CSV or database export would give them: not validated here. */
  readonly recipients: readonly unknown[];
  readonly history?: SendingHistoryInput;
}

interface ScenarioFile {
  title: Scenario['title'];
  now: string;
  account?: Scenario['account'];
  message: MessageInput & { htmlFile?: string; textFile?: string };
  recipientsFile?: string;
  recipients?: unknown[];
  history?: SendingHistoryInput;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export const loadScenario = (file: string): Scenario => {
  const path = resolve(scenariosDir, file.endsWith('.json') ? file : `${file}.json`);
  const dir = dirname(path);
  const raw = readJson<ScenarioFile>(path);
  const { htmlFile, textFile, ...message } = raw.message;
  if (htmlFile) message.html = readFileSync(join(dir, htmlFile), 'utf8');
  if (textFile) message.text = readFileSync(join(dir, textFile), 'utf8');
  const recipients = raw.recipientsFile ? readJson<unknown[]>(join(dir, raw.recipientsFile)) : (raw.recipients ?? []);
  return {
    id: basename(path, '.json'),
    title: raw.title,
    now: raw.now,
    account: raw.account ?? { senderDomains: [] },
    message,
    recipients,
    ...(raw.history ? { history: raw.history } : {}),
  };
};

/** Every scenario file, in name order (the numbers in the names give the order). */
export const listScenarios = (): string[] =>
  readdirSync(scenariosDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.replace(/\.json$/, ''));
