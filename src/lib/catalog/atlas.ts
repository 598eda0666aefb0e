/**
 * The catalog as the site uses it: entries indexed by id, lists in their display order,
 * and the relations that are declared once and derived here in both directions
 * (concept → members, code → concepts → equivalent codes, number → codes).
 */
import type { Category, CodeEntry, CodeSet, Concept, Relation, Sdk, SdkGroup, Vendor } from '../../schemas';
import type { Keyed } from './load';
import { codeNumbers, identifierSlug, sdkId, spellingKey, spellingPaths } from '../ids';
import { RELATION_RANK, pairRelation } from '../relations';
import type { CodeResolver } from '../prose-links';

export interface VendorItem extends Vendor {
  id: string;
}
export interface CategoryItem extends Category {
  id: string;
}
export interface SdkItem extends Sdk {
  id: string;
}
export interface ConceptItem extends Concept {
  id: string;
}
export interface CodeItem extends CodeEntry {
  id: string;
}

/** A code's place in a concept, seen from the code. */
export interface Membership {
  concept: ConceptItem;
  relation: Relation;
  note?: string;
}

/** A path below an SDK that several of its codes' names lead to, and the codes. */
export interface SpellingChoice {
  sdk: SdkItem;
  /** The path below the SDK: the shared name as a slug, or a bare number. */
  path: string;
  codes: CodeItem[];
}

/** Another SDK's code that a concept links to this one. */
export interface Equivalent {
  code: CodeItem;
  concept: ConceptItem;
  /** How the other code relates to this one, derived from both codes' relations to the concept (src/lib/relations.ts). */
  relation: Relation;
  /** How the other code relates to the concept itself. */
  toConcept: Relation;
  note?: string;
}

/** Codes of the same SDK that a concept also holds: the ones a reader must tell this one apart from. */
export interface Rivals {
  concept: ConceptItem;
  /** This code's note in the concept: what sets it apart (required where rivals exist). */
  note: string;
  codes: CodeItem[];
}

/** A code of the same SDK that readers confuse with this one. */
export interface RelatedCode {
  code: CodeItem;
  /** How to tell the two apart. */
  note: string;
}

export interface AtlasInput {
  vendors: Keyed<Vendor>[];
  sdks: Keyed<Sdk>[];
  categories: Keyed<Category>[];
  concepts: Keyed<Concept>[];
  codes: Keyed<CodeEntry>[];
}

const byKey = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function mustGet<T>(map: Map<string, T>, id: string, what: string): T {
  const item = map.get(id);
  if (!item) throw new Error(`Unknown ${what} "${id}"`);
  return item;
}

export class Atlas {
  readonly vendors: VendorItem[];
  readonly sdks: SdkItem[];
  readonly categories: CategoryItem[];
  readonly concepts: ConceptItem[];
  /** Every code, ordered by SDK, then by its position in the vendor's table. */
  readonly codes: CodeItem[];

  private readonly vendorById: Map<string, VendorItem>;
  private readonly sdkById: Map<string, SdkItem>;
  private readonly categoryById: Map<string, CategoryItem>;
  private readonly conceptById: Map<string, ConceptItem>;
  private readonly codeById: Map<string, CodeItem>;
  private readonly memberships = new Map<string, Membership[]>();
  // Indexes, so that building every page stays linear in the size of the catalog.
  private readonly codesBySdk = new Map<string, CodeItem[]>();
  private readonly codesByCategory = new Map<string, CodeItem[]>();
  private readonly codesByNumber = new Map<number, CodeItem[]>();
  private readonly codesBySpelling = new Map<string, CodeItem[]>();
  private readonly relatedByCode = new Map<string, RelatedCode[]>();
  private readonly codeRank = new Map<string, number>();
  private readonly groupsBySdk = new Map<string, Map<string, SdkGroup>>();
  private clashes: { number: number; codes: CodeItem[] }[] | undefined;
  private shared: { slug: string; name: string; codes: CodeItem[] }[] | undefined;
  private choices: SpellingChoice[] | undefined;

