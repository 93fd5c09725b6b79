import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { StatsErrorCode } from '../errors/stats-error-code';
import { commonEdges } from './common-edges';

const over = (lo: number, hi: number) => ({ edges: [lo, hi], counts: [1] });

describe('commonEdges', () => {
  it('spans both ranges with fixed-width bins', () => {
    assert.deepEqual(commonEdges(over(0, 10), over(5, 30), 5), [0, 6, 12, 18, 24, 30]);
    assert.deepEqual(commonEdges(over(3, 3), over(0, 10), 2), [0, 5, 10]);
  });

  it('ends exactly at the larger maximum', () => {
    const edges = commonEdges(over(0, 0.1), over(0.2, 0.3), 3);
    assert.equal(edges.length, 4);
    assert.equal(edges[3], 0.3);
  });

  it('is one zero-width bin when both are the same constant', () => {
    assert.deepEqual(commonEdges(over(3, 3), over(3, 3), 20), [3, 3]);
  });

  it('rejects a bin count below 1', () => {
    assert.throws(
      () => commonEdges(over(0, 1), over(0, 1), 0),
      (error: unknown) =>
        error instanceof PlatformError && error.code === StatsErrorCode.InvalidDistribution,
    );
  });
});
