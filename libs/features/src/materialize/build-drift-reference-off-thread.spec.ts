import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { buildDriftReference } from '@loopline/stats';
import type { RawBatch } from '../transform/raw-batch';
import { selectRows } from '../transform/select-rows';
import { buffersOnlyIn, buildDriftReferenceOffThread } from './build-drift-reference-off-thread';
import { driftReferenceInputs } from './drift-reference-inputs';

function flightsLike(rowCount: number): RawBatch {
  const date = new Float64Array(rowCount);
  const distance = new Float64Array(rowCount);
  const origin = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    date[i] = Date.UTC(2001, 0, 1) + i * 1_234_567;
    distance[i] = i % 7 === 0 ? NaN : 100 + ((i * 37) % 2500);
    origin[i] = i % 5 === 0 ? -1 : i % 3;
  }
  return {
    rowCount,
    columns: {
      date: { type: 'timestamp', values: date },
      distance: { type: 'numeric', values: distance },
      origin: { type: 'categorical', codes: origin, dictionary: ['ATL', 'ORD', 'SEA'] },
    },
  };
}

describe('buildDriftReferenceOffThread', () => {
  it('builds what buildDriftReference builds, moving only the buffers the batch does not use', async () => {
    const batch = flightsLike(5000);
    const part = selectRows(
      batch,
      Uint32Array.from({ length: 5000 }, (_, i) => 4999 - i),
    );
    // A column the part shares with the batch must be copied, never taken from it.
    part.columns.distance = batch.columns.distance;
    const inputs = driftReferenceInputs(part, null);
    const expected = buildDriftReference(part.rowCount, inputs);
    const handOver = buffersOnlyIn(part, batch);
    assert.equal(handOver.size, 2);
    const built = await buildDriftReferenceOffThread(part.rowCount, inputs, handOver);
    assert.deepEqual(built, expected);
    const { date, distance } = part.columns;
    assert.ok(date.type === 'timestamp' && distance.type === 'numeric');
    assert.equal(date.values.length, 0, 'the part-only buffer moved to the worker');
    assert.equal(distance.values.length, 5000, 'the shared buffer stayed');
  });

  it('rejects when the build fails, with the reason', async () => {
    const batch = flightsLike(10);
    const inputs = driftReferenceInputs(batch, null);
    await assert.rejects(
      buildDriftReferenceOffThread(11, inputs, new Set()),
      /10 values for 11 rows/,
    );
  });
});
