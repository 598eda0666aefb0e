import { z } from 'astro/zod';
import { httpUrl, prose } from './common';

/** A company whose SDKs the catalog covers. Keyed by URL slug in `content/vendors.yaml`. */
export const vendorSchema = z.strictObject({
  /** Display name, e.g. "VideoSDK.live". */
  name: prose,
  /** The vendor's main site for developers. */
  site: httpUrl,
  /** One or two sentences on what the vendor makes, in our words. */
  description: prose,
});

export type Vendor = z.infer<typeof vendorSchema>;
