// The HTML facts straight from the parse5 tokenizer, without building the parse5 tree.
//
// The tree builder of the HTML standard repairs broken markup: it closes elements implicitly,
// moves stray table content out of the table (foster parenting), re-opens formatting elements
// (<b>, <a>) that were closed too early, and so on. A newsletter is mostly well nested, and
// for well-nested markup the tree is just the tags in order. This module keeps a light stack
// of open elements, models the few repairs that mail markup needs all the time (implied
// <html>, <head>, <body> and <tbody>, a <p> closed by the next block, cells and rows closed by
// the end of their table, whitespace placement around <head> and <body>) exactly as the
// standard does, and gives up (returns null) on anything else, so the caller parses the full
// tree instead. The facts come out the same either way; test/facts/html-stream.test.ts holds
// both paths to that on the corpus and on generated tag soup.
import { html as HTML, Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';
import { isBlock } from './block-elements.js';
import {
  HtmlCollector, isHidden, isLinkElement, isSkippedTag, type ElementLike, type HtmlFacts,
} from './html-collector.js';
import { isJsSpace } from '../text/word-matcher.js';

/** Thrown inside the tokenizer callbacks to stop at the first markup the stream does not model. */
class Unmodelled extends Error {}
const unmodelled = (): never => {
  throw new Unmodelled();
};

/** Where an element puts the parser (the standard's insertion modes, as far as they matter here). */
type Context = 'body' | 'table' | 'tbody' | 'tr' | 'cell' | 'caption' | 'colgroup' | 'text' | 'head' | 'html';

/** What the stream needs to know about a tag name, looked up once per name and document. */
interface Traits {
  readonly void: boolean;
  /** The tokenizer state for the element's content, when it is read as text. */
  readonly textState: (typeof TokenizerMode)[keyof typeof TokenizerMode] | undefined;
  readonly buttonScope: boolean;
  readonly stopsListItemLoop: boolean;
  readonly closesP: boolean;
  readonly heading: boolean;
  readonly unmodelledInBody: boolean;
  readonly block: boolean;
  readonly link: boolean;
  readonly skipped: boolean;
  /** Which open-element count the element is part of (<a>, <nobr>, <button>, <form>). */
  readonly counted: Counted;
  /** <pre>, <listing>, <textarea>: a newline right after the start tag is dropped. */
  readonly skipsNewLine: boolean;
  readonly p: boolean;
  readonly li: boolean;
  readonly ddOrDt: boolean;
}

const enum Counted { None, A, Nobr, Button, Form }

const countedOf = (name: string): Counted =>
  name === 'a' ? Counted.A : name === 'nobr' ? Counted.Nobr : name === 'button' ? Counted.Button : name === 'form' ? Counted.Form : Counted.None;

const traitsOf = (name: string): Traits => ({
  void: VOID.has(name),
  textState: TEXT_STATE.get(name),
  buttonScope: BUTTON_SCOPE.has(name),
  stopsListItemLoop: stopsListItemLoop(name),
  closesP: CLOSES_P.has(name),
  heading: HEADINGS.has(name),
  unmodelledInBody: UNMODELLED_IN_BODY.has(name),
  block: isBlock(name),
  link: isLinkElement(name),
  skipped: isSkippedTag(name),
  counted: countedOf(name),
  skipsNewLine: name === 'pre' || name === 'listing' || name === 'textarea',
  p: name === 'p',
  li: name === 'li',
  ddOrDt: name === 'dd' || name === 'dt',
});

interface Entry {
  readonly el: ElementLike;
  readonly name: string;
  readonly traits: Traits;
  readonly context: Context;
  /** Entered into the collector: neither it nor an ancestor is skipped. */
  readonly rendered: boolean;
  /** A <p> is open in button scope (its closing by a block start is modelled only when it is the current node). */
  readonly pInButtonScope: boolean;
  /** An open <li> that a new <li> would close (the standard's list-item loop reaches it). */
  readonly liReachable: boolean;
  /** The same for <dd> and <dt>. */
  readonly ddReachable: boolean;
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Start tags in body whose handling (attribute merging, foreign content, select, ruby, templates …) is left to the tree. */
const UNMODELLED_IN_BODY = new Set([
  'html', 'body', 'head', 'frameset', 'frame', 'svg', 'math', 'template', 'select', 'rb', 'rtc', 'rp', 'rt', 'image', 'plaintext',
  'caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
]);
/** Start tags in body that close a <p> in button scope first. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'li', 'dd', 'dt', 'xmp', 'hr', 'table',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that end the button scope when looking for an open <p>. */
const BUTTON_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button']);
/** Elements "generate implied end tags" pops. */
const IMPLIED_END = new Set(['dd', 'dt', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc']);
/** Block end tags: implied end tags are popped first, then the element must be the current node. */
const BLOCK_END = new Set([
  'address', 'article', 'aside', 'blockquote', 'button', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'listing', 'main', 'menu', 'nav', 'ol', 'pre', 'search', 'section',
  'summary', 'ul', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const HEAD_VOID = new Set(['base', 'basefont', 'bgsound', 'link', 'meta']);
/** Elements whose content the tokenizer reads as text, and the state it reads it in. */
const TEXT_STATE: ReadonlyMap<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = new Map([
  ['title', TokenizerMode.RCDATA],
  ['textarea', TokenizerMode.RCDATA],
  ['style', TokenizerMode.RAWTEXT],
  ['xmp', TokenizerMode.RAWTEXT],
  ['iframe', TokenizerMode.RAWTEXT],
  ['noembed', TokenizerMode.RAWTEXT],
  ['noframes', TokenizerMode.RAWTEXT],
  ['noscript', TokenizerMode.RAWTEXT], // parse5 parses with scripting enabled
  ['script', TokenizerMode.SCRIPT_DATA],
]);
/** The standard's "special" HTML elements, by name, except address, div and p: they stop the list-item loop. */
const STOPS_LIST_ITEM_LOOP: ReadonlySet<string> = new Set(
  Object.values(HTML.TAG_NAMES).filter(
    (name) => name !== 'address' && name !== 'div' && name !== 'p' && HTML.SPECIAL_ELEMENTS[HTML.NS.HTML].has(HTML.getTagID(name)),
  ),
);
const stopsListItemLoop = (name: string): boolean => STOPS_LIST_ITEM_LOOP.has(name);

const implied = (tagName: string): ElementLike => ({ tagName, attrs: [] });

const isWhitespace = (chars: string): boolean => {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0c && c !== 0x0d) return false;
  }
  return true;
};

type Mode = 'initial' | 'beforeHtml' | 'beforeHead' | 'inHead' | 'afterHead' | 'body';

class Stream implements TokenHandler {
  /**
   * No parse errors wanted, said as parse5's own parser says it: with `null`, not a missing
   * handler, the tokenizer's preprocessor skips its per-character range check, which exists
   * only to report control and non-characters.
   */
  readonly onParseError = null;
  readonly out = new HtmlCollector();
  private readonly stack: Entry[] = [];
  private mode: Mode = 'initial';
  /** After </body> or </html>: comments would go to <html> or the document, which the stream does not model. */
  private afterBody = false;
  private skipNextNewLine = false;
  /**
   * Text of the current text node, not yet handed to the collector (adjacent character tokens
   * form one node), with each run of whitespace (JavaScript's \s: whitespace tokens, and
   * &nbsp;, &#13; … in character tokens) already written as one space, as the collector's
   * collapseSpaces would make it: no second pass over the text.
   */
  private pending = '';
  /** The pending text has a character other than HTML whitespace. */
  private pendingText = false;
  /** The pending text ends with the space that stands for a run of whitespace. */
  private pendingSpace = false;
  private openAnchors = 0;
  private openNobr = 0;
  private openButtons = 0;
  /** The standard's form element pointer: set by <form>, cleared only by </form>. */
  private formPointer = false;
  /** Traits of the standard's tag names by the tokenizer's tag id (no string hashing), of other names by name. */
  private readonly traitsById: (Traits | undefined)[] = [];
  private readonly traitsByName = new Map<string, Traits>();

  private traits(el: ElementLike): Traits {
    const id = (el as { readonly tagID?: number }).tagID;
    if (id !== undefined && id !== HTML.TAG_ID.UNKNOWN) {
      let t = this.traitsById[id];
      if (t === undefined) {
        t = traitsOf(el.tagName);
        this.traitsById[id] = t;
      }
      return t;
    }
    let t = this.traitsByName.get(el.tagName);
    if (t === undefined) {
      t = traitsOf(el.tagName);
      this.traitsByName.set(el.tagName, t);
    }
    return t;
  }
  readonly tokenizer = new Tokenizer({}, this);

  private get top(): Entry {
    return this.stack[this.stack.length - 1]!;
  }

  private flush(): void {
    if (this.pending === '') return;
    if (this.stack.length > 0 && this.top.rendered) {
      // Collapsed as it came in: each run of whitespace is one space already.
      if (this.pendingText) this.out.collapsedText(this.pending);
      else this.out.space(); // whitespace between tags collapses to one space
    }
    this.pending = '';
    this.pendingText = false;
    this.pendingSpace = false;
  }

  private push(el: ElementLike, context?: Context): Entry {
    this.flush();
    const name = el.tagName;
    const t = this.traits(el);
    const parent = this.stack[this.stack.length - 1];
    const rendered = (parent === undefined || parent.rendered) && !t.skipped && !isHidden(el);
    const entry: Entry = {
      el,
      name,
      traits: t,
      context: t.textState !== undefined ? 'text' : (context ?? parent?.context ?? 'body'),
      rendered,
      pInButtonScope: t.p || (!t.buttonScope && parent !== undefined && parent.pInButtonScope),
      liReachable: t.li || (!t.stopsListItemLoop && parent !== undefined && parent.liReachable),
      ddReachable: t.ddOrDt || (!t.stopsListItemLoop && parent !== undefined && parent.ddReachable),
    };
    if (rendered) this.out.enterTag(el, t.block, t.link);
    if (t.void) {
      if (rendered) this.out.exitTag(el, t.block);
      return entry;
    }
    this.stack.push(entry);
    switch (t.counted) {
      case Counted.A:
        this.openAnchors++;
        break;
      case Counted.Nobr:
        this.openNobr++;
        break;
      case Counted.Button:
        this.openButtons++;
        break;
      case Counted.Form:
        this.formPointer = true;
        break;
      default:
    }
    if (t.textState !== undefined) this.tokenizer.state = t.textState;
    if (t.skipsNewLine) this.skipNextNewLine = true;
    return entry;
  }

  private pop(): void {
    this.flush();
    const entry = this.stack.pop()!;
    const counted = entry.traits.counted;
    if (counted === Counted.A) this.openAnchors--;
    else if (counted === Counted.Nobr) this.openNobr--;
    else if (counted === Counted.Button) this.openButtons--;
    if (entry.rendered) this.out.exitTag(entry.el, entry.traits.block);
  }

  private ensureHtml(): void {
    if (this.mode === 'initial' || this.mode === 'beforeHtml') {
      this.push(implied('html'), 'html');
      this.mode = 'beforeHead';
    }
  }

  /** Everything up to an open <body>: implied <html>, <head> and <body> as the standard inserts them. */
  private ensureBody(): void {
    this.ensureHtml();
    if (this.mode === 'beforeHead') {
      this.push(implied('head'), 'head');
      this.mode = 'inHead';
    }
    if (this.mode === 'inHead') {
      if (this.top.name !== 'head') unmodelled();
      this.pop();
      this.mode = 'afterHead';
    }
    if (this.mode === 'afterHead') {
      this.push(implied('body'), 'body');
      this.mode = 'body';
    }
  }

  onDoctype(): void {
    this.skipNextNewLine = false;
    if (this.mode === 'initial') this.mode = 'beforeHtml';
    // Elsewhere a doctype is ignored.
  }

  onComment(): void {
    this.skipNextNewLine = false;
    if (this.afterBody) unmodelled();
    // Before <html> a comment goes to the document; anywhere else into the current node, ending its text node.
    if (this.mode !== 'initial' && this.mode !== 'beforeHtml') this.flush();
  }

  onNullCharacter(): void {
    unmodelled();
  }

  onEof(): void {
    this.flush();
    while (this.stack.length > 0 && this.top.context === 'text') this.pop();
    this.ensureBody();
    while (this.stack.length > 0) this.pop();
  }

  onWhitespaceCharacter(token: Token.CharacterToken): void {
    let chars = token.chars;
    if (this.skipNextNewLine) {
      this.skipNextNewLine = false;
      if (chars.charCodeAt(0) === 0x0a) {
        if (chars.length === 1) return;
        chars = chars.slice(1);
      }
    }
    // Ignored before <head>; in <head> and after it, inserted there; in tables, into the table.
    if (this.mode === 'initial' || this.mode === 'beforeHtml' || this.mode === 'beforeHead') return;
    if (this.pendingSpace) return;
    this.pending += ' ';
    this.pendingSpace = true;
  }

  onCharacter(token: Token.CharacterToken): void {
    this.skipNextNewLine = false;
    if (this.stack.length > 0 && this.top.context === 'text') {
      this.addText(token.chars);
      return;
    }
    if (this.mode !== 'body') this.ensureBody();
    const context = this.top.context;
    // Text in a table outside a cell is moved before the table (foster parenting).
    if (context === 'table' || context === 'tbody' || context === 'tr' || context === 'colgroup') unmodelled();
    this.afterBody = false;
    this.addText(token.chars);
  }

  private addText(chars: string): void {
    this.pendingText = true;
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      // Printable ASCII (most text) is never a space; the rest is checked in full.
      if ((c <= 0x20 || c >= 0x7f) && isJsSpace(c)) {
        this.addSpacedText(chars, i);
        return;
      }
    }
    this.pending += chars;
    this.pendingSpace = false;
  }

  /**
   * addText of characters that hold a \s the tokenizer does not count as whitespace (&nbsp;,
   * &#13; …), the first at `first`: each run of \s, together with a space pending before it,
   * becomes one space, as the collector's collapse would make it.
   */
  private addSpacedText(chars: string, first: number): void {
    let out = '';
    let space = this.pendingSpace; // the text so far ends with such a space
    let from = 0; // the first character not copied yet
    for (let i = first; i < chars.length; i++) {
      if (!isJsSpace(chars.charCodeAt(i))) continue;
      if (i > from) {
        out += chars.slice(from, i);
        space = false;
      }
      if (!space) out += ' ';
      space = true;
      from = i + 1;
    }
    if (from < chars.length) {
      out += chars.slice(from);
      space = false;
    }
    this.pending += out;
    this.pendingSpace = space;
  }

  onStartTag(token: Token.TagToken): void {
    this.skipNextNewLine = false;
    const name = token.tagName;
    if (this.mode !== 'body') {
      if (this.beforeBody(token)) return;
      this.ensureBody();
    }
    this.afterBody = false;
    switch (this.top.context) {
      case 'table':
        if (name === 'caption') this.push(token, 'caption');
        else if (name === 'colgroup') this.push(token, 'colgroup');
        else if (TABLE_SECTIONS.has(name)) this.push(token, 'tbody');
        else if (name === 'tr') {
          this.push(implied('tbody'), 'tbody');
          this.push(token, 'tr');
        } else if (name === 'style' || name === 'script') this.push(token);
        else unmodelled();
        return;
      case 'tbody':
        if (name === 'tr') this.push(token, 'tr');
        else if (name === 'style' || name === 'script') this.push(token);
        else unmodelled();
        return;
      case 'tr':
        if (name === 'td' || name === 'th') this.push(token, 'cell');
        else if (name === 'style' || name === 'script') this.push(token);
        else unmodelled();
        return;
      case 'colgroup':
        if (name === 'col') this.push(token);
        else unmodelled();
        return;
      case 'text':
        unmodelled();
        return;
      default:
        this.startTagInBody(token);
    }
  }

  /** A start tag before <body>; true when handled, false when it opens the body (implied). */
  private beforeBody(token: Token.TagToken): boolean {
    const name = token.tagName;
    switch (this.mode) {
      case 'initial':
      case 'beforeHtml':
        this.mode = 'beforeHead';
        if (name === 'html') {
          this.push(token, 'html');
          return true;
        }
        this.push(implied('html'), 'html');
        return this.beforeBody(token);
      case 'beforeHead':
        if (name === 'html') unmodelled();
        this.mode = 'inHead';
        this.push(name === 'head' ? token : implied('head'), 'head');
        return name === 'head' || this.beforeBody(token);
      case 'inHead':
        if (name === 'html' || name === 'head' || name === 'template') unmodelled();
        if (HEAD_VOID.has(name) || name === 'title' || name === 'noscript' || name === 'noframes' || name === 'style' || name === 'script') {
          this.push(token);
          return true;
        }
        this.pop(); // the head ends
        this.mode = 'afterHead';
        return this.beforeBody(token);
      case 'afterHead':
        if (name === 'html' || name === 'head' || name === 'frameset' || name === 'template') unmodelled();
        if (name === 'body') {
          this.push(token, 'body');
          this.mode = 'body';
          return true;
        }
        // Head elements after </head> go back into the head, whose text the stream does not track.
        if (HEAD_VOID.has(name)) return true;
        if (name === 'title' || name === 'noframes' || name === 'style' || name === 'script') unmodelled();
        return false;
      default:
        return false;
    }
  }

  private startTagInBody(token: Token.TagToken): void {
    const name = token.tagName;
    const t = this.traits(token);
    if (t.unmodelledInBody) unmodelled();
    if (name === 'a' && this.openAnchors > 0) unmodelled(); // the adoption agency closes the open <a>
    if (name === 'nobr' && this.openNobr > 0) unmodelled();
    if (name === 'button' && this.openButtons > 0) unmodelled();
    if (name === 'form' && this.formPointer) unmodelled(); // ignored by the standard
    if ((name === 'option' || name === 'optgroup') && this.top.name === 'option') unmodelled();
    // A new list item closes the open one; modelled when that one is the current node.
    if (name === 'li' && this.top.liReachable) {
      if (this.top.name !== 'li') unmodelled();
      this.pop();
    }
    if ((name === 'dd' || name === 'dt') && this.top.ddReachable) {
      if (this.top.name !== 'dd' && this.top.name !== 'dt') unmodelled();
      this.pop();
    }
    if (t.closesP && this.top.pInButtonScope) {
      // "Close a p element": modelled when the <p> is the current node (and never for <table>,
      // which leaves the <p> open in quirks mode).
      if (this.top.name !== 'p' || name === 'table') unmodelled();
      this.pop();
    }
    if (t.heading && this.top.traits.heading) unmodelled();
    this.push(token, name === 'table' ? 'table' : undefined);
  }

  onEndTag(token: Token.TagToken): void {
    this.skipNextNewLine = false;
    const name = token.tagName;
    if (this.stack.length > 0 && this.top.context === 'text') {
      if (this.top.name !== name) unmodelled();
      this.pop();
      return;
    }
    if (this.mode !== 'body') {
      if (this.endTagBeforeBody(name)) return;
      this.ensureBody();
    }
    if (name === 'body' || name === 'html') {
      // In body: the after-body mode (same stack); in tables and cells: ignored.
      if (this.top.context === 'body') this.afterBody = true;
      return;
    }
    if (name === 'br' || name === 'template') unmodelled();
    if (this.top.name === name) {
      if (name === 'form') this.formPointer = false;
      this.pop();
      return;
    }
    if (name === 'td' || name === 'th' || name === 'tr' || name === 'table' || TABLE_SECTIONS.has(name)) {
      this.closeTablePart(name);
      return;
    }
    if (BLOCK_END.has(name)) {
      // "Generate implied end tags" (except for the element itself), then it must be the current node.
      while (IMPLIED_END.has(this.top.name) && this.top.name !== name) this.pop();
      if (this.top.name !== name) unmodelled();
      this.pop();
      return;
    }
    unmodelled();
  }

  /** An end tag before <body>: true when handled there. */
  private endTagBeforeBody(name: string): boolean {
    const opensBody = name === 'body' || name === 'html' || name === 'br';
    switch (this.mode) {
      case 'inHead':
        if (name === 'head') {
          this.pop();
          this.mode = 'afterHead';
          return true;
        }
        if (!opensBody) unmodelled(); // ignored by the standard
        return false;
      default:
        if (!opensBody) unmodelled();
        return false;
    }
  }

  /**
   * </td>, </tr>, </tbody>, </table> … that also close the open cell, row or section inside
   * them, as the standard's "close the cell" and "clear the stack back to a table context" do.
   * A cell's own content goes with it (its formatting elements end at the cell's marker).
   */
  private closeTablePart(name: string): void {
    if (this.top.context === 'cell') {
      // Find the innermost cell; the target must be in table scope from here.
      let i = this.stack.length - 1;
      while (i >= 0 && this.stack[i]!.name !== 'td' && this.stack[i]!.name !== 'th') {
        const n = this.stack[i]!.name;
        if (n === 'table' || n === 'html' || n === 'template' || n === 'caption') unmodelled();
        i--;
      }
      if (i < 0) unmodelled();
      const cell = this.stack[i]!.name;
      if (name === 'td' || name === 'th') {
        if (cell !== name) unmodelled();
        while (this.stack.length > i) this.pop();
        return;
      }
      if (!this.inTableScope(name, i)) unmodelled();
      while (this.stack.length > i) this.pop();
      if ((this.top as Entry).context !== 'tr') unmodelled();
    }
    if (name === 'td' || name === 'th') unmodelled();
    if (this.top.name === name) return this.pop();
    if (this.top.context === 'tr' && name !== 'tr') {
      if (!this.inTableScope(name, this.stack.length - 1)) unmodelled();
      this.pop(); // close the row
    }
    if (this.top.name === name) return this.pop();
    if (this.top.context === 'tbody' && name === 'table') {
      this.pop(); // close the section
      if (this.top.name === 'table') return this.pop();
    }
    unmodelled();
  }

  /** The standard's "has an element in table scope", looking down from stack index `from`. */
  private inTableScope(name: string, from: number): boolean {
    for (let i = from; i >= 0; i--) {
      const n = this.stack[i]!.name;
      if (n === name) return true;
      if (n === 'table' || n === 'html' || n === 'template') return false;
    }
    return false;
  }
}

/** HtmlFacts from one tokenizer pass, or null when the markup needs the tree builder's repairs. */
export const streamHtml = (html: string): HtmlFacts | null => {
  const stream = new Stream();
  try {
    stream.tokenizer.write(html, true);
  } catch (e) {
    if (e instanceof Unmodelled) return null;
    throw e;
  }
  return stream.out.finish();
};

export { isHidden };
