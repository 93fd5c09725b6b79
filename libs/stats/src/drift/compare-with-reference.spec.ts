import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ProfileInput } from '../profile/profile-columns';
import { ksTwoSample } from '../two-sample/kolmogorov-smirnov';
import { wassersteinDistance } from '../two-sample/wasserstein';
import { addToWindowSketch } from './add-to-window-sketch';
import { buildDriftReference } from './build-drift-reference';
import { calibrateDrift } from './calibrate-drift';
import { compareWithReference } from './compare-with-reference';
import { DEFAULT_MINIMUM_EFFECT } from './drift-comparison';
import { type DriftShift, driftRows, X_STD } from './drift-fixtures';
import type { DriftReference } from './drift-reference';
import { emptyWindowSketch } from './window-sketch';

const REFERENCE_ROWS = 1_000_000;
const referenceRows = driftRows(REFERENCE_ROWS, 1);
const reference = buildDriftReference(REFERENCE_ROWS, referenceRows);
const calibrationOptions = { alpha: 0.05, draws: 2000, seed: 7 };

function windowOf(rows: number, seed: number, shift: DriftShift = {}) {
  const columns = driftRows(rows, seed, shift);
  const sketch = emptyWindowSketch(reference);
  addToWindowSketch(sketch, reference, rows, columns);
  return { columns, sketch };
}

function compare(
  rows: number,
  seed: number,
  shift: DriftShift = {},
  minimumEffect = DEFAULT_MINIMUM_EFFECT,
) {
  const calibration = calibrateDrift(reference, rows, calibrationOptions);
  return compareWithReference(reference, windowOf(rows, seed, shift).sketch, {
    minimumEffect,
    calibration,
  });
}

const valuesOf = (columns: ProfileInput[], name: string) =>
  (
    columns.find((column) => column.name === name) as { values: Float32Array | Float64Array }
  ).values.filter(Number.isFinite);

describe('compareWithReference', () => {
  it('raises no alarm on a same-distribution window of 1,000,000 rows', () => {
    const result = compare(1_000_000, 2);
    assert.deepEqual(result.driftedColumns, []);
    assert.equal(result.driftedShare, 0);
    assert.equal(result.columns.length, 7);
    for (const column of result.columns) {
      // Noise is tiny at this size: the minimum effect is what keeps the verdict quiet.
      assert.ok(
        column.verdict.noiseThreshold < 0.002,
        `${column.column} noise ${column.verdict.noiseThreshold}`,
      );
      assert.equal(column.verdict.threshold, DEFAULT_MINIMUM_EFFECT);
      assert.ok(column.statistics.psi < 0.002, `${column.column} psi ${column.statistics.psi}`);
      assert.ok(column.sampleSize <= result.rowCount && column.sampleSize > 0.97 * result.rowCount);
    }
  });

  it('flags a 1,000-row window on the shifted columns only', () => {
    // x: mean + 0.5 std; colour: green's share doubled (25 % → 50 %), the others scaled down.
    const colourShares = [0.4, 0.5, 0.2, 0.1, 0.05].map((share, i) =>
      i === 1 ? share : (share * 2) / 3,
    );
    const shift = { xShift: 0.5, colourShares };
    for (const seed of [11, 12, 13]) {
      const result = compare(1000, seed, shift);
      assert.deepEqual(result.driftedColumns, ['x', 'colour'], `seed ${seed}`);
      assert.ok(Math.abs(result.driftedShare - 2 / 7) < 1e-12);
      const x = result.columns.find((column) => column.column === 'x')!;
      assert.ok(x.statistics.ks!.pValue < 1e-6);
      assert.ok(Math.abs(x.statistics.wasserstein! - 0.5) < 0.1, `W ${x.statistics.wasserstein}`);
      const colour = result.columns.find((column) => column.column === 'colour')!;
      assert.ok(colour.statistics.chiSquare!.pValue < 1e-6);
      assert.equal(colour.statistics.chiSquare!.dof, 4);
    }
  });

  it('keeps its false alarm rate near alpha on same-distribution windows with no minimum effect', () => {
    const calibration = calibrateDrift(reference, 1000, calibrationOptions);
    let alarms = 0;
    for (let seed = 100; seed < 200; seed++) {
      const result = compareWithReference(reference, windowOf(1000, seed).sketch, {
        minimumEffect: 0,
        calibration,
      });
      if (result.driftedColumns.length > 0) alarms++;
    }
    // Family-wise alpha 0.05: about 5 of 100 windows; twelve or more would be p < 0.01.
    assert.ok(alarms <= 11, `${alarms} of 100 same-distribution windows alarmed`);
  });

  it('reports Wasserstein and KS from the bins close to the raw-value statistics', () => {
    const { columns, sketch } = windowOf(100_000, 3, { xShift: 0.5 });
    const calibration = calibrateDrift(reference, 100_000, calibrationOptions);
    const result = compareWithReference(reference, sketch, { minimumEffect: 0.1, calibration });
    for (const name of ['x', 'y']) {
      const column = result.columns.find((drift) => drift.column === name)!;
      const [a, b] = [valuesOf(referenceRows, name), valuesOf(columns, name)];
      const std = name === 'x' ? X_STD : (reference.columns[1] as { std: number }).std;
      const exact = wassersteinDistance(a, b) / std;
      assert.ok(
        Math.abs(column.statistics.wasserstein! - exact) < 0.01,
        `${name}: ${column.statistics.wasserstein} vs ${exact}`,
      );
      const ks = ksTwoSample(a, b).statistic;
      // Binned KS sees the gap at the bin edges only: never more than the exact one.
      assert.ok(
        column.statistics.ks!.statistic <= ks + 1e-12 &&
          column.statistics.ks!.statistic > ks - 0.01,
      );
    }
  });

  it('scales the noise threshold to a window of another size than calibrated', () => {
    const calibration = calibrateDrift(reference, 1000, calibrationOptions);
    const result = compareWithReference(reference, windowOf(4000, 4).sketch, {
      minimumEffect: 0,
      calibration,
    });
    const x = result.columns.find((column) => column.column === 'x')!;
    const scale = (1 / REFERENCE_ROWS + 1 / 4000) / (1 / REFERENCE_ROWS + 1 / 1000);
    assert.ok(
      Math.abs(x.verdict.noiseThreshold - calibration.columns.x.noiseThreshold * scale) < 1e-15,
    );
  });

  it('refuses an empty window and a column the calibration lacks', () => {
    const calibration = calibrateDrift(reference, 1000, { ...calibrationOptions, columns: ['x'] });
    const sketch = emptyWindowSketch(reference);
    assert.throws(
      () => compareWithReference(reference, sketch, { minimumEffect: 0.1, calibration }),
      /no rows/,
    );
    addToWindowSketch(sketch, reference as DriftReference, 10, driftRows(10, 5));
    assert.throws(
      () => compareWithReference(reference, sketch, { minimumEffect: 0.1, calibration }),
      /column y/,
    );
    const onlyX = compareWithReference(reference, sketch, {
      minimumEffect: 0.1,
      calibration,
      columns: ['x'],
    });
    assert.deepEqual(
      onlyX.columns.map((column) => column.column),
      ['x'],
    );
  });
});
