// Generated from schemas/PredictionsLogged.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Role of the model version that produced predictions: champion answers traffic, challenger answers a canary share, shadow is mirrored and never answers. Readers map symbols they do not know to 'unknown'. */
export type ServingRole = 'champion' | 'challenger' | 'shadow' | 'unknown';
