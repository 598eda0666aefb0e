/**
 * Splits catalog prose into plain text and `inline code` spans, so templates render code
 * in <code> without ever treating catalog text as HTML.
 */
export type InlinePart = { kind: 'text' | 'code'; value: string };

export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push({ kind: 'code', value: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/** The prose without its backticks, for meta descriptions and plain-text copies. */
export function plainText(text: string): string {
  return inlineParts(text)
    .map((part) => part.value)
    .join('');
}
