import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { FeaturesErrorCode } from '../errors/features-error-code';
import { compileTransform } from './compile-transform';
import { fitTransform } from './fit-transform';
import { loadFeatureView } from './test-support/feature-views';
import { flightsData } from './test-support/flights-batch';
import { TRANSFORM_SPEC_FORMAT, type TransformSpec } from './transform-spec';
import { parseTransformSpec } from './transform-spec-json';

const definition = loadFeatureView('flights-delay');
const stored: TransformSpec = JSON.parse(
  JSON.stringify({
    format: TRANSFORM_SPEC_FORMAT,
    featureView: { name: 'flights-delay', version: 2 },
    definition,
    statistics: fitTransform(definition, flightsData(500, 500).batch, null),
  }),
);

function problemPaths(input: unknown): string[] {
  try {
    parseTransformSpec(input);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, FeaturesErrorCode.InvalidTransformSpec);
    return (error.details.problems as { path: string }[]).map((p) => p.path);
  }
  assert.fail('parsed');
}

describe('parseTransformSpec', () => {
  it('reads a stored spec that compiles to the same layout', () => {
    const spec = parseTransformSpec(stored);
    assert.deepEqual(spec.statistics, stored.statistics);
    assert.equal(spec.featureView.version, 2);
    assert.deepEqual(compileTransform(spec).layout, compileTransform(stored).layout);
  });

  it('names every problem with its path', () => {
    const features = { ...stored.statistics.features };
    features.distance = [null, null];
    features.origin = [{ kind: 'standardize', mean: 0, std: 1 }];
    features.hour = [{ kind: 'impute', value: 1 }];
    features.ghost = [];
    const paths = problemPaths({
      ...stored,
      format: 'v0',
      extra: 1,
      featureView: { name: 'other', version: 0 },
      statistics: { ...stored.statistics, fittedRows: -1, features },
    });
    assert.deepEqual(paths, [
      'extra',
      'format',
      'featureView.name',
      'featureView.version',
      'statistics.fittedRows',
      'statistics.features.distance',
      'statistics.features.origin[0]',
      'statistics.features.hour[0]',
      'statistics.features.ghost',
    ]);
  });

  it('reports definition problems under definition', () => {
    const paths = problemPaths({ ...stored, definition: { ...definition, owner: 3 } });
    assert.deepEqual(paths, ['definition.owner']);
    assert.deepEqual(problemPaths([]), ['']);
  });

  it('checks fitted numbers', () => {
    const features = {
      ...stored.statistics.features,
      distance: [{ kind: 'impute', value: 1 }, null, { kind: 'standardize', mean: 0, std: 0 }],
      origin_delay_rate_7d: [
        { kind: 'impute', value: null },
        { kind: 'min_max', min: 2, max: 1 },
      ],
    };
    assert.deepEqual(problemPaths({ ...stored, statistics: { ...stored.statistics, features } }), [
      'statistics.features.distance[2]',
      'statistics.features.origin_delay_rate_7d[0]',
      'statistics.features.origin_delay_rate_7d[1]',
    ]);
  });
});
