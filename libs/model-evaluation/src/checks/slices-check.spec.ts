import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { evaluateGate } from '../gate/evaluate-gate';
import {
  batch,
  categorical,
  inputs,
  logisticModel,
  numeric,
  timestamps,
} from '../spec-support/gate-fixtures';

// x and labels per origin. Predicted positive when x > 0:
// A: predictions 0 0 1 1 against 0 1 0 1 → accuracy 0.5, AUC 0.75
// B: predictions 0 0 1 1 against 0 0 1 1 → accuracy 1, AUC 1
// C: 2 rows, predictions 0 1 against 0 1 → accuracy 1
// D: all positive → accuracy 0.5, AUC undefined
// one row without an origin.
const origin = [...'AAAABBBBCC', 'D', 'D', 'D', 'D', null];
const x = [-2, -1, 1, 2, -2, -1, 1, 2, -1, 1, -2, -1, 1, 2, 5];
const labels = [0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1];
const rawInputs = batch({ origin: categorical(origin), x: numeric(x) });

const slices = (fields: Record<string, unknown>) => ({
  kind: 'slices',
  name: 'by-origin',
  slice: { column: 'origin' },
  ...fields,
});

describe('slices check', () => {
  it('judges the gap and the worst slice, naming both, and reports small slices unjudged', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [
          slices({ metric: 'accuracy', maxGap: 0.4, minValue: 0.6, minRows: 3, maxSlices: 4 }),
        ],
      }),
    );
    const [gap, min] = evaluation.checks;
    assert.deepEqual(
      [gap.metric, gap.comparator, gap.threshold, gap.observed, gap.passed],
      ['slices.origin.accuracy.gap', 'lte', 0.4, 0.5, false],
    );
    // A and D tie as the worst (0.5); the first in size order is named.
    assert.match(
      gap.message,
      /from A \(0\.5\), the worst, to B \(1\): a gap of 0\.5, over the allowed 0\.4/,
    );
    assert.match(gap.message, /over 3 judged slices/);
    assert.match(gap.message, /1 slice\(s\) below 3 rows reported but not judged/);
    assert.match(gap.message, /1 smaller slice\(s\) beyond maxSlices left out/);
    assert.deepEqual(
      [min.metric, min.comparator, min.observed, min.passed],
      ['slices.origin.accuracy.min', 'gte', 0.5, false],
    );
    assert.match(
      min.message,
      /worst of 3 judged slices of origin .* is A \(0\.5\), below the minimum 0\.6/,
    );
    const report = evaluation.slices[0];
    assert.equal(report.slicedBy, 'origin');
    assert.deepEqual(
      report.slices.map((s) => [s.value, s.rows, s.judged, s.metrics.accuracy]),
      [
        ['A', 4, true, 0.5],
        ['B', 4, true, 1],
        ['D', 4, true, 0.5],
        ['C', 2, false, 1],
      ],
    );
    assert.equal(evaluation.passed, false);
  });

  it('reports a slice where the metric is undefined, names it and leaves it out of the verdict', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [slices({ metric: 'roc_auc', maxGap: 0.3, minRows: 3 })],
      }),
    );
    const [gap] = evaluation.checks;
    assert.equal(gap.observed, 0.25, 'A 0.75 against B 1');
    assert.equal(gap.passed, true);
    assert.match(gap.message, /roc_auc undefined and not judged for D/);
    const d = evaluation.slices[0].slices.find((s) => s.value === 'D');
    assert.deepEqual(
      [d?.judged, 'roc_auc' in (d?.metrics ?? {}), d?.metrics.accuracy],
      [false, false, 0.5],
    );
    assert.deepEqual(
      evaluation.slices[0].slices.map((s) => s.value),
      ['A', 'B', 'D', 'C', '(missing)'],
    );
  });

  it('fails when fewer than two slices can be judged, or the rows cannot be sliced', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [
          slices({ metric: 'accuracy', maxGap: 1, minValue: 0, minRows: 5 }),
          slices({ name: 'by-dest', slice: { column: 'dest' }, metric: 'accuracy', maxGap: 1 }),
        ],
      }),
    );
    const [gap, min, dest] = evaluation.checks;
    assert.deepEqual(
      [gap.observed, gap.passed, min.observed, min.passed],
      [null, false, null, false],
    );
    assert.match(gap.message, /Only 0 slice\(s\) of origin could be judged .* a gap needs two/);
    assert.match(gap.message, /5 slice\(s\) below 5 rows/);
    assert.deepEqual([dest.checkName, dest.observed, dest.passed], ['by-dest', null, false]);
    assert.match(
      dest.message,
      /Cannot slice the test rows by dest: the test rows have no column 'dest'/,
    );
  });

  it('slices by a part of a timestamp column', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs: batch({
          date: timestamps([
            '2024-01-10T00:00:00Z',
            '2024-02-10T00:00:00Z',
            '2024-12-10T00:00:00Z',
            '2024-07-01T00:00:00Z',
            '2024-07-02T00:00:00Z',
            '2024-08-03T00:00:00Z',
          ]),
          x: numeric([-1, 1, 1, -1, 1, -1]),
        }),
        labels: [0, 1, 0, 0, 1, 1],
        candidate: logisticModel('x'),
        checks: [
          slices({
            slice: { column: 'date', part: 'season' },
            metric: 'accuracy',
            maxGap: 0.5,
            minRows: 1,
          }),
        ],
      }),
    );
    // winter: right, right, wrong → 2/3; summer: right, right, wrong → 2/3.
    assert.deepEqual(
      evaluation.slices[0].slices.map((s) => [s.value, s.rows, s.metrics.accuracy]),
      [
        ['summer', 3, 2 / 3],
        ['winter', 3, 2 / 3],
      ],
    );
    assert.equal(evaluation.checks[0].metric, 'slices.date.season.accuracy.gap');
    assert.equal(evaluation.checks[0].observed, 0);
    assert.equal(evaluation.checks[0].passed, true);
  });
});
