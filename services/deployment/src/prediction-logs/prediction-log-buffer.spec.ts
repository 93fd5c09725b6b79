import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ServedPrediction } from '../serving/served-prediction';
import { isSampled, PredictionLogBuffer } from './prediction-log-buffer';

function served(i: number, overrides: Partial<ServedPrediction> = {}): ServedPrediction {
  return {
    predictionId: `prediction-${i}`,
    requestId: `request-${i}`,
    requestTime: 1_000 + i,
    endpointName: 'flights-delay',
    modelName: 'flights-delay',
    modelVersion: 3,
    trainingRunId: 'run-3',
    role: 'champion',
    rolloutId: null,
    inputs: { distance: i },
    outputs: [0.25],
    prediction: '0',
    latencyMs: 2,
    ...overrides,
  };
}

describe('PredictionLogBuffer', () => {
  it('drops and counts offers beyond its bound, rows being written included', () => {
    const buffer = new PredictionLogBuffer({ capacity: 3, samplePercent: 100 });
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((i) => buffer.offer(served(i))),
      [true, true, true, false, false],
    );
    assert.equal(buffer.dropped, 2);
    const drained = buffer.drain(2);
    assert.equal(drained.rowCount, 2);
    assert.equal(buffer.waiting, 1);
    // Two rows are out being written: still no room.
    assert.equal(buffer.offer(served(5)), false);
    assert.equal(buffer.dropped, 3);
    buffer.restore(drained.groups[0].rows);
    assert.equal(buffer.waiting, 3);
    assert.deepEqual(
      buffer.drain(10).groups[0].rows.map((row) => row.predictionId),
      ['prediction-0', 'prediction-1', 'prediction-2'],
    );
    buffer.settle(3);
    assert.equal(buffer.offer(served(6)), true);
  });

  it('never throws into the caller, even on a malformed record', () => {
    const buffer = new PredictionLogBuffer({ capacity: 3, samplePercent: 50 });
    assert.equal(buffer.offer({} as ServedPrediction), false);
    assert.equal(buffer.dropped, 1);
  });

  it('samples by prediction id: deterministic, close to the share asked for', () => {
    const buffer = new PredictionLogBuffer({ capacity: 100_000, samplePercent: 10 });
    let kept = 0;
    for (let i = 0; i < 20_000; i++) if (buffer.offer(served(i))) kept++;
    assert.ok(kept > 1_700 && kept < 2_300, `kept ${kept} of 20000`);
    assert.equal(buffer.sampledOut, 20_000 - kept);
    assert.equal(isSampled('prediction-42', 10), isSampled('prediction-42', 10));
    assert.equal(isSampled('anything', 100), true);
    assert.equal(isSampled('anything', 0), false);
  });

  it('groups by model version, run, role, rollout and endpoint, keeping arrival order', () => {
    const buffer = new PredictionLogBuffer({ capacity: 100, samplePercent: 100 });
    buffer.offer(served(0));
    buffer.offer(served(1, { role: 'challenger', rolloutId: 'r-1', modelVersion: 4 }));
    buffer.offer(served(2));
    buffer.offer(served(3, { endpointName: 'other' }));
    buffer.offer(served(4, { role: 'challenger', rolloutId: 'r-1', modelVersion: 4 }));
    buffer.offer(served(5, { modelVersion: null, trainingRunId: 'run-9' }));
    const { groups, rowCount } = buffer.drain(100);
    assert.equal(rowCount, 6);
    assert.deepEqual(
      groups.map((g) => [g.role, g.modelVersion, g.endpointName, g.rows.map((r) => r.requestTime)]),
      [
        ['champion', 3, 'flights-delay', [1000, 1002]],
        ['challenger', 4, 'flights-delay', [1001, 1004]],
        ['champion', 3, 'other', [1003]],
        ['champion', null, 'flights-delay', [1005]],
      ],
    );
  });
});
