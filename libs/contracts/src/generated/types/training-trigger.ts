// Generated from schemas/TrainingRequested.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Why a training run was asked for. Readers map symbols they do not know to 'unknown'. */
export type TrainingTrigger =
  'manual' | 'schedule' | 'new_data' | 'drift' | 'performance' | 'unknown';
