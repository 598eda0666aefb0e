import type { APIRoute } from 'astro';
import { getAtlas } from '../lib/catalog/content';
import { sdkHintTerms } from '../lib/search/query';

/**
 * What the search needs to know of the SDKs at query time: the words that point at each
 * (listener names, error types, vendor names), the names its filters use, and how many
 * codes the index holds (for weighing words by rarity).
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
  return new Response(JSON.stringify({ codes: atlas.codes.length, sdks }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
