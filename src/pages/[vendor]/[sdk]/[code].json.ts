import type { APIRoute, GetStaticPaths } from 'astro';
import { codeRecord, json } from '../../../lib/api';
import { getAtlas } from '../../../lib/catalog/content';

/** Every code page is also a JSON file: /{vendor}/{sdk}/{number}.json */
export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return atlas.codes.map((code) => ({ params: { vendor: code.vendor, sdk: code.sdk, code: String(code.number) }, props: { id: code.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const atlas = await getAtlas();
  return json(codeRecord(atlas, atlas.code(props.id as string), site));
};
