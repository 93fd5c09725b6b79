// Generated from schemas/RolloutRolledBack.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Why a rollout was rolled back: superseded when a newer version's rollout replaced it before it finished. Readers map symbols they do not know to 'unknown'. */
export type RollbackReason =
  | 'manual'
  | 'guardrail_breached'
  | 'performance_degraded'
  | 'deployment_error'
  | 'superseded'
  | 'unknown';
