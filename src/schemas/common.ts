import { z } from 'astro/zod';

/** A URL-safe identifier: lower-case letters, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and hyphens');

/** Prose written in our own words: never empty, never only white space. */
export const prose = z.string().trim().min(1, 'must not be empty');

/** An absolute http(s) URL. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected an absolute URL such as https://example.com/page',
});

/** A calendar date written YYYY-MM-DD, such as the day a source was last checked. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD, such as 2026-11-22')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'expected a real calendar date');
