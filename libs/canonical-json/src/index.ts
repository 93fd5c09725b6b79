import { createHash } from 'node:crypto';

/**
 * JSON with every object's keys sorted (arrays keep their order), so two spellings of one
 * document (fields reordered, other whitespace) give the same text. Versioned definitions
 * (data contracts, feature views, training configurations) are identified by its hash.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Hex sha256 of the canonical JSON: the identity of a document's content. */
export function canonicalJsonSha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}
