/** Words the site shows for the catalog's enumerations and identities. */
import { SDK_KINDS, type Actor, type Relation, type Retry, type SdkKind } from '../schemas';
import { codeLabel } from './ids';

export const ACTOR_LABELS: Record<Actor, string> = {
  'end-user': 'End user',
  'app-developer': 'App developer',
  backend: 'Backend / token server',
  vendor: 'Vendor',
};

/** The kinds of SDK, as the home page and the compare matrix group them, in that order. */
export const SDK_KIND_LABELS: Record<SdkKind, { name: string; description: string }> = {
  'video-call': {
    name: 'Video-call platforms',
    description: 'SDKs for building calls, meetings and live rooms on a vendor’s media servers.',
  },
  browser: {
    name: 'The browser',
    description: 'The errors of the browser’s own camera, microphone and WebRTC APIs, which every web SDK wraps.',
  },
  embedded: {
    name: 'Embedded SDKs',
    description: 'SDKs an app embeds for one shared experience: watching together, co-browsing.',
  },
};

/** SDKs grouped by kind, in the order of SDK_KINDS, each group with its label; kinds with no SDK are left out. */
export function groupByKind<T extends { kind: SdkKind }>(
  sdks: T[],
): { kind: SdkKind; label: (typeof SDK_KIND_LABELS)[SdkKind]; sdks: T[] }[] {
  return SDK_KINDS.map((kind) => ({
    kind,
    label: SDK_KIND_LABELS[kind],
    sdks: sdks.filter((sdk) => sdk.kind === kind),
  })).filter((group) => group.sdks.length > 0);
}

export const ACTOR_HINTS: Record<Actor, string> = {
  'end-user': 'the person using the app changes something on their device or in their account',
  'app-developer': 'a change or a check in the app that integrates the SDK',
  backend: "a change on the app's own server: token issuing, session creation, configuration",
  vendor: "only the SDK's vendor can resolve it: contact their support",
};

export const RETRY_LABELS: Record<Retry, string> = {
  yes: 'Yes, it can succeed on retry',
  'after-delay': 'Later, once the situation changes',
  'after-fix': 'Only after the cause is fixed',
};

export const RELATION_LABELS: Record<Relation, string> = {
  same: 'Same meaning',
  narrower: 'Narrower',
  broader: 'Broader',
  related: 'Related',
};

export const RELATION_HINTS: Record<Relation, string> = {
  same: 'means exactly this',
  narrower: 'covers only part of this',
  broader: 'covers this and other failures too',
  related: 'a different failure that is easily confused with this',
};

/**
 * How a code is named in titles and lists: "VideoSDK React 4009", "Browser media capture
 * NotAllowedError", and with its set's name where the set has a path of its own, since the
 * identifier alone repeats: "Browser WebRTC iceConnectionState failed".
 */
export function codeName(
  code: { number?: number; constant: string; set: string },
  sdk: { shortName: string; codeSets: { id: string; name: string; path?: string }[] },
): string {
  return `${sdk.shortName} ${codeNameInSdk(code, sdk)}`;
}

/** How a code is named where its SDK is already clear, as in its column: "4009", "iceConnectionState failed". */
export function codeNameInSdk(
  code: { number?: number; constant: string; set: string },
  sdk: { codeSets: { id: string; name: string; path?: string }[] },
): string {
  const set = sdk.codeSets.find((s) => s.id === code.set);
  return [set?.path ? set.name : undefined, codeLabel(code)].filter(Boolean).join(' ');
}
