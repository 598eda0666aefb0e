/**
 * Reads a built site from disk (dist/), page by page, for checks that need no browser:
 * links and fragments, the sitemap, reachability and the code pages' anatomy.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** URL path of the page, with a trailing slash: /videosdk/react/4009/ */
  path: string;
  file: string;
  root: HTMLElement;
  ids: Set<string>;
}

export class BuiltSite {
  readonly pages = new Map<string, BuiltPage>();

  constructor(
    readonly dir: string,
    /** The base path the site was built with: "/" or "/errors/". */
    readonly base = '/',
  ) {
    if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the site first (npm run build)`);
    for (const file of walk(dir)) {
      if (!file.endsWith('.html')) continue;
      const rel = relative(dir, file).split(sep).join('/');
      const path =
        base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      const root = parse(readFileSync(file, 'utf8'));
      const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
      this.pages.set(path, { path, file, root, ids });
    }
  }

  /** Whether a path (without query or fragment) is served by a file of the site. */
  resolves(path: string): BuiltPage | 'file' | undefined {
    if (this.pages.has(path)) return this.pages.get(path);
    if (!path.startsWith(this.base)) return undefined;
    const file = join(this.dir, decodeURIComponent(path.slice(this.base.length)));
    if (existsSync(file) && statSync(file).isFile()) return 'file';
    return undefined;
  }

  /** Pages that forward elsewhere (constant-name redirects). */
  isRedirect(page: BuiltPage): boolean {
    return page.root.querySelector('meta[http-equiv="refresh"]') !== null;
  }
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Links a page makes to other resources: anchors, stylesheets, scripts, images, forms. */
export function references(page: BuiltPage): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  for (const el of page.root.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
    const attr = el.hasAttribute('href') ? 'href' : el.hasAttribute('src') ? 'src' : 'action';
    out.push({ attr, value: el.getAttribute(attr)! });
  }
  return out;
}
