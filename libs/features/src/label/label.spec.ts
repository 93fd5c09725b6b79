import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import type { LabelDefinition } from '../definition/feature-view-definition';
import { FeaturesErrorCode } from '../errors/features-error-code';
import type { RawColumn } from '../transform/raw-batch';
import { deriveLabel } from './derive-label';
import { fitLabelClasses } from './fit-label-classes';

const BINARY: LabelDefinition = {
  name: 'delayed',
  column: 'delay',
  task: 'binary',
  positiveWhen: { op: '>', value: 15 },
};
const REGRESSION: LabelDefinition = { name: 'delay', column: 'delay', task: 'regression' };
const MULTICLASS: LabelDefinition = { name: 'carrier', column: 'carrier', task: 'multiclass' };

const numeric = (...values: number[]): RawColumn => ({
  type: 'numeric',
  values: Float64Array.from(values),
});
const categorical = (dictionary: string[], ...codes: number[]): RawColumn => ({
  type: 'categorical',
  codes: Int32Array.from(codes),
  dictionary,
});

function rejectsColumn(column: string) {
  return (error: unknown) =>
    error instanceof PlatformError &&
    error.code === FeaturesErrorCode.InvalidInput &&
    error.message.includes(`"${column}"`);
}

describe('fitLabelClasses', () => {
  it('has no classes for binary and regression labels', () => {
    assert.equal(fitLabelClasses(BINARY, numeric(1)), null);
    assert.equal(fitLabelClasses(REGRESSION, numeric(1)), null);
  });

  it('keeps declared classes in their declared order', () => {
    assert.deepEqual(
      fitLabelClasses({ ...MULTICLASS, classes: ['z', 'a'] }, categorical(['a'], 0)),
      ['z', 'a'],
    );
  });

  it('takes the distinct training values present, in code-point order', () => {
    const column = categorical(['UA', 'unused', 'AA', 'Ω', 'DL', 'AA'], 0, 2, -1, 4, 3, 5, 0);
    assert.deepEqual(fitLabelClasses(MULTICLASS, column), ['AA', 'DL', 'UA', 'Ω']);
    assert.deepEqual(fitLabelClasses(MULTICLASS, numeric(2, 10, NaN, 1, 2)), ['1', '10', '2']);
  });

  it('rejects a timestamp column', () => {
    const column: RawColumn = { type: 'timestamp', values: Float64Array.of(1) };
    assert.throws(() => fitLabelClasses(MULTICLASS, column), rejectsColumn('carrier'));
  });
});

describe('deriveLabel', () => {
  it('binary: 1 when the predicate holds, 0 when not, NaN when missing', () => {
    assert.deepEqual(
      [...deriveLabel(BINARY, numeric(16, 15, -3, NaN), null).values],
      [1, 0, 0, NaN],
    );
  });

  it('regression: the value as a float32', () => {
    assert.deepEqual(
      [...deriveLabel(REGRESSION, numeric(1.5, NaN, 0.1), null).values],
      [1.5, NaN, Math.fround(0.1)],
    );
  });

  it('multiclass: the class index, NaN for a missing or unseen class', () => {
    const column = categorical(['DL', 'AA', 'ZZ', 'AA'], 0, 1, -1, 2, 3);
    assert.deepEqual(
      [...deriveLabel(MULTICLASS, column, ['AA', 'DL']).values],
      [1, 0, NaN, NaN, 0],
    );
    assert.deepEqual(
      [...deriveLabel(MULTICLASS, numeric(10, 2, 7, NaN), ['1', '10', '2']).values],
      [1, 2, NaN, NaN],
    );
  });

  it('multiclass: falls back to the declared classes when none are given', () => {
    const declared: LabelDefinition = { ...MULTICLASS, classes: ['DL', 'AA'] };
    assert.deepEqual(
      [...deriveLabel(declared, categorical(['AA', 'DL'], 0, 1), null).values],
      [1, 0],
    );
    assert.throws(
      () => deriveLabel(MULTICLASS, categorical(['AA'], 0), null),
      rejectsColumn('carrier'),
    );
  });

  it('names the column when its type cannot give the label', () => {
    assert.throws(() => deriveLabel(BINARY, categorical(['a'], 0), null), rejectsColumn('delay'));
    assert.throws(
      () => deriveLabel(REGRESSION, categorical(['a'], 0), null),
      rejectsColumn('delay'),
    );
    const timestamp: RawColumn = { type: 'timestamp', values: Float64Array.of(1) };
    assert.throws(() => deriveLabel(MULTICLASS, timestamp, ['a']), rejectsColumn('carrier'));
  });
});
