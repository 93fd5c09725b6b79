import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { compileTransform } from './compile-transform';
import type { CompiledTransform } from './compiled-transform';
import { fitTransform } from './fit-transform';
import type { RawBatch } from './raw-batch';
import { selectRows } from './select-rows';
import { loadFeatureView } from './test-support/feature-views';
import { flightsData } from './test-support/flights-batch';
import { seededRandom } from '@loopline/stats';
import { TRANSFORM_SPEC_FORMAT } from './transform-spec';

const bytes = (x: Float32Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);

function compiled(
  definition: FeatureViewDefinition,
  batch: RawBatch,
  train: number,
): CompiledTransform {
  const rows = Uint32Array.from({ length: train }, (_, i) => i);
  const statistics = fitTransform(definition, selectRows(batch, rows), null);
  return compileTransform({
    format: TRANSFORM_SPEC_FORMAT,
    featureView: { name: definition.name, version: 1 },
    definition,
    statistics,
  });
}

/** Batch, request rows and single rows must give the very same Float32 bits. */
function assertParity(
  transform: CompiledTransform,
  batch: RawBatch,
  rows: Record<string, unknown>[],
) {
  const { width } = transform.layout;
  const fromBatch = transform.transformBatch(batch);
  assert.equal(fromBatch.length, batch.rowCount * width);
  assert.ok(bytes(fromBatch).equals(bytes(transform.transformRows(rows))), 'batch vs rows');
  rows.forEach((row, i) => {
    const one = transform.transformRow(row);
    const slice = fromBatch.subarray(i * width, (i + 1) * width);
    assert.ok(bytes(one).equals(bytes(slice)), `row ${i} differs from the batch`);
  });
}

describe('training–serving parity', () => {
  it('gives bit-identical tensors for flights-delay by batch, by rows and row by row', () => {
    const { batch, rows } = flightsData(2000, 1400);
    const transform = compiled(loadFeatureView('flights-delay'), batch, 1400);
    assertParity(transform, batch, rows);
    // The data must exercise what parity is about: unseen and missing categories, missing times.
    const tensor = transform.transformBatch(batch);
    const other = transform.layout.columns.indexOf('origin=other');
    const hourSin = transform.layout.columns.indexOf('hour_sin');
    let others = 0;
    let missingTimes = 0;
    for (let i = 0; i < batch.rowCount; i++) {
      others += tensor[i * transform.layout.width + other];
      if (Number.isNaN(tensor[i * transform.layout.width + hourSin])) missingTimes++;
    }
    assert.ok(others > 100 && missingTimes > 20, `${others} other, ${missingTimes} missing times`);
  });

  it('gives bit-identical tensors for seattle-weather (bucketize, indicator, season)', () => {
    const random = seededRandom(7);
    const n = 800;
    const values = (f: () => number) =>
      Float64Array.from({ length: n }, () => (random() < 0.05 ? NaN : f()));
    const batch: RawBatch = {
      rowCount: n,
      columns: {
        precipitation: {
          type: 'numeric',
          values: values(() => (random() < 0.5 ? 0 : random() * 30)),
        },
        temp_max: { type: 'numeric', values: values(() => 5 + random() * 25) },
        temp_min: { type: 'numeric', values: values(() => -5 + random() * 15) },
        wind: { type: 'numeric', values: values(() => Math.round(random() * 80) / 10) },
        date: {
          type: 'timestamp',
          values: values(() => Date.UTC(2012, 0, 1) + Math.floor(random() * 4e10)),
        },
      },
    };
    const rows = Array.from({ length: n }, (_, i) => {
      const row: Record<string, unknown> = {};
      for (const [name, column] of Object.entries(batch.columns)) {
        if (column.type === 'categorical') continue;
        const v = column.values[i];
        row[name] = Number.isNaN(v) ? null : column.type === 'timestamp' ? new Date(v) : v;
      }
      return row;
    });
    const transform = compiled(loadFeatureView('seattle-weather'), batch, 500);
    assert.ok(transform.layout.columns.includes('precipitation__missing'));
    assert.ok(transform.layout.columns.includes('season=autumn'));
    assertParity(transform, batch, rows);
  });
});
