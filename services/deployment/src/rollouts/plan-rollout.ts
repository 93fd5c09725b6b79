import { type DeploymentPolicy, guardrailMap } from './domain';
import type { RolloutPlan, RolloutStrategyName } from './rollout-plan';

/**
 * The plan of a rollout under the model's deployment policy. A first deployment has nothing to
 * compare a canary or a shadow with, so it is always blue-green: loaded, warmed on replayed
 * requests, then switched.
 */
export function planRollout(
  policy: DeploymentPolicy,
  requested: RolloutStrategyName | null,
  hasStable: boolean,
): RolloutPlan {
  const strategy: RolloutStrategyName = hasStable ? (requested ?? policy.strategy) : 'blue_green';
  const warmup = {
    requests: policy.blueGreen.warmupRequests,
    maxP99LatencyMs: policy.blueGreen.maxWarmupP99LatencyMs,
  };
  const common = {
    strategy,
    guardrails: guardrailMap(policy.guardrails),
    maxStepSeconds: policy.maxStepSeconds,
    warmup,
  };
  switch (strategy) {
    case 'canary':
      return {
        ...common,
        steps: policy.canary.steps.map((step) => ({ ...step })),
        shadowMinAgreement: null,
      };
    case 'shadow':
      return {
        ...common,
        steps: [
          {
            trafficPercent: policy.shadow.mirrorPercent,
            minRequests: policy.shadow.minRequests,
            minDurationSeconds: policy.shadow.minDurationSeconds,
          },
        ],
        shadowMinAgreement: policy.shadow.minAgreement,
      };
    case 'blue_green':
      return {
        ...common,
        steps: [{ trafficPercent: 100, minRequests: warmup.requests, minDurationSeconds: 0 }],
        shadowMinAgreement: null,
      };
  }
}
