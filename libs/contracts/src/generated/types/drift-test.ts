// Generated from schemas/DriftDetected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Statistical test or distance used to measure drift of one feature. Readers map symbols they do not know to 'unknown'. */
export type DriftTest = 'ks' | 'chi_square' | 'psi' | 'jensen_shannon' | 'wasserstein' | 'unknown';
