// Issue 16, pattern "component-library links in JSX/TSX mail templates": React Email's <Link>
// and <Button> render as <a>; read case-insensitively they would be the void <link> of the head.
import { describe, expect, it } from 'vitest';
import { componentLinksAsAnchors } from '../../../../src/facts/message/component-links.js';
import { html } from '../../helpers.js';

describe('React Email <Link> and <Button> are links', () => {
  it('finds an unsubscribe <Link> with a merge tag href and a JSX text expression', () => {
    const facts = html(
      '<Text>To change your email preferences or unsubscribe please follow this link:</Text>\n' +
        '<Link href="{{amazonSESUnsubscribeUrl}}" style={footerLink}>\n  {\'Unsubscribe & Email Preferences\'}\n</Link>',
    );
    expect(facts.unsubscribe.inBody).toBe(true);
    expect(facts.unsubscribe.links).toEqual(['{{amazonSESUnsubscribeUrl}}']);
  });

  it('finds a <Button> whose href names the opt-out', () => {
    expect(html('<Button href={unsubscribeUrl}>Abmelden</Button>').unsubscribe.inBody).toBe(true);
  });

  it('keeps a "View online" <Link> out of the next block’s opt-out wording', () => {
    const facts = html(
      '<Section><Link href="http://x.example/schedule">View online</Link></Section>\n' +
        '<Section><Text>If you would like to be removed from this newsletter, please let us know.</Text></Section>',
    );
    expect(facts.unsubscribe.inBody).toBe(false);
  });

  it('leaves HTML’s own link and button elements, in any case but PascalCase, as they are', () => {
    const markup = '<LINK REL="stylesheet" HREF="s.css"><link rel="icon"><button>Go</button><BUTTON>Go</BUTTON><Linked>x</Linked>';
    expect(componentLinksAsAnchors(markup)).toBe(markup);
    expect(componentLinksAsAnchors('<Link href="/u">x</Link><Button\nhref="/b"/>')).toBe('<a href="/u">x</a><a\nhref="/b"/>');
  });
});
