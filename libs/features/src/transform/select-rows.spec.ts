import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { RawBatch } from './raw-batch';
import { selectRows } from './select-rows';

const batch: RawBatch = {
  rowCount: 4,
  columns: {
    x: { type: 'numeric', values: Float64Array.of(1, 2, NaN, 4) },
    t: { type: 'timestamp', values: Float64Array.of(10, 20, 30, 40) },
    c: { type: 'categorical', codes: Int32Array.of(0, -1, 1, 0), dictionary: ['a', 'b'] },
  },
};

describe('selectRows', () => {
  it('copies the chosen rows in order, keeping the dictionary', () => {
    const out = selectRows(batch, Uint32Array.of(3, 2, 0, 3));
    assert.equal(out.rowCount, 4);
    assert.deepEqual(out.columns.x, { type: 'numeric', values: Float64Array.of(4, NaN, 1, 4) });
    assert.deepEqual(out.columns.t, { type: 'timestamp', values: Float64Array.of(40, 30, 10, 40) });
    const c = out.columns.c as { codes: Int32Array; dictionary: readonly string[] };
    assert.deepEqual([...c.codes], [0, 1, 0, 0]);
    assert.equal(c.dictionary, (batch.columns.c as { dictionary: readonly string[] }).dictionary);
    assert.equal(selectRows(batch, [1]).columns.c.type, 'categorical');
  });

  it('does not share value storage with the source', () => {
    const out = selectRows(batch, [0]);
    (out.columns.x as { values: Float64Array }).values[0] = 99;
    assert.equal((batch.columns.x as { values: Float64Array }).values[0], 1);
  });

  it('rejects a row outside the batch', () => {
    assert.throws(() => selectRows(batch, [4]), RangeError);
    assert.throws(() => selectRows(batch, [-1]), RangeError);
  });
});
