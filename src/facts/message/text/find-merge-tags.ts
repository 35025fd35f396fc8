// Placeholders that mail tools and template engines replace at send time:
//   *|UNSUB|*  {{ UnsubscribeURL }}  {{{unsubscribe}}}  {$unsubscribe}  {unsubscribe_url}
//   %unsubscribe_url%  [unsubscribe]  [[UNSUB_LINK]]  <%asm_group_unsubscribe_raw_url%>  +++ABMELDELINK+++  ##unsub##
//   {% unsubscribe %} (Klaviyo, Jinja)  {!! $unsubscribe !!} (Blade)  ${unsubscribeUrl} (FreeMarker)  %%unsub_center_url%% (Salesforce)
// Each pattern is a fixed opener, a bounded run of a negated class, and a fixed closer:
// no nested quantifier, so matching stays linear (at most 120 steps per start position).

export interface MergeTag {
  /** The tag as written. */
  readonly raw: string;
  /** What is inside the delimiters, trimmed. */
  readonly content: string;
  /** `name`: a bare name (*|UNSUB|*, %unsubscribe%); `expression`: template code ({{ … }}, <% … %>). */
  readonly kind: 'name' | 'expression';
  readonly start: number;
  readonly end: number;
}

/** Each pattern with the literal every match of it starts with: a text without it is not scanned. */
const PATTERNS: readonly { re: RegExp; kind: MergeTag['kind']; opener: string }[] = [
  { re: /\*\|([^|*\n]{1,60})\|\*/g, kind: 'name', opener: '*|' },
  { re: /\{\{\{?([^{}\n]{1,240})\}?\}\}/g, kind: 'expression', opener: '{{' },
  { re: /\{%-?([^%\n]{1,120})-?%\}/g, kind: 'expression', opener: '{%' },
  { re: /\{!!([^!\n]{1,120})!!\}/g, kind: 'expression', opener: '{!!' },
  { re: /<%=?([^%\n]{1,120})%>/g, kind: 'expression', opener: '<%' },
  { re: /%%=?([^%\n]{1,120})=?%%/g, kind: 'expression', opener: '%%' },
  { re: /\$\{([^{}\n]{1,120})\}/g, kind: 'expression', opener: '${' },
  { re: /\{\$([^{}\n]{1,120})\}/g, kind: 'expression', opener: '{$' },
  // Smarty config lookup (Shopware 5's {config name=address})
  { re: /\{(config[ \t][^{}\n]{1,120})\}/g, kind: 'expression', opener: '{config' },
  { re: /(?<![{$])\{([A-Za-z_][\w.:-]{0,60})\}(?!\})/g, kind: 'name', opener: '{' },
  { re: /(?<![<\w%])%([A-Za-z_][\w.:-]{0,60})%(?![>%])/g, kind: 'name', opener: '%' },
  // [unsubscribe], [[UNSUB_LINK]], [Product Name]: words after the first start upper-case (a placeholder,
  // not prose: "[Vom Newsletter abmelden]"), and no "(" or "[" follows (Markdown link text).
  { re: /\[\[?([A-Za-z_][\w.:-]{0,60}(?: [A-Z_\d][\w.:-]{0,60}){0,6})\]?\](?![([])/g, kind: 'name', opener: '[' },
  { re: /\+\+\+([A-Za-z_][\w.:-]{0,60})\+\+\+/g, kind: 'name', opener: '+++' },
  { re: /##([A-Za-z_][\w.:-]{0,60})##/g, kind: 'name', opener: '##' },
];

/** Every merge tag in `text`, in order of position. */
export const findMergeTags = (text: string): MergeTag[] => {
  const tags: MergeTag[] = [];
  for (const { re, kind, opener } of PATTERNS) {
    if (!text.includes(opener)) continue;
    // exec on the shared pattern (matchAll would copy it on every call); no pattern matches empty.
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      tags.push({ raw: m[0], content: m[1]!.trim(), kind, start: m.index, end: m.index + m[0].length });
    }
  }
  return tags.sort((a, b) => a.start - b.start);
};

const CONTROL = /^(?:[#^/!>]|(?:if|else|elseif|elif|end\w*|for|foreach|each|with|unless|block|range|define|template|include|extends|import|from|macro|set|assign|capture|raw|comment|trans)\b)/i;

/** Template control statements ({{#if x}}, {{/each}}, {{ end }}) print nothing. */
export const isControl = (tag: MergeTag): boolean => tag.kind === 'expression' && CONTROL.test(tag.content);

/**
 * The parts of a tag that name things: the tag itself for a bare name; for code, its identifiers,
 * paths and one-word strings. Quoted prose (a string with spaces, e.g. a translated sentence)
 * is dropped: "you can unsubscribe any time" inside {{ '…'|trans }} is wording, not a link.
 */
export const tagNames = (tag: MergeTag): string =>
  tag.kind === 'name' ? tag.content : tag.content.replace(/(["'`])([^"'`\n]{0,200})\1/g, (q, _d, inner: string) => (/\s/.test(inner) ? ' ' : q));
