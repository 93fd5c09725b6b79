import type { RawColumnType } from '@loopline/features';

/**
 * Prediction log file, `loopline.prediction-log/v1`: one Arrow IPC file (random-access format)
 * per batch of served predictions of one model version on one endpoint. Columns, in order:
 * - `prediction_id`, `request_id` (Utf8), `request_time` (Timestamp ms, UTC), `latency_ms`
 *   (Float64), `model_version` (Int32, null before the registry numbered the run), `role`
 *   (Utf8), `rollout_id` (Utf8, nullable);
 * - one column per signature input, named as the input and laid out as the feature store's raw
 *   inputs files (`loopline.raw-inputs/v1`): numeric and timestamp as Float64 (epoch ms for
 *   timestamps, NaN where missing), categorical as Dictionary<Utf8, Int32> (null where missing),
 *   each field carrying `loopline.kind`, so monitoring compares them with the training inputs of
 *   the same names without a mapping;
 * - one Float32 column per model output (`probability`, `probability:<class>`, `prediction`);
 * - `predicted`: the class label (Utf8) or the regression value (Float64).
 * Input and output fields carry `loopline.column_role` (`input`, `output`); the schema carries the
 * format, model name, training run id and endpoint name.
 */
export const PREDICTION_LOG_FORMAT = 'loopline.prediction-log/v1';

/** Media type the object store records for a prediction log file. */
export const PREDICTION_LOG_MEDIA_TYPE = 'application/vnd.apache.arrow.file';

export const PREDICTION_LOG_METADATA = {
  format: 'loopline.format',
  modelName: 'loopline.model_name',
  trainingRunId: 'loopline.training_run_id',
  endpointName: 'loopline.endpoint_name',
  kind: 'loopline.kind',
  columnRole: 'loopline.column_role',
} as const;

/** The fixed columns every log starts with, before the inputs. */
export const PREDICTION_LOG_ID_COLUMNS = [
  'prediction_id',
  'request_id',
  'request_time',
  'latency_ms',
  'model_version',
  'role',
  'rollout_id',
] as const;

export const PREDICTED_COLUMN = 'predicted';

/** What one log file holds: whose predictions, and the columns their inputs and outputs take. */
export interface PredictionLogLayout {
  modelName: string;
  trainingRunId: string;
  endpointName: string;
  /** Signature inputs in signature order (online aggregation values included). */
  inputs: readonly { name: string; type: RawColumnType }[];
  /** Output names in signature order; each row's `outputs` follow this order. */
  outputs: readonly string[];
  /** `label` for classifiers (Utf8 column), `value` for regressors (Float64 column). */
  predicted: 'label' | 'value';
}

/** One served prediction as the log stores it (the serving path's record has these fields). */
export interface PredictionLogRow {
  predictionId: string;
  requestId: string;
  /** Epoch milliseconds, UTC. */
  requestTime: number;
  latencyMs: number;
  modelVersion: number | null;
  role: string;
  rolloutId: string | null;
  /** Raw inputs by input name: numbers (epoch ms for timestamps), strings for categories. */
  inputs: Readonly<Record<string, number | string | null>>;
  outputs: readonly number[];
  prediction: string | number;
}
