// Generated from schemas/RolloutRolledBack.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Why a rollout was rolled back. Readers map symbols they do not know to 'unknown'. */
export type RollbackReason =
  'manual' | 'guardrail_breached' | 'performance_degraded' | 'deployment_error' | 'unknown';
