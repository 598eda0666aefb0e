import type { APIRoute } from 'astro';
import { API_VERSION, codeRecord, json } from '../../../lib/api';
import { getAtlas } from '../../../lib/catalog/content';

export const GET: APIRoute = async ({ site }) => {
  const atlas = await getAtlas();
  return json(
    {
      version: API_VERSION,
      count: atlas.codes.length,
      codes: atlas.codes.map((code) => codeRecord(atlas, code, site)),
    },
    { compact: true },
  );
};
