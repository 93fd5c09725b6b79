import { canonicalJsonSha256 } from '@loopline/canonical-json';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { DocumentKind } from '@loopline/versioned-documents';
import type { DeploymentPolicy } from './deployment-policy';
import { parseDeploymentPolicy } from './parse-deployment-policy';
import { RolloutDomainErrorCode } from './rollout-domain-error-code';

/**
 * Deployment policies as versioned documents, one name per model. `parse` throws
 * DEPLOYMENT.INVALID_POLICY with every problem in `details.problems`.
 */
export const DEPLOYMENT_POLICY_KIND: DocumentKind<DeploymentPolicy> = {
  kind: 'deployment-policy',
  label: 'deployment policy',
  parse: (json, expectedName) => {
    const parsed = parseDeploymentPolicy(json, expectedName);
    if ('policy' in parsed) return parsed.policy;
    throw new PlatformError(
      RolloutDomainErrorCode.InvalidPolicy,
      `Invalid deployment policy: ${parsed.problems.map((each) => `${each.path}: ${each.message}`).join('; ')}.`,
      { kind: ErrorKind.InvalidInput, details: { problems: parsed.problems } },
    );
  },
  sha256: (policy) => canonicalJsonSha256(policy),
  nameOf: (policy) => policy.modelName,
};
