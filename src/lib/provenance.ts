/** Where an SDK's entries come from, as the site states it on SDK and code pages. */
import type { Sdk } from '../schemas';

/** "22 November 2026": dates of the catalog are calendar days, shown without a time zone shift. */
export function formatDay(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export interface Provenance {
  /** The vendor page the entries are taken from. */
  title: string;
  url: string;
  /** The SDK and the version the entries reflect: "VideoSDK React" or "Zoom Video SDK 2.4.2". */
  sdk: string;
  version?: string;
  /** YYYY-MM-DD, and as words. */
  checked: string;
  checkedText: string;
}

export function provenanceOf(sdk: Pick<Sdk, 'shortName' | 'source'>): Provenance {
  return {
    title: sdk.source.title,
    url: sdk.source.url,
    sdk: sdk.source.version ? `${sdk.shortName} ${sdk.source.version}` : sdk.shortName,
    ...(sdk.source.version ? { version: sdk.source.version } : {}),
    checked: sdk.source.checked,
    checkedText: formatDay(sdk.source.checked),
  };
}
