import { ErrorKind, PlatformError } from '@loopline/errors';
import type { RawBatch, RawColumn } from '@loopline/features';
import { DataType, type Field, type Table, tableFromIPC, type Vector } from 'apache-arrow';
import {
  PREDICTED_COLUMN,
  PREDICTION_LOG_FORMAT,
  PREDICTION_LOG_ID_COLUMNS,
  PREDICTION_LOG_METADATA as META,
} from './prediction-log-format';
import { PredictionLogErrorCode } from './prediction-log-error-code';

/** A prediction log file, decoded into columns. */
export interface PredictionLog {
  format: typeof PREDICTION_LOG_FORMAT;
  modelName: string;
  trainingRunId: string;
  endpointName: string;
  rowCount: number;
  predictionIds: string[];
  requestIds: string[];
  /** Epoch milliseconds, UTC. */
  requestTimes: Float64Array;
  latencyMs: Float64Array;
  modelVersions: (number | null)[];
  roles: string[];
  rolloutIds: (string | null)[];
  /** The inputs as a raw batch (NaN / -1 where missing), comparable with training inputs. */
  inputs: RawBatch;
  /** Output names in file (signature) order. */
  outputNames: string[];
  outputs: Record<string, Float32Array>;
  /** Class labels (classifiers) or values (regressors). */
  predicted: string[] | Float64Array;
}

/** The IPC body aligns buffers to 8 bytes relative to its start; typed views need that. */
const ALIGNMENT = 8;

/**
 * Decodes a `loopline.prediction-log/v1` file (see prediction-log-format.ts). Throws
 * PREDICTION_LOG.INVALID_LOG, listing every fault, for bytes that are not such a file.
 */
export function readPredictionLog(bytes: Uint8Array): PredictionLog {
  const table = decode(bytes);
  const problems: string[] = [];
  const metadata = table.schema.metadata;
  const format = metadata.get(META.format);
  if (format !== PREDICTION_LOG_FORMAT)
    throw invalid([`format is ${format}, not ${PREDICTION_LOG_FORMAT}`]);
  const byName = new Map<string, { field: Field; vector: Vector }>();
  table.schema.fields.forEach((field, i) =>
    byName.set(field.name, { field, vector: table.getChildAt(i) as Vector }),
  );
  for (const name of [...PREDICTION_LOG_ID_COLUMNS, PREDICTED_COLUMN])
    if (!byName.has(name)) problems.push(`column ${name} is missing`);
  if (problems.length > 0) throw invalid(problems);
  const vector = (name: string) => byName.get(name)!.vector;
  const strings = (name: string) => vector(name).toArray() as unknown as string[];
  const nullable = <T>(name: string): (T | null)[] => {
    const v = vector(name);
    return Array.from({ length: v.length }, (_, i) => (v.get(i) ?? null) as T | null);
  };
  const columns: Record<string, RawColumn> = {};
  const outputs: Record<string, Float32Array> = {};
  const outputNames: string[] = [];
  for (const { field, vector: column } of byName.values()) {
    const role = field.metadata.get(META.columnRole);
    if (role === 'output') {
      outputNames.push(field.name);
      outputs[field.name] = Float32Array.from(column.toArray() as Float32Array);
    } else if (role === 'input') {
      const input = toRawColumn(field, column);
      if (input === null) problems.push(`input ${field.name} has an unknown layout`);
      else columns[field.name] = input;
    }
  }
  if (problems.length > 0) throw invalid(problems);
  const predicted = vector(PREDICTED_COLUMN);
  return {
    format: PREDICTION_LOG_FORMAT,
    modelName: metadata.get(META.modelName) ?? '',
    trainingRunId: metadata.get(META.trainingRunId) ?? '',
    endpointName: metadata.get(META.endpointName) ?? '',
    rowCount: table.numRows,
    predictionIds: strings('prediction_id'),
    requestIds: strings('request_id'),
    requestTimes: Float64Array.from(nullable<number | bigint>('request_time'), (value) =>
      Number(value ?? NaN),
    ),
    latencyMs: Float64Array.from(vector('latency_ms').toArray() as Float64Array),
    modelVersions: nullable<number>('model_version'),
    roles: strings('role'),
    rolloutIds: nullable<string>('rollout_id'),
    inputs: { rowCount: table.numRows, columns },
    outputNames,
    outputs,
    predicted: DataType.isUtf8(predicted.type)
      ? (predicted.toArray() as unknown as string[])
      : Float64Array.from(predicted.toArray() as Float64Array),
  };
}

function decode(bytes: Uint8Array): Table {
  const aligned = bytes.byteOffset % ALIGNMENT === 0 ? bytes : bytes.slice();
  try {
    return tableFromIPC(aligned);
  } catch (error) {
    throw invalid([`not Arrow IPC: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function toRawColumn(field: Field, vector: Vector): RawColumn | null {
  const kind = field.metadata.get(META.kind);
  if ((kind === 'numeric' || kind === 'timestamp') && DataType.isFloat(field.type))
    return { type: kind, values: Float64Array.from(vector.toArray() as Float64Array) };
  if (kind !== 'categorical' || !DataType.isDictionary(field.type)) return null;
  const codes = new Int32Array(vector.length);
  const dictionary: string[] = [];
  const codeOf = new Map<string, number>();
  for (let i = 0; i < vector.length; i++) {
    const value = vector.get(i) as string | null;
    if (value === null) {
      codes[i] = -1;
      continue;
    }
    let code = codeOf.get(value);
    if (code === undefined) {
      code = dictionary.push(value) - 1;
      codeOf.set(value, code);
    }
    codes[i] = code;
  }
  return { type: 'categorical', codes, dictionary };
}

function invalid(problems: string[]): PlatformError {
  return new PlatformError(
    PredictionLogErrorCode.InvalidLog,
    `The bytes are not a readable ${PREDICTION_LOG_FORMAT} file: ${problems.join('; ')}. Read only objects a PredictionsLogged event names, and check its format field.`,
    { kind: ErrorKind.Unprocessable, details: { problems } },
  );
}
