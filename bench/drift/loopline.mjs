// Loopline's side of the drift benchmark, in this process, on samples already in memory: the
// drift reference built from the reference rows, a window sketched, calibrated and compared, as
// monitoring does it; and the exact two-sample tests on the raw samples, to set beside scipy's.
import { median } from './figures.mjs';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * Times `repeat` runs after one untimed warm-up (the peers get one too). Each run builds the
 * reference, then sketches, calibrates and compares the window against it; "window only" is the
 * second part, what monitoring spends per window once the reference is loaded.
 */
export function timeLoopline(stats, reference, window, { repeat, seed }) {
  const runs = [];
  let last;
  for (let run = 0; run <= repeat; run++) {
    const t0 = performance.now();
    const driftReference = stats.buildDriftReference(reference.rowCount, reference.inputs);
    const t1 = performance.now();
    const sketch = stats.emptyWindowSketch(driftReference);
    stats.addToWindowSketch(sketch, driftReference, window.rowCount, window.inputs);
    const t2 = performance.now();
    const calibration = stats.calibrateDrift(driftReference, sketch.rowCount, {
      alpha: stats.DEFAULT_DRIFT_ALPHA,
      draws: stats.DEFAULT_CALIBRATION_DRAWS,
      seed,
    });
    const t3 = performance.now();
    const comparison = stats.compareWithReference(driftReference, sketch, {
      minimumEffect: stats.DEFAULT_MINIMUM_EFFECT,
      calibration,
    });
    const t4 = performance.now();
    if (run > 0) {
      runs.push({ build: t1 - t0, sketch: t2 - t1, calibrate: t3 - t2, compare: t4 - t3 });
    }
    last = { driftReference, sketch, calibration, comparison };
  }
  const seconds = (pick) => median(runs.map(pick)) / 1000;
  return {
    seconds: {
      buildReference: seconds((r) => r.build),
      sketch: seconds((r) => r.sketch),
      calibrate: seconds((r) => r.calibrate),
      compare: seconds((r) => r.compare),
      windowOnly: seconds((r) => r.sketch + r.calibrate + r.compare),
      // A calibration holds for every window of one size against one reference: monitoring
      // can keep it with the reference instead of drawing it again per window.
      calibrationReused: seconds((r) => r.sketch + r.compare),
      withReference: seconds((r) => r.build + r.sketch + r.calibrate + r.compare),
    },
    comparison: last.comparison,
    memory: {
      referenceBytes: jsonBytes(last.driftReference),
      windowSketchBytes: jsonBytes(last.sketch),
      calibrationBytes: jsonBytes(last.calibration),
    },
  };
}

/**
 * KS on the raw numbers and chi-square on the raw category counts (every category, none merged
 * into other), the tests scipy runs, with Loopline's exact implementations; and their seconds.
 */
export function exactTests(stats, reference, window) {
  const started = performance.now();
  const tests = {};
  for (const name of ['delay', 'distance']) {
    const result = stats.ksTwoSample(
      present(reference.batch.columns[name].values),
      present(window.batch.columns[name].values),
    );
    tests[name] = { test: 'ks', ...result };
  }
  for (const name of ['origin', 'destination']) {
    const a = labelCounts(reference.batch.columns[name]);
    const b = labelCounts(window.batch.columns[name]);
    const labels = [...new Set([...a.keys(), ...b.keys()])];
    const result = stats.chiSquareContingency(
      labels.map((label) => a.get(label) ?? 0),
      labels.map((label) => b.get(label) ?? 0),
    );
    tests[name] = { test: 'chi-square', ...result };
  }
  const dates = [reference, window].map((sample) => sample.batch.columns.date.values);
  for (const [part, of, size] of [
    ['hour', (ms) => Math.floor(ms / HOUR_MS) % 24, 24],
    ['weekday', (ms) => (Math.floor(ms / DAY_MS) + 4) % 7, 7],
  ]) {
    const [a, b] = dates.map((values) => {
      const counts = new Array(size).fill(0);
      for (const ms of values) if (Number.isFinite(ms)) counts[of(ms)]++;
      return counts;
    });
    tests[`date.${part}`] = { test: 'chi-square', ...stats.chiSquareContingency(a, b) };
  }
  return { tests, seconds: (performance.now() - started) / 1000 };
}

function present(values) {
  return values.filter((value) => Number.isFinite(value));
}

function labelCounts(column) {
  const perCode = new Array(column.dictionary.length).fill(0);
  for (const code of column.codes) if (code >= 0) perCode[code]++;
  const counts = new Map();
  perCode.forEach((count, code) => {
    if (count > 0) counts.set(column.dictionary[code], count);
  });
  return counts;
}

function jsonBytes(value) {
  return Buffer.byteLength(JSON.stringify(value));
}
