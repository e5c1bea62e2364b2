import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder } from './reading-order';

/** All published guides in reading order (the one query every guide route shares). */
export async function publishedGuides(): Promise<CollectionEntry<'guides'>[]> {
  return readingOrder(await getCollection('guides'));
}
