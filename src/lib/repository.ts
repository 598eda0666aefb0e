/**
 * Links into the project's repository: "Edit this page" on every code page and "Report a
 * missing code" on the 404 page. Both come from one configured repository URL
 * (REPOSITORY_URL, a GitHub-style address such as https://github.com/owner/name). Where none
 * is configured the functions return undefined, and the pages leave the links out rather
 * than show a broken one.
 */

export interface Repository {
  /** The repository's web address, without a trailing slash. */
  url: string;
  /** The branch that edits are made against. */
  branch: string;
}

/** The repository from its configured URL and branch, or undefined when no URL is set. */
export function repository(url: string | undefined, branch = 'main'): Repository | undefined {
  const trimmed = url?.trim().replace(/\/+$/, '');
  return trimmed ? { url: trimmed, branch: branch.trim() || 'main' } : undefined;
}

/** The catalog entry in the repository, at its line: `{repo}/blob/{branch}/{file}#L{line}`. */
export function entryUrl(repo: Repository | undefined, file: string, line: number): string | undefined {
  if (!repo) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repo.url}/blob/${encodeURIComponent(repo.branch)}/${path}#L${line}`;
}

/** A new issue reporting a code the atlas lacks, prefilled with the address that was asked for. */
export function missingCodeIssueUrl(repo: Repository | undefined, path: string, query = ''): string | undefined {
  if (!repo) return undefined;
  const asked = `${path}${query}`;
  const title = `Missing code: ${path}`;
  const body = [
    'The atlas has no page at this address:',
    '',
    `    ${asked}`,
    '',
    'Which SDK and code did you expect here? Where is it documented? (a link helps)',
  ].join('\n');
  return `${repo.url}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
