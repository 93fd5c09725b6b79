import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { flights, problemPaths, REMOVE } from './feature-view-fixtures';
import { parseFeatureViewDefinition } from './parse-feature-view-definition';

/** The flights view with features[0] (a raw numeric column) given `transform`. */
const distanceWith = (transform: unknown[]) => flights({ 'features[0].transform': transform });
const STEP = 'features[0].transform[0]';

describe('feature transform steps', () => {
  it('needs a known kind', () => {
    assert.deepEqual(problemPaths(distanceWith([{ kind: 'scale' }])), [`${STEP}.kind`]);
    assert.deepEqual(problemPaths(distanceWith([{}])), [`${STEP}.kind`]);
    assert.deepEqual(problemPaths(distanceWith(['log1p'])), [STEP]);
  });

  it('checks impute strategy and value', () => {
    assert.deepEqual(problemPaths(distanceWith([{ kind: 'impute', strategy: 'mode' }])), [
      `${STEP}.strategy`,
    ]);
    assert.deepEqual(problemPaths(distanceWith([{ kind: 'impute', strategy: 'constant' }])), [
      `${STEP}.value`,
    ]);
    assert.deepEqual(
      problemPaths(distanceWith([{ kind: 'impute', strategy: 'constant', value: Infinity }])),
      [`${STEP}.value`],
    );
    assert.deepEqual(
      problemPaths(distanceWith([{ kind: 'impute', strategy: 'median', value: 0 }])),
      [`${STEP}.value`],
    );
    assert.deepEqual(
      problemPaths(distanceWith([{ kind: 'impute', strategy: 'mean', indicator: 'yes' }])),
      [`${STEP}.indicator`],
    );
    const parsed = parseFeatureViewDefinition(
      distanceWith([{ kind: 'impute', strategy: 'constant', value: -1, indicator: true }]),
    );
    assert.deepEqual(parsed.features[0].transform[0], {
      kind: 'impute',
      strategy: 'constant',
      value: -1,
      indicator: true,
    });
  });

  it('checks clip bounds', () => {
    assert.deepEqual(problemPaths(distanceWith([{ kind: 'clip' }])), [STEP]);
    assert.deepEqual(problemPaths(distanceWith([{ kind: 'clip', min: 5, max: 5 }])), [
      `${STEP}.max`,
    ]);
    assert.deepEqual(problemPaths(distanceWith([{ kind: 'clip', min: 'low' }])), [`${STEP}.min`]);
    const parsed = parseFeatureViewDefinition(distanceWith([{ kind: 'clip', max: 3000 }]));
    assert.deepEqual(parsed.features[0].transform[0], { kind: 'clip', max: 3000 });
  });

  it('checks bucketize boundaries and quantiles', () => {
    const bucketize = (fields: object) => distanceWith([{ kind: 'bucketize', ...fields }]);
    assert.deepEqual(problemPaths(bucketize({})), [STEP]);
    assert.deepEqual(problemPaths(bucketize({ boundaries: [1], quantiles: 4 })), [STEP]);
    assert.deepEqual(problemPaths(bucketize({ boundaries: [] })), [`${STEP}.boundaries`]);
    assert.deepEqual(
      problemPaths(bucketize({ boundaries: new Array(257).fill(0).map((_, i) => i) })),
      [`${STEP}.boundaries`],
    );
    assert.deepEqual(problemPaths(bucketize({ boundaries: [100, 500, 500, 'x'] })), [
      `${STEP}.boundaries[2]`,
      `${STEP}.boundaries[3]`,
    ]);
    assert.deepEqual(problemPaths(bucketize({ quantiles: 1 })), [`${STEP}.quantiles`]);
    assert.deepEqual(problemPaths(bucketize({ quantiles: 101 })), [`${STEP}.quantiles`]);
    assert.deepEqual(problemPaths(bucketize({ quantiles: 2.5 })), [`${STEP}.quantiles`]);
    assert.ok(parseFeatureViewDefinition(bucketize({ boundaries: [100, 500, 1000] })));
  });

  it('checks one_hot and hash sizes', () => {
    const origin = (step: object) => flights({ 'features[1].transform': [step] });
    const at = 'features[1].transform[0]';
    assert.deepEqual(problemPaths(origin({ kind: 'one_hot' })), [`${at}.maxCategories`]);
    assert.deepEqual(problemPaths(origin({ kind: 'one_hot', maxCategories: 1001 })), [
      `${at}.maxCategories`,
    ]);
    assert.deepEqual(problemPaths(origin({ kind: 'one_hot', maxCategories: 5, minCount: 0 })), [
      `${at}.minCount`,
    ]);
    assert.deepEqual(problemPaths(origin({ kind: 'hash', buckets: 1 })), [`${at}.buckets`]);
    assert.deepEqual(problemPaths(origin({ kind: 'hash', buckets: 4097 })), [`${at}.buckets`]);
    assert.deepEqual(problemPaths(origin({ kind: 'hash', buckets: 64, seed: 1 })), [`${at}.seed`]);
  });

  it('checks datetime_part part and encoding', () => {
    const at = 'features[3].transform[0]';
    assert.deepEqual(
      problemPaths(flights({ [`${at}.part`]: 'minute', [`${at}.encoding`]: 'binary' })),
      [`${at}.encoding`, `${at}.part`],
    );
    assert.deepEqual(problemPaths(flights({ [`${at}.encoding`]: REMOVE })), [`${at}.encoding`]);
  });
});

