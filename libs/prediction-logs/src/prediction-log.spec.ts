import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tableFromIPC } from 'apache-arrow';
import type { PredictionLogLayout, PredictionLogRow } from './prediction-log-format';
import { PredictionLogErrorCode } from './prediction-log-error-code';
import { readPredictionLog } from './read-prediction-log';
import { writePredictionLog } from './write-prediction-log';

const LAYOUT: PredictionLogLayout = {
  modelName: 'flights-delay',
  trainingRunId: 'run-1',
  endpointName: 'flights-delay',
  inputs: [
    { name: 'distance', type: 'numeric' },
    { name: 'date', type: 'timestamp' },
    { name: 'origin', type: 'categorical' },
  ],
  outputs: ['probability'],
  predicted: 'label',
};

function row(i: number, overrides: Partial<PredictionLogRow> = {}): PredictionLogRow {
  return {
    predictionId: `p-${i}`,
    requestId: `r-${Math.floor(i / 2)}`,
    requestTime: 1_700_000_000_000 + i,
    latencyMs: 1.5 + i,
    modelVersion: i % 3 === 0 ? null : 4,
    role: i % 2 === 0 ? 'champion' : 'challenger',
    rolloutId: i % 2 === 0 ? null : 'rollout-9',
    inputs: {
      distance: 100 + i,
      date: 978_307_200_000 + i * 60_000,
      origin: ['SEA', 'SFO'][i % 2],
    },
    outputs: [i / 10],
    prediction: i / 10 >= 0.5 ? '1' : '0',
    ...overrides,
  };
}

describe('prediction log files (loopline.prediction-log/v1)', () => {
  it('round-trips every column and the schema metadata', () => {
    const rows = Array.from({ length: 7 }, (_, i) => row(i));
    rows[3] = row(3, { inputs: { distance: null, date: null, origin: null } });
    const log = readPredictionLog(writePredictionLog(rows, LAYOUT));
    assert.equal(log.format, 'loopline.prediction-log/v1');
    assert.equal(log.modelName, 'flights-delay');
    assert.equal(log.trainingRunId, 'run-1');
    assert.equal(log.endpointName, 'flights-delay');
    assert.equal(log.rowCount, 7);
    assert.deepEqual(
      log.predictionIds,
      rows.map((r) => r.predictionId),
    );
    assert.deepEqual(
      log.requestIds,
      rows.map((r) => r.requestId),
    );
    assert.deepEqual(
      [...log.requestTimes],
      rows.map((r) => r.requestTime),
    );
    assert.deepEqual(
      [...log.latencyMs],
      rows.map((r) => r.latencyMs),
    );
    assert.deepEqual(
      log.modelVersions,
      rows.map((r) => r.modelVersion),
    );
    assert.deepEqual(
      log.roles,
      rows.map((r) => r.role),
    );
    assert.deepEqual(
      log.rolloutIds,
      rows.map((r) => r.rolloutId),
    );
    assert.deepEqual(log.outputNames, ['probability']);
    assert.deepEqual(
      [...log.outputs.probability],
      rows.map((r) => Math.fround(r.outputs[0])),
    );
    assert.deepEqual(
      log.predicted,
      rows.map((r) => r.prediction),
    );

    const { distance, date, origin } = log.inputs.columns;
    if (distance.type !== 'numeric' || date.type !== 'timestamp')
      assert.fail(`inputs typed ${distance.type} and ${date.type}`);
    assert.deepEqual([...distance.values].slice(0, 3), [100, 101, 102]);
    assert.ok(Number.isNaN(distance.values[3]) && Number.isNaN(date.values[3]));
    assert.equal(date.values[1], 978_307_260_000);
    if (origin.type !== 'categorical') assert.fail(`origin typed ${origin.type}`);
    const labels = [...origin.codes].map((code) => (code < 0 ? null : origin.dictionary[code]));
    assert.deepEqual(labels, ['SEA', 'SFO', 'SEA', null, 'SEA', 'SFO', 'SEA']);
  });

  it('names the input columns as the model does, typed as the raw inputs files type them', () => {
    const table = tableFromIPC(writePredictionLog([row(0)], LAYOUT));
    assert.deepEqual(
      table.schema.fields.map((f) => `${f.name}:${f.type}`),
      [
        'prediction_id:Utf8',
        'request_id:Utf8',
        'request_time:Timestamp<MILLISECOND>',
        'latency_ms:Float64',
        'model_version:Int32',
        'role:Utf8',
        'rollout_id:Utf8',
        'distance:Float64',
        'date:Float64',
        'origin:Dictionary<Int32, Utf8>',
        'probability:Float32',
        'predicted:Utf8',
      ],
    );
    assert.equal(table.schema.fields[8].metadata.get('loopline.kind'), 'timestamp');
  });

  it('writes regression values and several class probabilities', () => {
    const regression = { ...LAYOUT, outputs: ['prediction'], predicted: 'value' as const };
    const values = readPredictionLog(
      writePredictionLog([row(0, { outputs: [12.5], prediction: 12.5 })], regression),
    );
    assert.deepEqual([...(values.predicted as Float64Array)], [12.5]);
    const multiclass = { ...LAYOUT, outputs: ['probability:sun', 'probability:rain'] };
    const classes = readPredictionLog(
      writePredictionLog([row(0, { outputs: [0.25, 0.75], prediction: 'rain' })], multiclass),
    );
    assert.deepEqual(classes.outputNames, ['probability:sun', 'probability:rain']);
    assert.equal(classes.outputs['probability:rain'][0], 0.75);
    assert.deepEqual(classes.predicted, ['rain']);
  });

  it('refuses a layout whose columns would share a name, and bytes that are not a log', () => {
    const clash = { ...LAYOUT, inputs: [{ name: 'role', type: 'numeric' as const }] };
    assert.throws(
      () => writePredictionLog([row(0)], clash),
      (error: { code: string; message: string }) =>
        error.code === PredictionLogErrorCode.InvalidLayout && /'role'/.test(error.message),
    );
    assert.throws(() => writePredictionLog([row(0, { outputs: [0.1, 0.2] })], LAYOUT), {
      code: PredictionLogErrorCode.InvalidLayout,
    });
    assert.throws(() => readPredictionLog(new Uint8Array([1, 2, 3])), {
      code: PredictionLogErrorCode.InvalidLog,
    });
  });

  // A bound loose enough for a loaded shared machine (about 30 ms idle): it catches a writer
  // that went quadratic, not noise.
  it('writes 10,000 rows in well under a second', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i));
    writePredictionLog(rows, LAYOUT);
    const started = performance.now();
    const bytes = writePredictionLog(rows, LAYOUT);
    const elapsed = performance.now() - started;
    assert.equal(readPredictionLog(bytes).rowCount, 10_000);
    assert.ok(elapsed < 1_000, `took ${elapsed.toFixed(1)} ms`);
    console.log(
      `10,000-row prediction log written in ${elapsed.toFixed(1)} ms (${bytes.length} bytes)`,
    );
  });
});
