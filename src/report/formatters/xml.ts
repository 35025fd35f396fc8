// Characters XML 1.0 cannot carry at all, dropped; the five specials, escaped.
const invalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const specials: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const xmlEscape = (s: string): string => s.replace(invalid, '').replace(/[&<>"']/g, (c) => specials[c] ?? c);
