import { readShippedDocuments } from '@loopline/versioned-documents';
import { defaultDeploymentPolicy, type DeploymentPolicy } from './deployment-policy';
import { DEPLOYMENT_POLICY_KIND } from './deployment-policy.kind';
import { RolloutDomainErrorCode } from './rollout-domain-error-code';

/** The deployment policy of each model: its file's, or the default for a model without one. */
export class DeploymentPolicies {
  constructor(private readonly byModel: ReadonlyMap<string, DeploymentPolicy> = new Map()) {}

  policyFor(modelName: string): DeploymentPolicy {
    return this.byModel.get(modelName) ?? defaultDeploymentPolicy(modelName);
  }

  /** Models that have a policy file, sorted. */
  get shippedModels(): string[] {
    return [...this.byModel.keys()].sort();
  }
}

/**
 * Reads the policy files of `dir` (`<model name>.json`) once, at start-up. Every file is checked
 * before any is used: bad files throw one DEPLOYMENT.INVALID_POLICY naming each problem of each
 * file, rather than let a rollout run under steps or guardrails nobody meant. A missing folder
 * ships nothing, and every model gets the default policy.
 */
export async function loadShippedDeploymentPolicies(dir: string): Promise<DeploymentPolicies> {
  const files = await readShippedDocuments(
    dir,
    DEPLOYMENT_POLICY_KIND,
    RolloutDomainErrorCode.InvalidPolicy,
  );
  const byModel = new Map<string, DeploymentPolicy>();
  for (const file of files ?? [])
    byModel.set(file.name, DEPLOYMENT_POLICY_KIND.parse(file.json, file.name));
  return new DeploymentPolicies(byModel);
}
