// Generated from schemas/FeatureViewRegistered.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Value type of a feature after its transform. Readers map symbols they do not know to 'unknown'. */
export type FeatureDtype = 'float32' | 'int32' | 'bool' | 'string' | 'unknown';
