/** The catalog's content collections, read once per build and indexed as an Atlas. */
import { getCollection } from 'astro:content';
import { Atlas } from './atlas';

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= (async () => {
    const [vendors, sdks, categories, concepts, codes] = await Promise.all([
      getCollection('vendors'),
      getCollection('sdks'),
      getCollection('categories'),
      getCollection('concepts'),
      getCollection('codes'),
    ]);
    return new Atlas({ vendors, sdks, categories, concepts, codes });
  })();
  return atlas;
}
