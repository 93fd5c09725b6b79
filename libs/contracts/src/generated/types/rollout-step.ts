// Generated from schemas/RolloutStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** One planned step of a rollout. */
export interface RolloutStep {
  /** Share of live traffic (0-100) routed to the new version during the step; for shadow, the share of traffic mirrored. */
  trafficPercent: number;
  /** Minimum time the step runs, with guardrails healthy, before the next step starts. */
  minDurationSeconds: number;
  /** Minimum requests the new version must answer during the step (for shadow, mirrored requests) before it can end; 0 when only time counts. */
  minRequests: number;
}
