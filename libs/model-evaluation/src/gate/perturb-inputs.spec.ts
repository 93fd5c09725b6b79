import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { RawBatch } from '@loopline/features';
import { batch, categorical, numeric, timestamps } from '../spec-support/gate-fixtures';
import { perturbInputs } from './perturb-inputs';

const rows = () =>
  batch({
    x: numeric([1, 2, 3, 4, 5, 6, 7, NaN]),
    flat: numeric([2, 2, 2, 2, 2, 2, 2, 2]),
    origin: categorical(['A', 'B', 'A', 'B', 'A', 'B', 'A', 'B']),
    date: timestamps(Array.from({ length: 8 }, () => '2024-01-01T00:00:00Z')),
    delay: numeric([0, 30, 0, 30, 0, 30, 0, 30]),
  });

function perturbed(result: ReturnType<typeof perturbInputs>): RawBatch & { perturbed: string[] } {
  assert.ok(!('error' in result), JSON.stringify(result));
  return { ...result.batch, perturbed: result.columns };
}

const values = (b: RawBatch, name: string) => {
  const column = b.columns[name];
  return column.type === 'categorical' ? [...column.codes] : [...column.values];
};

describe('perturbInputs', () => {
  it('blanks exactly round(fraction · rows) values of every numeric and categorical column but the label', () => {
    const input = rows();
    const out = perturbed(perturbInputs(input, { type: 'missing', fraction: 0.25 }, 7, 'delay'));
    assert.deepEqual(out.perturbed, ['x', 'flat', 'origin']);
    assert.equal(values(out, 'flat').filter(Number.isNaN).length, 2);
    assert.equal(values(out, 'origin').filter((code) => code === -1).length, 2);
    assert.equal(out.columns.delay, input.columns.delay, 'the label column is untouched');
    assert.equal(out.columns.date, input.columns.date, 'timestamps are not blanked by default');
    assert.deepEqual(values(input, 'x'), [1, 2, 3, 4, 5, 6, 7, NaN], 'the input is not changed');
    assert.deepEqual(values(input, 'origin'), [0, 1, 0, 1, 0, 1, 0, 1]);
  });

  it('adds noise scaled to each column’s spread, keeps missing values, and repeats with the seed', () => {
    const input = rows();
    const a = perturbed(perturbInputs(input, { type: 'noise', scale: 0.5 }, 11));
    const b = perturbed(perturbInputs(input, { type: 'noise', scale: 0.5 }, 11));
    const c = perturbed(perturbInputs(input, { type: 'noise', scale: 0.5 }, 12));
    assert.deepEqual(
      a.perturbed,
      ['x', 'flat', 'delay'],
      'no label column named: every numeric one',
    );
    assert.deepEqual(values(a, 'x'), values(b, 'x'));
    assert.notDeepEqual(values(a, 'x'), values(c, 'x'));
    assert.ok(Number.isNaN(values(a, 'x')[7]));
    assert.deepEqual(values(a, 'flat'), values(input, 'flat'), 'σ = 0: nothing to scale');
    assert.equal(a.columns.origin, input.columns.origin);
    const shifts = values(a, 'x')
      .slice(0, 7)
      .map((v, i) => v - (i + 1));
    assert.ok(
      shifts.every((s) => s !== 0 && Math.abs(s) < 0.5 * 2 * 6),
      shifts.join(),
    );
  });

  it('says why listed columns cannot be perturbed', () => {
    const error = (result: ReturnType<typeof perturbInputs>) =>
      'error' in result ? result.error : '';
    assert.match(
      error(perturbInputs(rows(), { type: 'noise', scale: 1, columns: ['origin'] }, 1)),
      /'origin' is categorical, and noise applies to numeric columns only/,
    );
    assert.match(
      error(
        perturbInputs(rows(), { type: 'missing', fraction: 1, columns: ['delay'] }, 1, 'delay'),
      ),
      /'delay' is the label column/,
    );
    assert.match(
      error(perturbInputs(rows(), { type: 'missing', fraction: 1, columns: ['dest'] }, 1)),
      /no column 'dest'/,
    );
    const onlyDates = batch({ date: timestamps(['2024-01-01T00:00:00Z']) });
    assert.match(
      error(perturbInputs(onlyDates, { type: 'noise', scale: 1 }, 1)),
      /no column a noise/,
    );
  });
});
