// Generated from schemas/DatasetRejected.avsc, schemas/DatasetVersionCreated.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** How serious a data validation finding is: an error rejects the batch, a warning is recorded on the dataset version. Readers map symbols they do not know to 'unknown'. */
export type IssueSeverity = 'error' | 'warning' | 'unknown';
