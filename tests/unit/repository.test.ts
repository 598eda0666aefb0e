import { describe, expect, test } from 'vitest';
import { entryUrl, missingCodeIssueUrl, repository } from '../../src/lib/repository';
import { formatDay, provenanceOf } from '../../src/lib/provenance';

describe('links into the repository', () => {
  const repo = repository('https://github.com/owner/atlas/', 'main');

  test('no configured repository gives no links at all, never a broken one', () => {
    expect(repository(undefined)).toBeUndefined();
    expect(repository('   ')).toBeUndefined();
    expect(entryUrl(undefined, 'content/codes/videosdk/react.yaml', 12)).toBeUndefined();
    expect(missingCodeIssueUrl(undefined, '/videosdk/react/4099/')).toBeUndefined();
  });

  test('"Edit this page" points at the entry\'s file and line on the configured branch', () => {
    expect(entryUrl(repo, 'content/codes/videosdk/react.yaml', 42)).toBe(
      'https://github.com/owner/atlas/blob/main/content/codes/videosdk/react.yaml#L42',
    );
    expect(entryUrl(repository('https://git.example/a', 'release 1'), 'content/x.yaml', 1)).toBe(
      'https://git.example/a/blob/release%201/content/x.yaml#L1',
    );
  });

  test('"Report a missing code" prefills the title with the path and the body with path and query', () => {
    const url = new URL(missingCodeIssueUrl(repo, '/agora/web/FOO/', '?q=<script>')!);
    expect(url.origin + url.pathname).toBe('https://github.com/owner/atlas/issues/new');
    expect(url.searchParams.get('title')).toBe('Missing code: /agora/web/FOO/');
    expect(url.searchParams.get('body')).toContain('/agora/web/FOO/?q=<script>');
  });
});

describe('provenance', () => {
  test('a checked day reads as words, whatever the time zone', () => {
    expect(formatDay('2026-11-22')).toBe('22 November 2026');
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
  });

  test('the version joins the SDK name where the source states one', () => {
    const source = { url: 'https://x.example', title: 'Errors', checked: '2026-11-22' };
    expect(provenanceOf({ shortName: 'Zoom Video SDK', source: { ...source, version: '2.4.2' } }).sdk).toBe(
      'Zoom Video SDK 2.4.2',
    );
    expect(provenanceOf({ shortName: 'Sceenic Web', source }).sdk).toBe('Sceenic Web');
  });
});
