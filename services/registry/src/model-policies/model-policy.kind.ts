import { canonicalJsonSha256 } from '@loopline/canonical-json';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { DocumentKind } from '@loopline/versioned-documents';
import { RegistryErrorCode } from '../domain/registry-error-code';
import { MODEL_POLICY_FORMAT, type ModelPolicy, parseModelPolicy } from './model-policy';

/** A model policy as its file states it: what is stored, hashed and shown for each version. */
export interface ModelPolicyDocument {
  format: typeof MODEL_POLICY_FORMAT;
  modelName: string;
  intendedUse: string;
  limitations: string[];
  owners: string[];
  approval: { requiredFor: string[] };
}

/** The file form of a parsed policy (without what the registry adds, such as `documented`). */
export function modelPolicyDocument(policy: ModelPolicy): ModelPolicyDocument {
  return {
    format: MODEL_POLICY_FORMAT,
    modelName: policy.modelName,
    intendedUse: policy.intendedUse,
    limitations: policy.limitations,
    owners: policy.owners,
    approval: { requiredFor: policy.approval.requiredFor },
  };
}

/** Model policies as versioned documents, one name per model. */
export const MODEL_POLICY_KIND: DocumentKind<ModelPolicyDocument> = {
  kind: 'model-policy',
  label: 'model policy',
  parse(json, expectedName) {
    const parsed = parseModelPolicy(json, expectedName);
    if (parsed.policy !== null) return modelPolicyDocument(parsed.policy);
    throw new PlatformError(
      RegistryErrorCode.InvalidModelPolicy,
      `Invalid model policy: ${parsed.problems.join('; ')}.`,
      {
        kind: ErrorKind.InvalidInput,
        details: { problems: parsed.problems.map((message) => ({ path: '', message })) },
      },
    );
  },
  sha256: (document) => canonicalJsonSha256(document),
  nameOf: (document) => document.modelName,
};
