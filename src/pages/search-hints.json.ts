import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/catalog/content';
import { sdkHintTerms } from '../lib/search/query';

/**
 * What the search needs to know of the SDKs at query time: the words that point at each
 * (listener names, error types, vendor names), and the names its filters use.
 * Fetched only once a user searches.
 */
export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const sdks = atlas.sdks.map((sdk) => ({
    sdk: sdk.id,
    name: sdk.shortName,
    vendor: atlas.vendorOf(sdk).name,
    terms: sdkHintTerms(sdk, atlas.vendorOf(sdk).name),
  }));
  return new Response(JSON.stringify({ sdks }), { headers: { 'Content-Type': 'application/json' } });
};
