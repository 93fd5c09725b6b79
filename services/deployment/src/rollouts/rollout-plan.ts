/** One step of a rollout as planned: the traffic the candidate gets and what ends the step. */
export interface PlannedStep {
  trafficPercent: number;
  minRequests: number;
  minDurationSeconds: number;
}

export type RolloutStrategyName = 'canary' | 'shadow' | 'blue_green';

/**
 * A rollout as planned when it started, from the model's deployment policy: kept with the
 * rollout so a policy edited meanwhile does not change a rollout under way.
 * - canary: the policy's traffic steps, the last at 100%;
 * - shadow: one step, its traffic share the part of requests mirrored to the candidate;
 * - blue_green: one step at 100% whose minRequests is the warm-up replay.
 */
export interface RolloutPlan {
  strategy: RolloutStrategyName;
  steps: PlannedStep[];
  guardrails: Record<string, number>;
  maxStepSeconds: number;
  shadowMinAgreement: number | null;
  warmup: { requests: number; maxP99LatencyMs: number };
}
