import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { alignClassColumns } from './align-class-columns';

const rounded = (values: Float32Array) => [...values].map((v) => Math.round(v * 1e6) / 1e6);

describe('alignClassColumns', () => {
  it('reorders columns by class name and gives a class the model lacks probability 0', () => {
    const aligned = alignClassColumns(
      Float32Array.from([0.2, 0.8, 0.6, 0.4]),
      2,
      ['c', 'a'],
      ['a', 'b', 'c'],
    );
    assert.deepEqual(rounded(aligned), [0.8, 0, 0.2, 0.4, 0, 0.6]);
  });

  it('renormalizes over the shared classes when the model has classes the candidate lacks', () => {
    const aligned = alignClassColumns(
      Float32Array.from([0.5, 0.25, 0.25, 0, 0, 1]),
      2,
      ['a', 'b', 'old'],
      ['b', 'a'],
    );
    assert.deepEqual(
      rounded(aligned),
      [1 / 3, 2 / 3, 0.5, 0.5].map((v) => Math.round(v * 1e6) / 1e6),
    );
  });

  it('returns the outputs themselves when the classes already agree', () => {
    const outputs = Float32Array.from([0.1, 0.9]);
    assert.equal(alignClassColumns(outputs, 1, ['a', 'b'], ['a', 'b']), outputs);
  });
});
