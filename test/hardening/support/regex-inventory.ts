// Every regular expression in src/**/*.ts: literals and RegExp constructor calls with a
// literal pattern, found with the TypeScript parser (no regex over source code).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  readonly file: string;
  readonly line: number;
  /** The pattern source, as the RegExp sees it. */
  readonly source: string;
  readonly flags: string;
  /** A RegExp built from something other than a literal: cannot be checked statically. */
  readonly dynamic: boolean;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

export const findRegexes = (root: string): FoundRegex[] => {
  const out: FoundRegex[] = [];
  for (const path of walk(join(root, 'src'))) {
    const text = readFileSync(path, 'utf8');
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const file = relative(root, path);
    const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const lit = node.text;
        const end = lit.lastIndexOf('/');
        out.push({ file, line: line(node), source: lit.slice(1, end), flags: lit.slice(end + 1), dynamic: false });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const literal = pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern));
        out.push({
          file,
          line: line(node),
          source: literal ? (pattern as ts.StringLiteral).text : pattern ? pattern.getText(sf) : '',
          flags: flags && ts.isStringLiteral(flags) ? flags.text : '',
          dynamic: !literal,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
};
