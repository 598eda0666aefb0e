/**
 * Reads the vendor documentation pages the catalog was built from (../shared/seeds) and
 * extracts each SDK's (number, constant) pairs, so tests can check the catalog against
 * its sources instead of against a list typed twice.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEEDS_DIR = resolve(process.env.ATLAS_SEEDS_DIR ?? '../shared/seeds');

/** Which seed page documents which SDK (see the seeds' README). */
export const SEED_FILES: Record<string, string> = {
  'sceenic/web': '000_5708688e2709dc91.txt',
  'sceenic/ios-swift': '001_4629bed0a3884d65.txt',
  'sceenic/ios-objc': '002_e6050841c267b2a5.txt',
  'zoom/cobrowse': '003_6c54200010f32d84.txt',
  'videosdk/react': '004_9179a888ed34d2cb.txt',
};

export function seedText(sdk: string): string {
  return readFileSync(resolve(SEEDS_DIR, SEED_FILES[sdk]), 'utf8');
}

export interface SeedCode {
  number: number;
  constant: string;
}

const unescape = (text: string) =>
  text
    .replace(/\\_/g, '_')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*/g, '')
    .trim();

/** The (number, constant) pairs of one SDK's seed page, in page order. */
export function seedCodes(sdk: string): SeedCode[] {
  const text = seedText(sdk);
  const out: SeedCode[] = [];
  if (sdk === 'zoom/cobrowse') {
    // Zoom's tables sit on one line: | `1001` | messages | `SESSION_START_FAILED` | action |
    for (const match of text.matchAll(/\|\s*`(-?\d+)`\s*\|[^|]*\|\s*`([A-Z0-9_]+)`\s*\|/g)) {
      out.push({ number: Number(match[1]), constant: match[2] });
    }
    return out;
  }
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map(unescape);
    if (sdk === 'videosdk/react') {
      // | **CONSTANT** | code | message |
      if (/^[A-Z0-9_]+$/.test(cells[0] ?? '') && /^-?\d+$/.test(cells[1] ?? ''))
        out.push({ number: Number(cells[1]), constant: cells[0] });
    } else if (/^-?\d+$/.test(cells[0] ?? '') && /^[A-Za-z][A-Za-z0-9_]*$/.test(cells[1] ?? '')) {
      // Sceenic: | code | constant | description |
      out.push({ number: Number(cells[0]), constant: cells[1] });
    }
  }
  return out;
}

/** The page's text with markdown emphasis, code and link syntax removed, for verbatim checks. */
export function seedPlainText(sdk: string): string {
  return seedText(sdk)
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1')
    .replace(/[`*]/g, '')
    .replace(/\\_/g, '_')
    .replace(/\s+/g, ' ');
}
