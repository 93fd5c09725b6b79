import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compileTransform } from './compile-transform';
import { fitTransform } from './fit-transform';
import type { RawBatch } from './raw-batch';
import { selectRows } from './select-rows';
import { loadFeatureView } from './test-support/feature-views';
import { seededRandom } from '@loopline/stats';
import { TRANSFORM_SPEC_FORMAT } from './transform-spec';

const ROWS = 3_000_000;

/** 3M synthetic flights rows, built with typed arrays only (the generator is not what is timed). */
function bigBatch(): RawBatch {
  const random = seededRandom(1);
  const numeric = () => {
    const v = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) v[i] = random() < 0.03 ? NaN : random() * 1000;
    return v;
  };
  const codes = (size: number) => {
    const c = new Int32Array(ROWS);
    for (let i = 0; i < ROWS; i++) c[i] = Math.floor(random() ** 2 * size);
    return c;
  };
  const date = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) date[i] = Date.UTC(2023, 0, 1) + Math.floor(random() * 3e10);
  return {
    rowCount: ROWS,
    columns: {
      distance: { type: 'numeric', values: numeric() },
      origin: {
        type: 'categorical',
        codes: codes(300),
        dictionary: Array.from({ length: 300 }, (_, k) => `O${k}`),
      },
      destination: {
        type: 'categorical',
        codes: codes(300),
        dictionary: Array.from({ length: 300 }, (_, k) => `D${k}`),
      },
      date: { type: 'timestamp', values: date },
      origin_flights_7d: { type: 'numeric', values: numeric() },
      origin_mean_delay_7d: { type: 'numeric', values: numeric() },
      origin_delay_rate_7d: { type: 'numeric', values: numeric() },
    },
  };
}

describe('encode speed (printed, not asserted)', () => {
  it('encodes 3M flights rows', () => {
    const definition = loadFeatureView('flights-delay');
    const batch = bigBatch();
    const train = Uint32Array.from({ length: 100_000 }, (_, i) => i * 7);
    const t0 = performance.now();
    const statistics = fitTransform(definition, selectRows(batch, train), null);
    const fitMs = performance.now() - t0;
    const transform = compileTransform({
      format: TRANSFORM_SPEC_FORMAT,
      featureView: { name: definition.name, version: 1 },
      definition,
      statistics,
    });
    transform.encode(selectRows(batch, [0, 1, 2])); // warm-up
    const t1 = performance.now();
    const encoded = transform.encode(batch);
    const encodeMs = performance.now() - t1;
    assert.equal(encoded.rowCount, ROWS);
    console.log(
      `encode ${ROWS} rows × ${definition.features.length} features: ${encodeMs.toFixed(0)} ms ` +
        `(fit on 100k rows: ${fitMs.toFixed(0)} ms)`,
    );
  });
});
