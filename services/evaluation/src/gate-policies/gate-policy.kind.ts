import { type GatePolicy, gatePolicySha256, parseGatePolicy } from '@loopline/model-evaluation';
import type { DocumentKind } from '@loopline/versioned-documents';

/** Gate policies as versioned documents, one name per model. */
export const GATE_POLICY_KIND: DocumentKind<GatePolicy> = {
  kind: 'gate-policy',
  label: 'gate policy',
  parse: (json, expectedName) => parseGatePolicy(json, { expectedModelName: expectedName }),
  sha256: gatePolicySha256,
  nameOf: (policy) => policy.modelName,
};
