import { z } from 'astro/zod';
import { prose } from './common';

/** A node of the one cross-vendor taxonomy. Keyed by URL slug in `content/categories.yaml`. */
export const categorySchema = z.strictObject({
  /** Display name, e.g. "Authentication & tokens". */
  name: prose,
  /** Position in lists of categories (1 first). */
  order: z.number().int().positive(),
  /** What kinds of error belong here, in our words. */
  description: prose,
});

export type Category = z.infer<typeof categorySchema>;
