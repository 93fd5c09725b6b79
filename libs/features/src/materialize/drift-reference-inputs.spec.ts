import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { RawBatch } from '../transform/raw-batch';
import { driftReferenceInputs } from './drift-reference-inputs';

describe('driftReferenceInputs', () => {
  const batch: RawBatch = {
    rowCount: 2,
    columns: {
      date: { type: 'timestamp', values: Float64Array.of(0, 3_600_000) },
      delay: { type: 'numeric', values: Float64Array.of(5, 20) },
      distance: { type: 'numeric', values: Float64Array.of(100, NaN) },
      origin: { type: 'categorical', codes: Int32Array.of(1, -1), dictionary: ['ATL', 'ORD'] },
    },
  };

  it('passes every column but the label, with its kind and without copying', () => {
    const inputs = driftReferenceInputs(batch, 'delay');
    assert.deepEqual(
      inputs.map((input) => [input.name, input.kind]),
      [
        ['date', 'timestamp'],
        ['distance', 'numeric'],
        ['origin', 'categorical'],
      ],
    );
    const distance = inputs[1];
    assert.ok(distance.kind === 'numeric');
    const source = batch.columns.distance;
    assert.ok(source.type === 'numeric');
    assert.equal(distance.values, source.values, 'the typed array itself, not a copy');
    const origin = inputs[2];
    assert.ok(origin.kind === 'categorical');
    assert.deepEqual([...origin.codes], [1, -1]);
    assert.deepEqual(origin.labels, ['ATL', 'ORD']);
  });

  it('keeps every column of a view without a label', () => {
    assert.equal(driftReferenceInputs(batch, null).length, 4);
  });
});
