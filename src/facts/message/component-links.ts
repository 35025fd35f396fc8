// Mail templates written with a component library (React Email's @react-email/components, used
// from JSX/TSX) link with <Link href> and <Button href>, which render as <a>. An HTML parser reads
// tag names case-insensitively, so <Link> would be the void <link> element of the document head:
// its href and text lost. PascalCase is the JSX convention for components and never HTML's (old
// mail writes tags in lower or upper case: <a>, <A HREF>, <LINK REL>), so exactly `<Link` and
// `<Button` (and their end tags) are read as the anchors they render.

const COMPONENT_LINK = /<(\/?)(?:Link|Button)(?=[\s>/])/g;

export const componentLinksAsAnchors = (html: string): string =>
  html.includes('<Link') || html.includes('<Button') || html.includes('</Link') || html.includes('</Button')
    ? html.replace(COMPONENT_LINK, '<$1a')
    : html;