  constructor(input: AtlasInput) {
    this.vendors = input.vendors.map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.name.localeCompare(b.name));
    this.sdks = input.sdks
      .map(({ id, data }) => ({ id, ...data }))
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    this.categories = input.categories
      .map(({ id, data }) => ({ id, ...data }))
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    this.concepts = input.concepts
      .map(({ id, data }) => ({ id, ...data }))
      .sort((a, b) => a.name.localeCompare(b.name));
    this.vendorById = byKey(this.vendors);
    this.sdkById = byKey(this.sdks);
    this.categoryById = byKey(this.categories);
    this.conceptById = byKey(this.concepts);
    const sdkRank = new Map(this.sdks.map((sdk, i) => [sdk.id, i]));
    this.codes = input.codes
      .map(({ id, data }) => ({ id, ...data }))
      .sort(
        (a, b) =>
          (sdkRank.get(`${a.vendor}/${a.sdk}`) ?? 0) - (sdkRank.get(`${b.vendor}/${b.sdk}`) ?? 0) ||
          a.position - b.position,
      );
    this.codeById = byKey(this.codes);
    const push = <K>(map: Map<K, CodeItem[]>, key: K, code: CodeItem) => {
      const list = map.get(key);
      if (list) list.push(code);
      else map.set(key, [code]);
    };
    this.codes.forEach((code, i) => {
      this.codeRank.set(code.id, i);
      push(this.codesBySdk, sdkId(code.vendor, code.sdk), code);
      push(this.codesByCategory, code.category, code);
      // A code is listed under its number, and under its numbers in other SDK versions.
      for (const number of codeNumbers(code)) push(this.codesByNumber, number, code);
      for (const name of new Set([code.constant, ...code.aliases.map((a) => a.name)].map(spellingKey)))
        push(this.codesBySpelling, name, code);
    });
    // Related codes are declared on either side and shown on both.
    for (const code of this.codes) {
      for (const related of code.related) {
        const other = this.codeById.get(related.code);
        if (!other) continue;
        for (const [from, to] of [
          [code, other],
          [other, code],
        ]) {
          const list = this.relatedByCode.get(from.id) ?? [];
          if (!list.some((r) => r.code.id === to.id)) list.push({ code: to, note: related.note });
          this.relatedByCode.set(from.id, list);
        }
      }
    }
    for (const sdk of this.sdks) this.groupsBySdk.set(sdk.id, new Map(sdk.groups.map((group) => [group.id, group])));

