import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { PlatformError } from '@loopline/errors';
import type { FeatureSetSplitData } from '@loopline/features';
import { seededPermutation } from './seeded-permutation';
import { seededRandom } from '@loopline/stats';
import { splitMatrixFromFeatureSet } from './split-matrix-from-feature-set';

const split = (label: Float32Array | null): FeatureSetSplitData => ({
  encoded: {
    rowCount: 3,
    columns: [
      { kind: 'dense', name: 'x', values: Float32Array.of(1, 2, 3) },
      { kind: 'one_hot', name: 'c', labels: ['a', 'b'], index: Int32Array.of(1, -1, 0) },
    ],
  },
  label,
  eventTime: null,
  entity: null,
});

describe('splitMatrixFromFeatureSet', () => {
  it('expands dense and one-hot columns row-major', () => {
    const m = splitMatrixFromFeatureSet(split(Float32Array.of(0, 1, 0)));
    assert.equal(m.width, 3);
    assert.deepEqual([...m.features], [1, 0, 1, 2, 0, 0, 3, 1, 0]);
    assert.deepEqual([...m.labels], [0, 1, 0]);
  });

  it('rejects a split with a missing label or no label column', () => {
    const invalid = (e: PlatformError) => e.code === 'TRAINING.INVALID_DATA';
    assert.throws(() => splitMatrixFromFeatureSet(split(Float32Array.of(0, NaN, 1))), invalid);
    assert.throws(() => splitMatrixFromFeatureSet(split(null)), invalid);
    assert.throws(
      () =>
        splitMatrixFromFeatureSet(split(Float32Array.of(0, 1, 1)), {
          width: 3,
          columns: ['x', 'c=b', 'c=a'],
        }),
      invalid,
    );
  });
});

describe('seededPermutation', () => {
  it('is a permutation fixed by its seed', () => {
    const a = seededPermutation(1000, seededRandom(3));
    assert.deepEqual(
      [...a].sort((x, y) => x - y),
      Array.from({ length: 1000 }, (_, i) => i),
    );
    assert.deepEqual(a, seededPermutation(1000, seededRandom(3)));
    assert.notDeepEqual(a, seededPermutation(1000, seededRandom(4)));
  });
});
