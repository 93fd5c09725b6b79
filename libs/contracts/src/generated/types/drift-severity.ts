// Generated from schemas/DriftDetected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** Overall severity of the drift in a window, from the share and importance of drifted features. Readers map symbols they do not know to 'unknown'. */
export type DriftSeverity = 'low' | 'medium' | 'high' | 'unknown';
