import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBatch } from '@loopline/features';
import { concatRawBatches } from './concat-raw-batches';
import { MicroBatcher } from './micro-batcher';

function batch(values: number[], categories: (string | null)[]): RawBatch {
  const dictionary = [...new Set(categories.filter((c): c is string => c !== null))].reverse();
  return {
    rowCount: values.length,
    columns: {
      x: { type: 'numeric', values: Float64Array.from(values) },
      c: {
        type: 'categorical',
        codes: Int32Array.from(categories.map((c) => (c === null ? -1 : dictionary.indexOf(c)))),
        dictionary,
      },
    },
  };
}

/** Outputs [x, code-derived value] per row, so each row's answer can be checked. */
function echo(rows: RawBatch): Float32Array {
  const x = rows.columns.x as { values: Float64Array };
  const c = rows.columns.c as { codes: Int32Array; dictionary: readonly string[] };
  const out = new Float32Array(rows.rowCount * 2);
  for (let i = 0; i < rows.rowCount; i++) {
    out[2 * i] = x.values[i];
    out[2 * i + 1] = c.codes[i] < 0 ? -1 : Number(c.dictionary[c.codes[i]].slice(1));
  }
  return out;
}

describe('concatRawBatches', () => {
  it('keeps every row in order and re-maps categories into one dictionary', () => {
    const joined = concatRawBatches([
      batch([1, 2], ['c7', null]),
      batch([3], ['c9']),
      batch([4], ['c7']),
    ]);
    assert.equal(joined.rowCount, 4);
    assert.deepEqual([...echo(joined)], [1, 7, 2, -1, 3, 9, 4, 7]);
    const c = joined.columns.c as { dictionary: readonly string[] };
    assert.deepEqual([...c.dictionary].sort(), ['c7', 'c9']);
  });
});

describe('MicroBatcher', () => {
  it('scores concurrent requests in one call and hands each its own rows', async () => {
    const calls: number[] = [];
    const batcher = new MicroBatcher({
      maxBatchSize: 64,
      maxWaitMs: 5,
      outputWidth: 2,
      score: (rows) => {
        calls.push(rows.rowCount);
        return echo(rows);
      },
    });
    const answers = await Promise.all([
      batcher.score(batch([1], ['c1'])),
      batcher.score(batch([2, 3], ['c2', 'c3'])),
      batcher.score(batch([4], [null])),
    ]);
    assert.deepEqual(calls, [4]);
    assert.deepEqual(
      answers.map((a) => [...a]),
      [
        [1, 1],
        [2, 2, 3, 3],
        [4, -1],
      ],
    );
  });

  it('calls the model as soon as the batch is full, without waiting', async () => {
    const calls: number[] = [];
    const batcher = new MicroBatcher({
      maxBatchSize: 2,
      maxWaitMs: 60_000,
      outputWidth: 2,
      score: (rows) => {
        calls.push(rows.rowCount);
        return echo(rows);
      },
    });
    const answers = await Promise.all([
      batcher.score(batch([1], ['c1'])),
      batcher.score(batch([2], ['c2'])),
    ]);
    assert.deepEqual(calls, [2]);
    assert.deepEqual(
      answers.map((a) => [...a]),
      [
        [1, 1],
        [2, 2],
      ],
    );
  });

  it('fails only the request the model rejects, not its neighbours', async () => {
    const batcher = new MicroBatcher({
      maxBatchSize: 64,
      maxWaitMs: 0,
      outputWidth: 2,
      score: (rows) => {
        if ((rows.columns.x as { values: Float64Array }).values.includes(-1))
          throw new Error('bad row');
        return echo(rows);
      },
    });
    const [good, bad] = await Promise.allSettled([
      batcher.score(batch([5], ['c5'])),
      batcher.score(batch([-1], ['c1'])),
    ]);
    assert.equal(good.status, 'fulfilled');
    assert.deepEqual([...(good as PromiseFulfilledResult<Float32Array>).value], [5, 5]);
    assert.equal(bad.status, 'rejected');
  });
});
