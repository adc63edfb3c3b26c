// Deterministic GUIDs for exported codes: the same code path always gets the same GUID, so a
// codebook exported twice (or from two municipalities) lines up in QualCoder/NVivo instead of
// duplicating every code. Pure TS: four 32-bit FNV-1a hashes with different seeds, each passed
// through the murmur3 finaliser, give 128 bits; version and variant bits are set like a UUID v5.
// Not cryptographic — it only has to be stable and collision-free over a few hundred paths.

const NAMESPACE = "vagval:refi-qda:";
const SEEDS = [0x811c9dc5, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35] as const;

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function stableGuid(path: string): string {
  const hex = SEEDS.map((seed) => hash32(NAMESPACE + path, seed).toString(16).padStart(8, "0")).join("");
  const version = "5" + hex.slice(13, 16);
  // Variant 10xx: the first hex digit of the fourth group is 8, 9, a or b.
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
