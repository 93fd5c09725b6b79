import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { flights, shippedJson } from './feature-view-fixtures';
import { describeFeatureOutputs } from './feature-widths';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

const outputsOf = (json: unknown) => describeFeatureOutputs(parseFeatureViewDefinition(json));

describe('describeFeatureOutputs', () => {
  it('describes the flights view in tensor order', () => {
    const outputs = outputsOf(shippedJson('flights-delay'));
    assert.deepEqual(
      outputs.map(({ name, sourceColumns, transform, width }) => ({
        name,
        sourceColumns,
        transform,
        width,
      })),
      [
        {
          name: 'distance',
          sourceColumns: ['distance'],
          transform: 'impute+log1p+standardize',
          width: 1,
        },
        { name: 'origin', sourceColumns: ['origin'], transform: 'one_hot', width: 31 },
        { name: 'destination', sourceColumns: ['destination'], transform: 'hash', width: 64 },
        { name: 'hour', sourceColumns: ['date'], transform: 'datetime_part', width: 2 },
        { name: 'weekday', sourceColumns: ['date'], transform: 'datetime_part', width: 7 },
        { name: 'origin_flights_7d', sourceColumns: [], transform: 'log1p+standardize', width: 1 },
        {
          name: 'origin_mean_delay_7d',
          sourceColumns: ['delay'],
          transform: 'impute+clip+standardize',
          width: 2,
        },
        {
          name: 'origin_delay_rate_7d',
          sourceColumns: ['delay'],
          transform: 'impute+min_max',
          width: 1,
        },
      ],
    );
    assert.equal(
      outputs.reduce((sum, output) => sum + output.width, 0),
      109,
    );
    for (const output of outputs) assert.equal(output.dtype, 'float32');
    assert.equal(outputs[0].description, 'Route length in miles, log-scaled and standardized.');
  });

  it('sizes bucketize, date parts and empty chains', () => {
    const widths = (json: unknown) => outputsOf(json).map((output) => output.width);
    assert.deepEqual(widths(shippedJson('seattle-weather')), [2, 1, 1, 5, 4, 2]);
    const variant = flights({
      'features[0].transform': [
        { kind: 'impute', strategy: 'median', indicator: true },
        { kind: 'bucketize', boundaries: [100, 500, 1000] },
      ],
      'features[3].transform[0].encoding': 'ordinal',
      'features[4].transform[0]': {
        kind: 'datetime_part',
        part: 'day_of_year',
        encoding: 'one_hot',
      },
      'features[5].transform': [],
    });
    const outputs = outputsOf(variant);
    assert.deepEqual(
      [0, 3, 4, 5].map((i) => outputs[i].width),
      [5, 1, 366, 1],
    );
    assert.equal(outputs[5].transform, 'identity');
  });
});
