import type { APIRoute, GetStaticPaths } from 'astro';
import { API_VERSION, codeRecord, json, sdkRecord } from '../../../../lib/api';
import { getAtlas } from '../../../../lib/catalog/content';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return atlas.sdks.map((sdk) => ({ params: { vendor: sdk.vendor, sdk: sdk.slug }, props: { id: sdk.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const atlas = await getAtlas();
  const sdk = atlas.sdk(props.id as string);
  const codes = atlas.codesOf(sdk);
  return json(
    {
      version: API_VERSION,
      count: codes.length,
      sdk: sdkRecord(atlas, sdk, site),
      codes: codes.map((code) => codeRecord(atlas, code, site)),
    },
    { compact: true },
  );
};
