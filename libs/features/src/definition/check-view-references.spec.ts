import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { edited, flights, problemPaths, shippedJson } from './feature-view-fixtures';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

const count7d = { name: 'origin_flights_7d', function: 'count', windowDays: 7 };

describe('names across sections', () => {
  it('keeps feature names and aggregation names unique', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          'features[2].name': 'distance',
          'aggregations[1].name': 'origin_flights_7d',
        }),
      ),
      // features[6] now reads a raw column 'origin_mean_delay_7d' (no aggregation has the name).
      ['aggregations[1].name', 'features[2].name'],
    );
  });

  it('lets a feature share an aggregation name only when it is sourced from it', () => {
    assert.deepEqual(problemPaths(flights({ 'features[0].name': 'origin_flights_7d' })), [
      'features[0].name',
      'features[5].name',
    ]);
    assert.deepEqual(
      problemPaths(
        flights({ 'features[5].name': 'flights_7d', 'features[0].name': 'origin_flights_7d' }),
      ),
      ['features[0].name'],
    );
  });

  it('keeps the label name apart from feature names', () => {
    assert.deepEqual(problemPaths(flights({ 'label.name': 'distance' })), ['label.name']);
  });

  it('keeps aggregation names apart from the entity, event time and label columns', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          aggregations: [
            { ...count7d, name: 'origin' },
            { ...count7d, name: 'date' },
            { ...count7d, name: 'delay' },
            count7d,
          ],
          // Only features that read none of them: a source that names an aggregation reads it.
          features: [0, 5].map((i) => (flights().features as unknown[])[i]),
        }),
      ),
      ['aggregations[0].name', 'aggregations[1].name', 'aggregations[2].name'],
    );
  });
});

describe('label leakage', () => {
  it('rejects a feature reading the label column', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          'features[0].source': 'delay',
          'features[1].source': 'delay',
          'features[1].transform': [],
        }),
      ),
      ['features[0].source', 'features[1].source'],
    );
    const seattle = edited(shippedJson('seattle-weather'), { 'features[0].source': 'weather' });
    assert.deepEqual(problemPaths(seattle), ['features[0].source']);
  });

  it('lets aggregations read the label column', () => {
    // The shipped flights view averages the label column 'delay' over the previous 7 days.
    const definition = parseFeatureViewDefinition(flights());
    assert.equal(definition.aggregations[1].function, 'mean');
    assert.equal(definition.label?.column, 'delay');
  });

  it('keeps the entity off the label column', () => {
    assert.deepEqual(problemPaths(flights({ 'entity.column': 'delay' })), ['entity.column']);
  });
});

describe('feature sources', () => {
  it('reads aggregations through numeric chains only', () => {
    assert.deepEqual(
      problemPaths(flights({ 'features[5].transform': [{ kind: 'hash', buckets: 8 }] })),
      ['features[5].transform'],
    );
    const bucketized = flights({
      'features[5].transform': [{ kind: 'bucketize', boundaries: [10, 100, 1000] }],
    });
    assert.ok(parseFeatureViewDefinition(bucketized));
  });

  it('lets an aggregation read raw columns only', () => {
    assert.deepEqual(problemPaths(flights({ 'aggregations[1].column': 'origin_flights_7d' })), [
      'aggregations[1].column',
    ]);
  });
});

describe('column types', () => {
  it('gives a raw column one type across features', () => {
    assert.deepEqual(problemPaths(flights({ 'features[2].source': 'distance' })), [
      'features[2].source',
    ]);
  });

  it('reads the event time as a timestamp', () => {
    assert.deepEqual(problemPaths(flights({ 'features[0].source': 'date' })), [
      'features[0].source',
    ]);
  });

  it('reads aggregation columns as numbers', () => {
    assert.deepEqual(problemPaths(flights({ 'aggregations[1].column': 'origin' })), [
      'features[1].source',
    ]);
    assert.deepEqual(problemPaths(flights({ 'aggregations[1].column': 'date' })), [
      'aggregations[1].column',
    ]);
  });

  it('reads a multiclass label as categorical', () => {
    const seattle = edited(shippedJson('seattle-weather'), {
      entity: { column: 'city' },
      aggregations: [
        { name: 'mean_weather_7d', function: 'mean', column: 'weather', windowDays: 7 },
      ],
    });
    assert.deepEqual(problemPaths(seattle), ['aggregations[0].column']);
  });
});
