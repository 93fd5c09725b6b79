import { canonicalJson, canonicalJsonSha256 } from '@loopline/canonical-json';
import type { GatePolicy } from '../gate-policy';
import { parseGatePolicy } from './parse-gate-policy';

/**
 * The policy as JSON with every object's keys sorted (checks keep their order: they are run and
 * reported in it), built from the normalized policy so that two spellings of one gate (fields
 * reordered, a default written out or left implicit) give the same text. Throws
 * EVALUATION.INVALID_GATE_POLICY for an invalid one.
 */
export function canonicalGatePolicyJson(policy: GatePolicy): string {
  return canonicalJson(parseGatePolicy(policy));
}

/** Hex sha256 of the canonical JSON: the identity of a policy's content (a new version when it changes). */
export function gatePolicySha256(policy: GatePolicy): string {
  return canonicalJsonSha256(parseGatePolicy(policy));
}
