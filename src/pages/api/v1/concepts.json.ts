import type { APIRoute } from 'astro';
import { API_VERSION, conceptRecord, json } from '../../../lib/api';
import { getAtlas } from '../../../lib/catalog/content';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  return json({
    version: API_VERSION,
    count: atlas.concepts.length,
    concepts: atlas.concepts.map((c) => conceptRecord(atlas, c, site)),
  });
};
