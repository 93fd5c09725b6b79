// Test support only (not exported): raw batches, deterministic models and policies for the specs.
import { strict as assert } from 'node:assert';
import { ErrorKind, PlatformError } from '@loopline/errors';
import type { RawBatch, RawColumn } from '@loopline/features';
import type { GateCheckOutcome, GateEvaluation } from '../evaluation-report';
import type { GatePolicy } from '../gate-policy';
import type {
  EvaluationTask,
  GateInputs,
  LatencyMeasurement,
  ModelUnderEvaluation,
} from '../model-under-evaluation';
import { parseGatePolicy } from '../policy/parse-gate-policy';

export const numeric = (values: number[]): RawColumn => ({
  type: 'numeric',
  values: Float64Array.from(values),
});

export const timestamps = (isoOrNaN: (string | null)[]): RawColumn => ({
  type: 'timestamp',
  values: Float64Array.from(isoOrNaN, (v) => (v === null ? NaN : Date.parse(v))),
});

/** A categorical column; null is a missing value (code -1). */
export function categorical(values: (string | null)[]): RawColumn {
  const dictionary = [...new Set(values.filter((v): v is string => v !== null))];
  const codes = Int32Array.from(values, (v) => (v === null ? -1 : dictionary.indexOf(v)));
  return { type: 'categorical', codes, dictionary };
}

export function batch(columns: Record<string, RawColumn>): RawBatch {
  const first = Object.values(columns)[0];
  const rowCount = first.type === 'categorical' ? first.codes.length : first.values.length;
  return { rowCount, columns };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Reads a numeric column, rejecting as a real model does when the batch lacks it. */
export function readNumeric(input: RawBatch, column: string): Float64Array {
  const raw = input.columns[column];
  if (raw === undefined || raw.type === 'categorical')
    throw new PlatformError(
      'SERVING.MISSING_INPUT',
      `The batch has no numeric column '${column}'.`,
      {
        kind: ErrorKind.InvalidInput,
      },
    );
  return raw.values;
}

export interface FakeModelOptions {
  classLabels?: string[];
  artifactSizeBytes?: number;
  latency?: LatencyMeasurement;
}

/**
 * A real deterministic model of the raw columns: `perRow(batch, row)` gives the row's outputs.
 * It records the latency sample counts it was asked for.
 */
export function fakeModel(
  perRow: (input: RawBatch, row: number) => number[],
  options: FakeModelOptions = {},
): ModelUnderEvaluation & { latencyRequests: number[] } {
  const latencyRequests: number[] = [];
  return {
    classLabels: options.classLabels ?? ['0', '1'],
    artifactSizeBytes: options.artifactSizeBytes ?? 1_000,
    latencyRequests,
    async score(input) {
      const out: number[] = [];
      for (let row = 0; row < input.rowCount; row++) out.push(...perRow(input, row));
      return Float32Array.from(out);
    },
    async measureLatency(samples) {
      latencyRequests.push(samples);
      return { ...(options.latency ?? { p50Ms: 1, p95Ms: 2, p99Ms: 3 }), samples };
    },
  };
}

/** P(class 1) = sigmoid(weight · x + bias) of a numeric column; a missing x scores 0.5. */
export function logisticModel(
  column: string,
  weight = 1,
  bias = 0,
  options: FakeModelOptions = {},
) {
  return fakeModel((input, row) => {
    const x = readNumeric(input, column)[row];
    return [Number.isNaN(x) ? 0.5 : sigmoid(weight * x + bias)];
  }, options);
}

export function policy(checks: unknown[], extra: Record<string, unknown> = {}): GatePolicy {
  return parseGatePolicy({
    format: 'loopline.gate-policy/v1',
    modelName: 'flights-delay',
    description: 'test gate',
    checks,
    ...extra,
  });
}

export function inputs(
  fields: Omit<Partial<GateInputs>, 'labels'> &
    Pick<GateInputs, 'rawInputs' | 'candidate'> & { labels: number[]; checks?: unknown[] },
): GateInputs {
  const task: EvaluationTask = fields.task ?? 'binary_classification';
  return {
    policy: fields.policy ?? policy(fields.checks ?? []),
    task,
    classLabels: fields.classLabels ?? (task === 'regression' ? [] : ['0', '1']),
    labels: Float32Array.from(fields.labels),
    rawInputs: fields.rawInputs,
    candidate: fields.candidate,
    champion: fields.champion ?? null,
    ...(fields.labelColumn === undefined ? {} : { labelColumn: fields.labelColumn }),
  };
}

/** The outcomes of the check named `name`. */
export function outcomesOf(evaluation: GateEvaluation, name: string): GateCheckOutcome[] {
  const found = evaluation.checks.filter((outcome) => outcome.checkName === name);
  assert.ok(found.length > 0, `no outcome for check ${name}`);
  return found;
}

export function close(actual: number | null, expected: number, tolerance = 1e-6): void {
  assert.ok(
    actual !== null && Math.abs(actual - expected) <= tolerance,
    `${actual} is not ${expected} (±${tolerance})`,
  );
}
