import { canonicalJson, canonicalJsonSha256 } from '@loopline/canonical-json';
import { DataContract } from './data-contract';

/**
 * The contract as JSON with every object's keys sorted and defaults filled in (it is built from
 * the parsed contract), so two spellings of the same promise (fields reordered, a default written
 * out or left implicit) give the same text and the same hash.
 */
export function canonicalContractJson(contract: DataContract): string {
  return canonicalJson(contract);
}

/** Hex sha256 of the canonical JSON: the identity of a contract's content. */
export function dataContractSha256(contract: DataContract): string {
  return canonicalJsonSha256(contract);
}
