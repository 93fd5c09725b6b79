// Generated from schemas/PromotionApproved.avsc, schemas/RolloutCompleted.avsc, schemas/RolloutStarted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** How a new model version is exposed to traffic: canary shifts traffic in steps, shadow mirrors traffic without serving its answers, blue_green switches all traffic at once after warm-up. Readers map symbols they do not know to 'unknown'. */
export type RolloutStrategy = 'canary' | 'shadow' | 'blue_green' | 'unknown';
