/**
 * Turns the code numbers and names that catalog prose mentions into links: "unlike 1006",
 * "VideoSDK 4009", `SESSION_START_PIN_REQUIRED`. A mention links only where it names exactly
 * one code: a bare number or name is looked up in the SDK the prose is about, a number after
 * an SDK's or vendor's name in that SDK or vendor.
 */
import { inlineParts } from './inline';

export interface ProsePart {
  kind: 'text' | 'code';
  value: string;
  /** Set where the part names a code. */
  href?: string;
}

/** Finds the page of a mentioned code, or nothing where the mention is not one code. */
export interface CodeResolver {
  /** A number, in the prose's own SDK, or in the SDK or vendor named before it. */
  number: (number: number, qualifier?: string) => string | undefined;
  /** A code's identifier or alias, in the prose's own SDK. */
  name: (identifier: string) => string | undefined;
  /** Names that may stand before a number: SDK short names and vendor names, longest first. */
  qualifiers: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Links in plain text: "{qualifier} {number}" first, then bare numbers of three or more digits. */
function linkText(text: string, resolver: CodeResolver): ProsePart[] {
  const qualifiers = resolver.qualifiers.map(escape).join('|');
  const pattern = new RegExp(
    `(?:\\b(${qualifiers || '(?!)'})\\s+)?(?<![\\p{L}\\p{N}_./-])(-?\\d{3,})(?![\\p{L}\\p{N}_]|[.,]\\d)`,
    'gu',
  );
  const parts: ProsePart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, qualifier, digits] = match;
    const href = resolver.number(Number(digits), qualifier);
    if (!href) continue;
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push({ kind: 'text', value: whole, href });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/** The prose as text, `code` and links. */
export function linkCodes(text: string, resolver?: CodeResolver): ProsePart[] {
  return inlineParts(text).flatMap((part): ProsePart[] => {
    if (!resolver) return [part];
    if (part.kind === 'code') {
      const href = /^-?\d+$/.test(part.value) ? resolver.number(Number(part.value)) : resolver.name(part.value);
      return [{ ...part, ...(href ? { href } : {}) }];
    }
    return linkText(part.value, resolver);
  });
}
