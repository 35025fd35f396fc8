import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemas } from '../../scripts/gen-schema.js';
import { packFolders } from '../../scripts/gen-pack-index.js';

describe('JSON Schema for rule and pack files', () => {
  it.each(Object.entries(renderSchemas()))('%s is current (run npm run gen)', (path, want) => {
    expect(readFileSync(path, 'utf8')).toBe(want);
  });

  it('is what every rule file and pack.json names as its $schema', () => {
    for (const pack of packFolders()) {
      for (const file of readdirSync(`rules/${pack}`).filter((f) => f.endsWith('.json'))) {
        const json = JSON.parse(readFileSync(`rules/${pack}/${file}`, 'utf8')) as { $schema?: string };
        expect({ file, $schema: json.$schema }).toEqual({ file, $schema: file === 'pack.json' ? '../../schema/pack.schema.json' : '../../schema/rule.schema.json' });
      }
    }
  });

  it('describes the rule fields an editor completes, the condition tree and typed options', () => {
    const rule = JSON.parse(renderSchemas()['schema/rule.schema.json']!);
    expect(rule.required).toEqual(expect.arrayContaining(['id', 'clause', 'scope', 'severity', 'messages', 'conditions', 'examples']));
    expect(rule.required).not.toContain('sanction'); // a rule without one suggests none
    expect(rule.properties.sanction).toBeDefined();
    expect(rule.properties.severity.enum).toEqual(['advisory', 'undesired', 'prohibited']);
    expect(rule.$defs.Condition).toBeDefined();
    expect(rule.properties.options.additionalProperties.properties.type.enum).toContain('integer');
  });
});
