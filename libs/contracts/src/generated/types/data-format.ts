// Generated from schemas/DataBatchSubmitted.avsc, schemas/DatasetVersionCreated.avsc, schemas/GroundTruthObserved.avsc, schemas/PredictionsLogged.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** File format of a tabular data object. Readers that meet a format they do not know see unknown. Readers map symbols they do not know to 'unknown'. */
export type DataFormat = 'parquet' | 'csv' | 'json' | 'ndjson' | 'arrow' | 'unknown';