    for (const concept of this.concepts) {
      for (const member of concept.members) {
        const list = this.memberships.get(member.code) ?? [];
        list.push({ concept, relation: member.relation, note: member.note });
        this.memberships.set(member.code, list);
      }
    }
  }

  vendor(id: string): VendorItem {
    return mustGet(this.vendorById, id, 'vendor');
  }
  sdk(id: string): SdkItem {
    return mustGet(this.sdkById, id, 'SDK');
  }
  category(id: string): CategoryItem {
    return mustGet(this.categoryById, id, 'category');
  }
  concept(id: string): ConceptItem {
    return mustGet(this.conceptById, id, 'concept');
  }
  code(id: string): CodeItem {
    return mustGet(this.codeById, id, 'code');
  }
  findCode(id: string): CodeItem | undefined {
    return this.codeById.get(id);
  }

  sdkOf(code: CodeItem): SdkItem {
    return this.sdk(sdkId(code.vendor, code.sdk));
  }

  /** Items (codes, or entries holding one) grouped by the SDK of their code, in SDK order; empty SDKs left out. */
  bySdk<T>(items: T[], codeOf: (item: T) => CodeItem): { sdk: SdkItem; items: T[] }[] {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const code = codeOf(item);
      const id = sdkId(code.vendor, code.sdk);
      const list = groups.get(id);
      if (list) list.push(item);
      else groups.set(id, [item]);
    }
    return this.sdks.filter((sdk) => groups.has(sdk.id)).map((sdk) => ({ sdk, items: groups.get(sdk.id)! }));
  }

  /** The vendor page a code comes from, at its group's section where the page has one. */
  sourceUrl(code: CodeItem): string {
    const sdk = this.sdkOf(code);
    const group = this.groupOf(code);
    return group.anchor ? `${sdk.source.url}#${group.anchor}` : sdk.source.url;
  }
  vendorOf(item: { vendor: string }): VendorItem {
    return this.vendor(item.vendor);
  }
  sdksOf(vendor: VendorItem): SdkItem[] {
    return this.sdks.filter((sdk) => sdk.vendor === vendor.id);
  }
  codesOf(sdk: SdkItem): CodeItem[] {
    return this.codesBySdk.get(sdk.id) ?? [];
  }
  codesIn(category: CategoryItem): CodeItem[] {
    return this.codesByCategory.get(category.id) ?? [];
  }
  setOf(code: CodeItem): CodeSet {
    return mustGet(new Map(this.sdkOf(code).codeSets.map((set) => [set.id, set])), code.set, `code set of ${code.id}`);
  }
  groupOf(code: CodeItem): SdkGroup {
    return mustGet(this.groupsBySdk.get(sdkId(code.vendor, code.sdk)) ?? new Map(), code.group, `group of ${code.id}`);
  }

  /** The concepts a code belongs to, closest relation first. */
  conceptsOf(code: CodeItem): Membership[] {
    return [...(this.memberships.get(code.id) ?? [])].sort(
      (a, b) => RELATION_RANK[a.relation] - RELATION_RANK[b.relation],
    );
  }

  /**
   * For each concept of this code that holds other codes of its SDK, those codes and this
   * code's note there, which tells it apart from them. Closest relation first.
   */
  rivalsOf(code: CodeItem): Rivals[] {
    const own = sdkId(code.vendor, code.sdk);
    return this.conceptsOf(code).flatMap((membership) => {
      const codes = this.membersOf(membership.concept)
        .map((member) => member.code)
        .filter((other) => other.id !== code.id && sdkId(other.vendor, other.sdk) === own);
      return codes.length > 0 && membership.note ? [{ concept: membership.concept, note: membership.note, codes }] : [];
    });
  }

  /** The concept's members, resolved, in SDK order. */
  membersOf(concept: ConceptItem): { code: CodeItem; relation: Relation; note?: string }[] {
    return concept.members
      .map((member) => ({ code: this.code(member.code), relation: member.relation, note: member.note }))
      .sort((a, b) => (this.codeRank.get(a.code.id) ?? 0) - (this.codeRank.get(b.code.id) ?? 0));
  }

  /**
   * Codes linked to this one through its concepts: every other member of each concept it
   * belongs to, derived from the concept lists, so each link is declared once and holds both
   * ways. Each is labelled relative to this code (src/lib/relations.ts); a code reached
   * through several concepts is listed once, under the concept that relates the two closest.
   */
  equivalentsOf(code: CodeItem): Equivalent[] {
    const best = new Map<string, Equivalent>();
    const memberships = [...(this.memberships.get(code.id) ?? [])].sort((a, b) =>
      a.concept.id.localeCompare(b.concept.id),
    );
    for (const own of memberships) {
      for (const member of this.membersOf(own.concept)) {
        if (member.code.id === code.id) continue;
        const candidate: Equivalent = {
          code: member.code,
          concept: own.concept,
          relation: pairRelation(own.relation, member.relation),
          toConcept: member.relation,
          note: member.note,
        };
        const current = best.get(member.code.id);
        if (!current || RELATION_RANK[candidate.relation] < RELATION_RANK[current.relation])
          best.set(member.code.id, candidate);
      }
    }
    return [...best.values()].sort((a, b) => (this.codeRank.get(a.code.id) ?? 0) - (this.codeRank.get(b.code.id) ?? 0));
  }

  /**
   * The same code on the vendor's other platforms: one vendor, another SDK, the same number
   * (or, for string codes, the same set and identifier) and the same name once case,
   * separators and an "error"/"code" suffix are set aside. They mean the same without being
   * declared twice (Sceenic iOS Swift 802 and Objective-C 802).
   */
  twinsOf(code: CodeItem): CodeItem[] {
    const candidates =
      code.number !== undefined
        ? this.codesWithNumber(code.number)
        : (this.codesBySpelling.get(spellingKey(code.constant)) ?? []);
    return candidates.filter(
      (other) =>
        other.vendor === code.vendor &&
        other.sdk !== code.sdk &&
        other.number === code.number &&
        constantStem(other.constant) === constantStem(code.constant),
    );
  }

  /** Codes of the same SDK that readers confuse with this one, declared on either side. */
  relatedOf(code: CodeItem): RelatedCode[] {
    return this.relatedByCode.get(code.id) ?? [];
  }

  /**
   * Paths below an SDK that several of its codes' names share, none being a code's own page
   * (`/web/webrtc/disconnected/`): each gets a page listing them (src/lib/ids.ts, spellingPaths).
   */
  spellingChoices(): SpellingChoice[] {
    this.choices ??= this.sdks.flatMap((sdk) => {
      const codes = this.codesOf(sdk);
      const { choices } = spellingPaths(codes.map((c) => ({ ...c, aliases: c.aliases.map((a) => a.name) })));
      return [...choices].map(([path, ids]) => ({
        sdk,
        path,
        codes: codes.filter((c) => ids.includes(c.id)),
      }));
    });
    return this.choices;
  }

  /** The choice pages that list this code among others of its SDK named the same. */
  spellingChoicesOf(code: CodeItem): SpellingChoice[] {
    return this.spellingChoices().filter(
      (choice) => choice.sdk.id === sdkId(code.vendor, code.sdk) && choice.codes.some((c) => c.id === code.id),
    );
  }

  /**
   * Other codes of the same SDK that one of this code's names, in some spelling, also names,
   * and those listed with it on a choice page (a bare number two sets share).
   */
  namesakesOf(code: CodeItem): CodeItem[] {
    const own = sdkId(code.vendor, code.sdk);
    const found = new Map<string, CodeItem>();
    for (const name of [code.constant, ...code.aliases.map((a) => a.name)])
      for (const other of this.codesNamed(name)) if (sdkId(other.vendor, other.sdk) === own) found.set(other.id, other);
    for (const choice of this.spellingChoicesOf(code)) for (const other of choice.codes) found.set(other.id, other);
    found.delete(code.id);
    return [...found.values()];
  }

  /** Codes whose identifier or alias is this one in any spelling, in any SDK. */
  codesNamed(identifier: string): CodeItem[] {
    return this.codesBySpelling.get(spellingKey(identifier)) ?? [];
  }

  /**
   * Identifiers that codes of several SDKs carry (NotAllowedError, TypeError), each with a
   * hub page at /codes/{slug}/ beside the number hubs. Platform twins of one vendor count once.
   */
  sharedIdentifiers(): { slug: string; name: string; codes: CodeItem[] }[] {
    this.shared ??= [...this.codesBySpelling]
      .filter(([, codes]) => new Set(codes.map((c) => c.vendor)).size > 1)
      .map(([key, codes]) => {
        const names = codes.flatMap((c) => [c.constant, ...c.aliases.map((a) => a.name)]);
        const name = names.find((n) => spellingKey(n) === key)!;
        return { slug: identifierSlug(name), name, codes };
      })
      .filter(({ slug }) => !/^-?\d+$/.test(slug))
      .sort((a, b) => a.slug.localeCompare(b.slug));
    return this.shared;
  }

  /**
   * Resolves the codes that a code's prose mentions (src/lib/prose-links.ts): bare numbers
   * and names in its own SDK, "VideoSDK 4009" or "Sceenic 206" in the SDK or vendor named.
   * A mention that fits several codes, or the code itself, is left as text.
   */
  resolverFor(code: CodeItem, href: (code: CodeItem) => string): CodeResolver {
    const own = sdkId(code.vendor, code.sdk);
    const unique = (codes: CodeItem[]) => {
      const others = codes.filter((c) => c.id !== code.id);
      // Platform twins of one vendor share a number: the first is as good as any.
      const distinct = new Set(others.map((c) => `${c.vendor} ${c.number} ${constantStem(c.constant)}`));
      return others.length > 0 && distinct.size === 1 && codes.length === others.length ? href(others[0]) : undefined;
    };
    const qualified = new Map<string, (c: CodeItem) => boolean>();
    for (const sdk of this.sdks) qualified.set(sdk.shortName, (c) => sdkId(c.vendor, c.sdk) === sdk.id);
    for (const vendor of this.vendors) qualified.set(vendor.name, (c) => c.vendor === vendor.id);
    for (const vendor of this.vendors)
      if (!qualified.has(vendor.id)) qualified.set(vendor.name.split(/[ .]/)[0], (c) => c.vendor === vendor.id);
    return {
      qualifiers: [...qualified.keys()].sort((a, b) => b.length - a.length),
      number: (number, qualifier) => {
        const inScope = qualifier ? qualified.get(qualifier) : (c: CodeItem) => sdkId(c.vendor, c.sdk) === own;
        return inScope ? unique(this.codesWithNumber(number).filter(inScope)) : undefined;
      },
      name: (identifier) => unique(this.codesNamed(identifier).filter((c) => sdkId(c.vendor, c.sdk) === own)),
    };
  }

  /** Every code with this number, in any SDK. */
  codesWithNumber(number: number): CodeItem[] {
    return this.codesByNumber.get(number) ?? [];
  }

  /** Every number that occurs in the catalog, ascending. */
  numbers(): number[] {
    return [...this.codesByNumber.keys()].sort((a, b) => a - b);
  }

  /**
   * Numbers used by several SDKs with different meanings: the codes neither share a concept
   * in which each is "same", nor carry one name once case, separators and an "error"/"code"
   * suffix are set aside (Sceenic's `SESSION_IS_FULL_ERROR_CODE` and `sessionIsFull` agree).
   */
  numberClashes(): { number: number; codes: CodeItem[] }[] {
    // Asked by every page of the numbers list; the answer does not change within a build.
    this.clashes ??= this.numbers()
      .map((number) => ({ number, codes: this.codesWithNumber(number) }))
      .filter(({ codes }) => codes.length > 1 && !this.meanTheSame(codes));
    return this.clashes;
  }

  /** True when the codes are declared the same in one concept, or carry one name. */
  meanTheSame(codes: CodeItem[]): boolean {
    const names = new Set(codes.map((code) => constantStem(code.constant)));
    if (names.size === 1) return true;
    const sameConcepts = codes.map(
      (code) =>
        new Set(
          this.conceptsOf(code)
            .filter((m) => m.relation === 'same')
            .map((m) => m.concept.id),
        ),
    );
    const [first, ...rest] = sameConcepts;
    return [...(first ?? [])].some((conceptId) => rest.every((set) => set.has(conceptId)));
  }
}

/** A constant's name without case, separators or a trailing "error"/"code": `USER_CLOSED_ERROR_CODE` → `userclosed`. */
export function constantStem(constant: string): string {
  return constant
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/(errorcode|error|code)$/, '');
}
