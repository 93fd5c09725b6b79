import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { FeatureViewDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { compileTransform } from './compile-transform';
import { fnv1a32 } from './fnv1a';
import { loadFeatureView } from './test-support/feature-views';
import { TRANSFORM_SPEC_FORMAT, type FittedStatistics, type TransformSpec } from './transform-spec';

const spec = (definition: FeatureViewDefinition, statistics: FittedStatistics): TransformSpec => ({
  format: TRANSFORM_SPEC_FORMAT,
  featureView: { name: definition.name, version: 3 },
  definition,
  statistics,
});

describe('compiled values by hand', () => {
  const definition: FeatureViewDefinition = {
    ...loadFeatureView('seattle-weather'),
    features: [
      {
        name: 'x',
        source: 'x',
        description: '',
        transform: [
          { kind: 'impute', strategy: 'constant', value: 2, indicator: true },
          { kind: 'clip', max: 3 },
          { kind: 'min_max' },
        ],
      },
      {
        name: 'b',
        source: 'x',
        description: '',
        transform: [{ kind: 'bucketize', boundaries: [0, 5] }],
      },
      { name: 'raw', source: 'x', description: '', transform: [] },
      { name: 'c', source: 'c', description: '', transform: [{ kind: 'hash', buckets: 3 }] },
      {
        name: 'm',
        source: 't',
        description: '',
        transform: [{ kind: 'datetime_part', part: 'month', encoding: 'ordinal' }],
      },
      {
        name: 's',
        source: 't',
        description: '',
        transform: [{ kind: 'datetime_part', part: 'season', encoding: 'cyclical' }],
      },
    ],
  };
  const statistics: FittedStatistics = {
    fittedRows: 10,
    labelClasses: null,
    features: {
      x: [{ kind: 'impute', value: 2 }, null, { kind: 'min_max', min: 1, max: 3 }],
      b: [null],
      raw: [],
      c: [null],
      m: [null],
      s: [null],
    },
  };
  const transform = compileTransform(spec(definition, statistics));

  it('computes each column as specified', () => {
    const tensor = transform.transformRows([
      { x: 7, c: 'a', t: '2024-07-04T10:00:00Z' },
      { x: null, c: null, t: null },
    ]);
    const bucketA = fnv1a32('a') % 3;
    const onesAt = (k: number) => [0, 1, 2].map((j) => (j === k ? 1 : 0));
    assert.deepEqual(transform.layout.columns, [
      'x',
      'x__missing',
      'b=<0',
      'b=[0,5)',
      'b=>=5',
      'raw',
      'c=0',
      'c=1',
      'c=2',
      'm',
      's_sin',
      's_cos',
    ]);
    assert.deepEqual(
      [...tensor.subarray(0, 12)],
      [1, 0, 0, 0, 1, 7, ...onesAt(bucketA), 7, Math.fround(Math.sin(Math.PI)), -1],
    );
    assert.deepEqual([...tensor.subarray(12)], [0.5, 1, 0, 0, 0, NaN, 0, 0, 0, NaN, NaN, NaN]);
  });

  it('refuses statistics that do not match the definition', () => {
    const bad = { ...statistics, features: { ...statistics.features, x: [null, null, null] } };
    assert.throws(
      () => compileTransform(spec(definition, bad)),
      (e: unknown) =>
        e instanceof PlatformError &&
        e.code === FeaturesErrorCode.InvalidTransformSpec &&
        (e.details.problems as { path: string }[]).map((p) => p.path).join() ===
          'statistics.features.x[0],statistics.features.x[2]',
    );
  });
});
