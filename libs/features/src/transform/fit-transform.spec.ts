import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { fitTransform } from './fit-transform';
import type { RawBatch } from './raw-batch';
import { selectRows } from './select-rows';
import { loadFeatureView } from './test-support/feature-views';
import { flightsData } from './test-support/flights-batch';

const flights = loadFeatureView('flights-delay');

describe('fitTransform', () => {
  it('fits on the training rows only', () => {
    const { batch } = flightsData(400, 400);
    // Train rows (even) around 10 and airport A01; the others around 1000 and airport ZZZ.
    const distance = batch.columns.distance as { values: Float64Array };
    const rate = batch.columns.origin_delay_rate_7d as { values: Float64Array };
    const origin = {
      type: 'categorical' as const,
      codes: new Int32Array(400),
      dictionary: ['A01', 'ZZZ'],
    };
    batch.columns.origin = origin;
    for (let i = 0; i < 400; i++) {
      const train = i % 2 === 0;
      distance.values[i] = train ? 10 + (i % 3) - 1 : 1000;
      rate.values[i] = train ? 0.25 : 0.9;
      origin.codes[i] = train ? 0 : 1;
    }
    const trainRows = Uint32Array.from({ length: 200 }, (_, k) => 2 * k);
    const stats = fitTransform(flights, selectRows(batch, trainRows), null);
    assert.equal(stats.fittedRows, 200);
    assert.deepEqual(stats.features.distance[0], { kind: 'impute', value: 10 });
    assert.deepEqual(stats.features.origin_delay_rate_7d, [
      { kind: 'impute', value: 0.25 },
      { kind: 'min_max', min: 0.25, max: 0.25 },
    ]);
    assert.deepEqual(stats.features.origin, [{ kind: 'one_hot', vocabulary: ['A01'] }]);
    const std = stats.features.distance[2] as { mean: number };
    assert.ok(Math.abs(std.mean - Math.log1p(10)) < 0.01, `mean ${std.mean}`);
  });

  it('gives one entry per step, null where nothing is fitted, deterministically', () => {
    const { batch } = flightsData(3000, 3000);
    const stats = fitTransform(flights, batch, ['no', 'yes']);
    for (const feature of flights.features) {
      assert.equal(stats.features[feature.name].length, feature.transform.length, feature.name);
    }
    assert.deepEqual(stats.features.destination, [null]);
    assert.deepEqual(stats.features.hour, [null]);
    assert.deepEqual(stats.features.origin_mean_delay_7d[1], null);
    const vocabulary = (stats.features.origin[0] as { vocabulary: string[] }).vocabulary;
    assert.ok(vocabulary.length > 3 && vocabulary.length <= 30);
    assert.deepEqual(stats.labelClasses, ['no', 'yes']);
    assert.deepEqual(fitTransform(flights, batch, ['no', 'yes']), stats);
  });

  it('refuses a training batch without a column a feature reads', () => {
    const { batch } = flightsData(10, 10);
    const { distance: _dropped, ...rest } = batch.columns;
    const broken: RawBatch = { rowCount: 10, columns: { ...rest, date: batch.columns.distance } };
    assert.throws(
      () => fitTransform(flights, broken, null),
      (error: unknown) =>
        error instanceof PlatformError &&
        error.code === FeaturesErrorCode.InvalidInput &&
        JSON.stringify(error.details.problems) ===
          JSON.stringify([
            { path: 'columns.distance', message: 'is required (numeric)' },
            { path: 'columns.date', message: 'must be timestamp, found numeric' },
          ]),
    );
  });
});
