import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../../../src/facts/message/html/analyze-html.js';

describe('analyzeHtml: anchors', () => {
  it('collects href, visible text of nested elements, image alt, title and aria-label', () => {
    const { anchors } = analyzeHtml(
      '<p><a href="https://x.example/u" title="Abmelden" aria-label="Newsletter abbestellen"><span>Hier <b>klicken</b></span><img src="i.png" alt="Pfeil"></a></p>',
    );
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ href: 'https://x.example/u', text: 'Hier klicken Pfeil', title: 'Abmelden', ariaLabel: 'Newsletter abbestellen' });
  });

  it('gives each anchor the words of its own sentence before and after it, stopping at other links and blocks', () => {
    const { anchors } = analyzeHtml(
      '<p>You can leave any time. To stop these mails, <a href="/u">click here</a> now. More text.</p><p>Next block <a href="/p">privacy</a></p>',
    );
    expect(anchors[0]).toMatchObject({ before: 'To stop these mails,', after: 'now.' });
    expect(anchors[1]).toMatchObject({ before: 'Next block', after: '' });
    const two = analyzeHtml('<p><a href="/s">Settings</a> or <a href="/u">unsubscribe</a>.</p>').anchors;
    expect(two[0]!.after).toBe('or');
    expect(two[1]!.before).toBe('or');
  });
});

describe('analyzeHtml: visible text', () => {
  it('skips script, style, head, template, hidden and display:none (also !important), visibility:hidden, mso-hide:all', () => {
    const { text } = analyzeHtml(`<html><head><title>T</title><style>p{}</style></head><body>
      <p>shown</p><script>var x = "script";</script><template><p>tpl</p></template>
      <div hidden>attr</div><div style="display: none !important">dn</div><span style="DISPLAY:NONE">dn2</span>
      <span style="visibility: hidden">vh</span><div style="mso-hide:all">mso</div><p>end</p></body></html>`);
    expect(text).toBe('shown\nend');
  });

  it('puts block elements on their own lines and keeps inline runs together', () => {
    expect(analyzeHtml('<div>Shop <b>GmbH</b><br>Hauptstr. 5</div><table><tr><td>12345</td><td>Berlin</td></tr></table>').text).toBe(
      'Shop GmbH\nHauptstr. 5\n12345\nBerlin',
    );
  });

  it('collects image alt texts', () => {
    expect(analyzeHtml('<img alt="Logo"><img src="x"><img alt=" Sale ">').imageAlts).toEqual(['Logo', 'Sale']);
  });

  it('survives 100,000 levels of nesting without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(100_000)}bottom<a href="/u">unsubscribe</a>${'</div>'.repeat(100_000)}`;
    const facts = analyzeHtml(deep);
    expect(facts.text).toBe('bottomunsubscribe');
    expect(facts.anchors[0]!.href).toBe('/u');
  });

  it('turns a PHP expression block into a placeholder instead of leaking code as text', () => {
    const { text } = analyzeHtml('<p>Hallo <?php echo $this->name; ?>, willkommen</p>');
    expect(text).toBe('Hallo {{ echo $this- name; }}, willkommen');
  });

  it('leaves PHP blocks that print markup to the HTML parser', () => {
    const { anchors } = analyzeHtml(`<?php print '<a href="/abmelden">Newsletter abmelden</a>'; ?>`);
    expect(anchors.map((a) => a.text)).toContain('Newsletter abmelden');
  });
});
