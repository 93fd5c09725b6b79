import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { compileTransform } from './compile-transform';
import { fitTransform } from './fit-transform';
import { loadFeatureView } from './test-support/feature-views';
import { flightsData } from './test-support/flights-batch';
import { TRANSFORM_SPEC_FORMAT, type FittedStatistics, type TransformSpec } from './transform-spec';

const spec = (definition: FeatureViewDefinition, statistics: FittedStatistics): TransformSpec => ({
  format: TRANSFORM_SPEC_FORMAT,
  featureView: { name: definition.name, version: 3 },
  definition,
  statistics,
});

describe('compileTransform on flights-delay', () => {
  const definition = loadFeatureView('flights-delay');
  const { batch } = flightsData(2000, 2000);
  const transform = compileTransform(spec(definition, fitTransform(definition, batch, null)));
  const vocabulary = (transform.spec.statistics.features.origin[0] as { vocabulary: string[] })
    .vocabulary;

  it('lays out the tensor columns in feature order', () => {
    const expected = [
      'distance',
      ...[...vocabulary, 'other'].map((v) => `origin=${v}`),
      ...Array.from({ length: 64 }, (_, k) => `destination=${k}`),
      'hour_sin',
      'hour_cos',
      ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => `weekday=${d}`),
      'origin_flights_7d',
      'origin_mean_delay_7d',
      'origin_mean_delay_7d__missing',
      'origin_delay_rate_7d',
    ];
    assert.deepEqual(transform.layout.columns, expected);
    assert.equal(transform.layout.width, vocabulary.length + 1 + 78);
  });

  it('lists the input columns with types, aggregations online', () => {
    assert.deepEqual(transform.inputColumns, [
      { name: 'distance', type: 'numeric', online: false },
      { name: 'origin', type: 'categorical', online: false },
      { name: 'destination', type: 'categorical', online: false },
      { name: 'date', type: 'timestamp', online: false },
      { name: 'origin_flights_7d', type: 'numeric', online: true },
      { name: 'origin_mean_delay_7d', type: 'numeric', online: true },
      { name: 'origin_delay_rate_7d', type: 'numeric', online: true },
    ]);
  });

  it('expands the compact form into exactly the batch tensor, leaving the batch untouched', () => {
    const before = Buffer.from(
      (batch.columns.distance as { values: Float64Array }).values.buffer,
    ).toString('hex');
    const encoded = transform.encode(batch);
    const tensor = transform.transformBatch(batch);
    assert.ok(Buffer.from(transform.toTensor(encoded).buffer).equals(Buffer.from(tensor.buffer)));
    assert.equal(encoded.columns.length, 10);
    assert.equal(
      Buffer.from((batch.columns.distance as { values: Float64Array }).values.buffer).toString(
        'hex',
      ),
      before,
    );
  });

  it('refuses encoded columns that do not match the layout', () => {
    const encoded = transform.encode(batch);
    assert.throws(
      () => transform.toTensor({ ...encoded, columns: encoded.columns.slice(1) }),
      RangeError,
    );
  });

  it('refuses a batch missing a column', () => {
    const { date: _date, ...columns } = batch.columns;
    assert.throws(
      () => transform.encode({ rowCount: batch.rowCount, columns }),
      (e: unknown) => e instanceof PlatformError && e.code === FeaturesErrorCode.InvalidInput,
    );
  });
});