describe('feature transform chains', () => {
  it('accepts an empty chain as a numeric pass-through', () => {
    const parsed = parseFeatureViewDefinition(distanceWith([]));
    assert.deepEqual(parsed.features[0].transform, []);
  });

  it('needs transform to be an array and features to be non-empty', () => {
    assert.deepEqual(problemPaths(flights({ 'features[0].transform': { kind: 'log1p' } })), [
      'features[0].transform',
    ]);
    assert.deepEqual(problemPaths(flights({ 'features[0].transform': REMOVE })), [
      'features[0].transform',
    ]);
    assert.deepEqual(problemPaths(flights({ features: [] })), ['features']);
  });

  it('keeps bucketize last', () => {
    assert.deepEqual(
      problemPaths(distanceWith([{ kind: 'bucketize', quantiles: 4 }, { kind: 'standardize' }])),
      ['features[0].transform[0].kind'],
    );
    assert.deepEqual(
      problemPaths(
        distanceWith([
          { kind: 'bucketize', quantiles: 4 },
          { kind: 'bucketize', quantiles: 3 },
        ]),
      ),
      ['features[0].transform[0].kind'],
    );
  });

  it('does not mix input types in a numeric chain', () => {
    assert.deepEqual(
      problemPaths(distanceWith([{ kind: 'log1p' }, { kind: 'hash', buckets: 8 }])),
      ['features[0].transform[1].kind'],
    );
  });

  it('makes a categorical or timestamp step the only step', () => {
    assert.deepEqual(
      problemPaths(
        flights({
          'features[1].transform': [
            { kind: 'one_hot', maxCategories: 30 },
            { kind: 'standardize' },
          ],
          'features[3].transform': [
            { kind: 'datetime_part', part: 'hour', encoding: 'ordinal' },
            { kind: 'datetime_part', part: 'month', encoding: 'ordinal' },
          ],
        }),
      ),
      ['features[1].transform[1].kind', 'features[3].transform[1].kind'],
    );
  });

  it('reports each faulty step of a chain together', () => {
    assert.deepEqual(
      problemPaths(
        distanceWith([
          { kind: 'impute', strategy: 'constant' },
          { kind: 'clip', min: 10, max: 1 },
          { kind: 'bucketize', quantiles: 0 },
        ]),
      ),
      [
        'features[0].transform[0].value',
        'features[0].transform[1].max',
        'features[0].transform[2].quantiles',
      ],
    );
  });
});
