// Writes a synthetic catalog of N codes into a folder, for measuring how build time, size
// and search grow with the catalog. The real content/ is never touched.
//   node scripts/generate-catalog.mjs N OUT_DIR
// Shape, chosen to resemble a growing reference: about sqrt(N)/2 SDKs (at least 5) of three
// each per vendor, codes spread evenly over them, numbers reused across SDKs as real vendors
// do, about 2*sqrt(N) cross-vendor concepts of 3 to 6 codes. Texts are those of the real
// catalog's codes, each marked with a unique word, so the search index holds realistic prose.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const total = Number(process.argv[2]);
const out = process.argv[3];
if (!Number.isInteger(total) || total < 1 || !out) {
  console.error('usage: node scripts/generate-catalog.mjs N OUT_DIR');
  process.exit(2);
}

// The real catalog's codes, read as plain YAML (the build validates them; here they are only text).
const templates = readdirSync('content/codes').flatMap((vendor) =>
  readdirSync(join('content/codes', vendor)).flatMap((file) =>
    parse(readFileSync(join('content/codes', vendor, file), 'utf8')),
  ),
);
const sdkCount = Math.max(5, Math.round(Math.sqrt(total) / 2));
const vendorCount = Math.ceil(sdkCount / 3);
const perSdk = Math.ceil(total / sdkCount);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'codes'), { recursive: true });
cpSync('content/categories.yaml', join(out, 'categories.yaml'));

const vendors = {};
for (let v = 0; v < vendorCount; v++) {
  vendors[`vendor${v}`] = {
    name: `Vendor ${v}`,
    site: `https://vendor${v}.example`,
    description: `Synthetic vendor number ${v} for scale measurements.`,
  };
}
writeFileSync(join(out, 'vendors.yaml'), stringify(vendors, { aliasDuplicateObjects: false }));

const groups = [
  { id: 'session', name: 'Session errors' },
  { id: 'media', name: 'Media errors' },
  { id: 'token', name: 'Token errors' },
];
const sdks = [];
const codeIds = [];
let made = 0;
for (let s = 0; s < sdkCount && made < total; s++) {
  const vendor = `vendor${s % vendorCount}`;
  const slug = `sdk${s}`;
  sdks.push({
    vendor,
    slug,
    name: `Synthetic SDK ${s}`,
    shortName: `Vendor ${s % vendorCount} SDK ${s}`,
    platform: 'Web',
    kind: 'video-call',
    language: 'JavaScript',
    order: s + 1,
    receive: {
      api: `onError${s}(fn)`,
      description: 'The listener receives each error with a numeric code.',
      example: `sdk.onError${s}((e) => console.log(e.code));`,
    },
    handling: {
      language: 'javascript',
      template: `sdk.onError${s}((e) => {\n  if (e.code === {{value}}) showMessage({{reply}});\n});`,
    },
    source: {
      url: `https://vendor${s % vendorCount}.example/docs/sdk${s}/errors`,
      title: `SDK ${s} error codes`,
      checked: '2026-11-22',
    },
    groups,
    codeSets: [{ id: 'errors', name: `onError${s} codes` }],
  });
  const codes = [];
  for (let i = 0; i < perSdk && made < total; i++, made++) {
    const t = templates[(s * 7 + i) % templates.length];
    const marker = `synth${s}x${i}`;
    codes.push({
      number: 1000 + i,
      constant: `${t.constant}_${s}_${i}`,
      group: groups[i % groups.length].id,
      category: t.category,
      messages: t.messages ?? [],
      summary: t.summary,
      description: `${t.description} (${marker})`,
      causes: t.causes,
      fix: t.fix,
      symptoms: t.symptoms,
      actors: t.actors,
      retry: t.retry,
      retryNote: t.retryNote,
      notes: t.notes ?? [],
      userReply: t.userReply,
      aliases: [],
    });
    codeIds.push(`${vendor}/${slug}/${1000 + i}`);
  }
  mkdirSync(join(out, 'codes', vendor), { recursive: true });
  // No anchors: repeated texts are written out, as a person would write them.
  writeFileSync(join(out, 'codes', vendor, `${slug}.yaml`), stringify(codes, { aliasDuplicateObjects: false }));
}
writeFileSync(join(out, 'sdks.yaml'), stringify(sdks, { aliasDuplicateObjects: false }));

// Concepts: each takes codes of different SDKs; a code is "same" in one concept at most.
const conceptCount = Math.max(2, Math.round(2 * Math.sqrt(total)));
const concepts = {};
const relations = ['same', 'narrower', 'broader', 'related'];
for (let c = 0; c < conceptCount; c++) {
  const size = 3 + (c % 4);
  const members = [];
  for (let m = 0; m < size; m++) {
    const sdk = (c + m * 3) % sdks.length;
    const index = Math.floor(c / sdks.length) * 7 + m;
    if (index >= perSdk) continue;
    const id = `${sdks[sdk].vendor}/${sdks[sdk].slug}/${1000 + index}`;
    if (!codeIds.includes(id) || members.some((x) => x.code === id)) continue;
    members.push({
      code: id,
      relation: relations[(c + m) % relations.length] === 'same' ? 'related' : relations[(c + m) % relations.length],
    });
  }
  if (new Set(members.map((m) => m.code.split('/').slice(0, 2).join('/'))).size < 2) continue;
  concepts[`concept-${c}`] = {
    name: `Synthetic concept ${c}`,
    description: `A synthetic cross-vendor concept, number ${c}.`,
    featured: c < 6,
    members,
  };
}
writeFileSync(join(out, 'concepts.yaml'), stringify(concepts, { aliasDuplicateObjects: false }));
console.log(
  `wrote ${made} codes in ${sdks.length} SDKs of ${vendorCount} vendors, ${Object.keys(concepts).length} concepts, to ${out}`,
);
