import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { toMetricColumns } from './metric-columns';

describe('toMetricColumns', () => {
  it('lays points out as parallel columns, stamping those without a time', () => {
    assert.deepEqual(
      toMetricColumns(
        [
          { key: 'loss', step: 0, value: 1.5, timestamp: 10 },
          { key: 'loss', step: 1, value: Number.NaN },
        ],
        99,
      ),
      { keys: ['loss', 'loss'], steps: [0, 1], values: [1.5, Number.NaN], timestamps: [10, 99] },
    );
  });

  it('keeps the last of duplicate (key, step) points, since one statement cannot write a row twice', () => {
    const columns = toMetricColumns(
      [
        { key: 'loss', step: 0, value: 1 },
        { key: 'auc', step: 0, value: 0.5 },
        { key: 'loss', step: 0, value: 2 },
      ],
      0,
    );
    assert.deepEqual(columns.keys, ['auc', 'loss']);
    assert.deepEqual(columns.values, [0.5, 2]);
  });
});
