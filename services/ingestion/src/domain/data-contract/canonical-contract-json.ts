import { createHash } from 'node:crypto';
import { DataContract } from './data-contract';

/**
 * The contract as JSON with every object's keys sorted and defaults filled in (it is built from
 * the parsed contract), so two spellings of the same promise (fields reordered, a default written
 * out or left implicit) give the same text and the same hash.
 */
export function canonicalContractJson(contract: DataContract): string {
  return JSON.stringify(sortKeys(contract));
}

/** Hex sha256 of the canonical JSON: the identity of a contract's content. */
export function dataContractSha256(contract: DataContract): string {
  return createHash('sha256').update(canonicalContractJson(contract), 'utf8').digest('hex');
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
