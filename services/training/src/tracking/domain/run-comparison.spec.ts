import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compareRuns } from './run-comparison';
import { RunStatus } from './run-status';
import type { TrackedRun } from './tracked-run';

function run(
  id: string,
  params: Record<string, string>,
  metrics: Record<string, number>,
): TrackedRun {
  return {
    id,
    modelName: 'm',
    status: RunStatus.Succeeded,
    trigger: 'manual',
    reason: '',
    requestedBy: 'ops',
    requestIds: [],
    coalesced: 0,
    featureSetId: null,
    configVersion: 1,
    configHash: null,
    params,
    metrics,
    tags: {},
    lineage: { seed: 7 },
    backend: 'wasm',
    samplesPerSecond: null,
    attempts: 1,
    artifacts: [],
    error: null,
    createdAt: new Date(0),
    startedAt: null,
    endedAt: null,
    durationMs: 10,
  };
}

describe('compareRuns', () => {
  it('keeps the order asked and names the keys whose values differ, missing ones included', () => {
    const comparison = compareRuns([
      run('b', { lr: '0.1', optimizer: 'adam' }, { auc: 0.8, loss: 0.3 }),
      run('a', { lr: '0.1', optimizer: 'sgd', momentum: '0.9' }, { auc: 0.8, loss: 0.4 }),
    ]);
    assert.deepEqual(
      comparison.runs.map((each) => each.id),
      ['b', 'a'],
    );
    assert.deepEqual(comparison.paramKeys, ['lr', 'momentum', 'optimizer']);
    assert.deepEqual(comparison.differingParams, ['momentum', 'optimizer']);
    assert.deepEqual(comparison.metricKeys, ['auc', 'loss']);
    assert.deepEqual(comparison.differingMetrics, ['loss']);
    assert.deepEqual(comparison.differingLineage, []);
  });
});
