// Message templates per locale (issue 22 item 11): numbers in the locale's format, plural forms
// and value labels, so German messages read "0,5 %", "1 Beschwerde", "kein Opt-In".
import { describe, expect, it } from 'vitest';
import { compileTemplate, fillTemplate, placeholders } from '../../../src/engine/evaluate/template.js';

describe('template numbers', () => {
  it('use the locale: decimal comma and grouping in German, point in English', () => {
    expect(fillTemplate('{p} % von {n}', { p: 0.5, n: 47200 }, 'de')).toBe('0,5 % von 47.200');
    expect(fillTemplate('{p} % of {n}', { p: 0.5, n: 47200 }, 'en')).toBe('0.5 % of 47,200');
    expect(fillTemplate('{r}-Fache', { r: 111.111111 }, 'de')).toBe('111,1111-Fache');
  });
  it('{key, number, ::.#}: at most as many decimals as the skeleton has #, in the locale\'s format', () => {
    expect(fillTemplate('das {r, number, ::.#}-Fache', { r: 83.333333 }, 'de')).toBe('das 83,3-Fache');
    expect(fillTemplate('{r, number, ::.#} times', { r: 83.333333 }, 'en')).toBe('83.3 times');
    expect(fillTemplate('{r, number, ::.##}', { r: 4000 }, 'de')).toBe('4.000');
    expect(fillTemplate('{r, number, ::.}', { r: 2.6 }, 'de')).toBe('3');
    expect(fillTemplate('{r, number, ::.#}', { r: 2.25 })).toBe('2.3');
    expect(fillTemplate('{r, number, ::.#}', { r: null }, 'de')).toBe('–');
    expect(fillTemplate('{r, number, percent}', { r: 2 }, 'de')).toBe('{r, number, percent}');
    expect(placeholders('x {r, number, ::.#} y')).toEqual(['r']);
  });
  it('keep old templates as they were without a locale', () => {
    expect(fillTemplate('{p} und {x} und {missing}', { p: 0.12345, x: 'a' })).toBe('0.1235 und a und {missing}');
  });
});

describe('plural', () => {
  const t = '{n, plural, one {# Beschwerde} other {# Beschwerden}}';
  it('picks the form by the number, # is the formatted number', () => {
    expect(fillTemplate(t, { n: 1 }, 'de')).toBe('1 Beschwerde');
    expect(fillTemplate(t, { n: 0 }, 'de')).toBe('0 Beschwerden');
    expect(fillTemplate(t, { n: 1200 }, 'de')).toBe('1.200 Beschwerden');
    expect(fillTemplate('{n, plural, one {# Empfänger wird} other {# Empfänger werden}} ausgeschlossen', { n: 1 }, 'de')).toBe('1 Empfänger wird ausgeschlossen');
    expect(fillTemplate('{n, plural, =0 {keine} one {eine} other {#}}', { n: 0 }, 'de')).toBe('keine');
  });
});

describe('select', () => {
  const status = '{s, select, none {kein Opt-In} pending {Bestätigung ausstehend} other {#}}';
  it('labels values, each element of a list, and a missing value', () => {
    expect(fillTemplate(status, { s: 'none' }, 'de')).toBe('kein Opt-In');
    expect(fillTemplate(status, { s: 'odd' }, 'de')).toBe('odd');
    expect(fillTemplate('{l, select, null {nichts} a {Alpha} other {#}}', { l: ['a', 'b'] }, 'de')).toBe('Alpha, b');
    expect(fillTemplate('{l, select, null {nichts} a {Alpha} other {#}}', { l: [] }, 'de')).toBe('nichts');
    expect(fillTemplate('begonnen{d, select, null {} other { am #}}.', { d: null }, 'de')).toBe('begonnen.');
    expect(fillTemplate('begonnen{d, select, null {} other { am #}}.', { d: '2026-11-25' }, 'de')).toBe('begonnen am 2026-11-25.');
  });
  it('nests placeholders and choices inside forms, and lists every key they read', () => {
    const t = '{b, select, same {an {k, plural, one {# Tag} other {# Tagen}}} other {{x}}}';
    expect(fillTemplate(t, { b: 'same', k: 3, x: 'y' }, 'de')).toBe('an 3 Tagen');
    expect(fillTemplate(t, { b: 'other', k: 3, x: 'y' }, 'de')).toBe('y');
    expect(placeholders(t)).toEqual(['b', 'k', 'x']);
  });
  it('never parses evidence: braces and # in a value are printed as they are', () => {
    expect(compileTemplate('{s, select, other {#}} {v}', 'de')({ s: '{x, plural, one {#}}', v: '#{y}' })).toBe('{x, plural, one {#}} #{y}');
  });
});
