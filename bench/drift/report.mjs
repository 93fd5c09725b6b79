// The drift benchmark's printed report: verdicts per feature, the tests scipy shares with
// Loopline side by side, why verdicts differ, timings against the targets, and memory.
import { bytes, int, num, seconds, table, verdict } from './figures.mjs';

export const TARGET_SECONDS = 0.5;
export const TARGET_SPEEDUP = 10;
const FEATURES = [
  'date',
  'date.hour',
  'date.weekday',
  'delay',
  'distance',
  'origin',
  'destination',
];

export function printReport({ setup, loopline, exact, peers }) {
  const out = [];
  const byColumn = new Map(loopline.comparison.columns.map((column) => [column.column, column]));
  out.push(
    `Drift: ${int(setup.windowRows)} flights of ${setup.windowPeriod} against ${int(setup.referenceRows)} ` +
      `of ${setup.referencePeriod} (seed ${setup.seed}; ${setup.smoke ? 'smoke sizes, ' : ''}` +
      `1-minute load ${setup.load[0].toFixed(2)} before, ${setup.load[1].toFixed(2)} after)`,
    '',
    'Verdicts per feature',
    table(
      [
        'feature',
        'scipy (p < 0.05)',
        'Evidently (default report)',
        'Loopline (PSI > max(noise, minimum effect))',
      ],
      FEATURES.map((name) => [
        name,
        scipyCell(name, peers),
        evidentlyCell(name, peers),
        looplineCell(name, byColumn.get(name)),
      ]),
    ),
  );
  if (peers) {
    out.push(
      `Dataset: Evidently drifted share ${num(peers.evidently.driftedShare)} ` +
        `(dataset drift at ≥ 0.5: ${peers.evidently.driftedShare >= 0.5 ? 'yes' : 'no'}); ` +
        `Loopline drifted share ${num(loopline.comparison.driftedShare)} ` +
        `(${loopline.comparison.driftedColumns.join(', ') || 'none'}).`,
    );
  }
  out.push(
    '',
    'The tests scipy runs, side by side (Loopline exact = ksTwoSample / chiSquareContingency on the raw samples; sketch = the same test over the reference bins, what monitoring reports)',
  );
  out.push(
    table(
      [
        'feature',
        'test',
        'scipy statistic',
        'scipy p',
        'exact statistic',
        'exact p',
        '|Δ statistic|',
        '|Δ p|',
        'sketch statistic',
        'sketch p',
      ],
      FEATURES.filter((name) => exact.tests[name]).map((name) => {
        const mine = exact.tests[name];
        const theirs = peers?.scipy.features[name];
        const binned = byColumn.get(name)?.statistics;
        const sketch = mine.test === 'ks' ? binned?.ks : binned?.chiSquare;
        return [
          name,
          mine.test === 'ks'
            ? 'KS'
            : `chi² dof ${mine.dof}${theirs && theirs.dof !== mine.dof ? ` (scipy ${theirs.dof})` : ''}`,
          num(theirs?.statistic),
          num(theirs?.pValue),
          num(mine.statistic),
          num(mine.pValue),
          theirs ? num(Math.abs(theirs.statistic - mine.statistic)) : '–',
          theirs ? num(Math.abs(theirs.pValue - mine.pValue)) : '–',
          num(sketch?.statistic),
          num(sketch?.pValue),
        ];
      }),
    ),
  );
  if (peers)
    out.push(
      '',
      'Where the verdicts differ',
      ...FEATURES.map((name) => why(name, peers, byColumn.get(name), setup)).filter(Boolean),
    );
  out.push('', ...timings(loopline, exact, peers, setup.smoke), '', ...memory(loopline));
  process.stdout.write(`${out.join('\n')}\n`);
}

function scipyCell(name, peers) {
  if (!peers) return 'not run (--smoke)';
  if (name === 'date') {
    const { statistic, pValue } = peers.scipy.rawDate;
    return `KS on timestamps D=${num(statistic)} p=${num(pValue)} → ${verdict(pValue < 0.05)}`;
  }
  const result = peers.scipy.features[name];
  const test =
    result.test === 'ks' ? `KS D=${num(result.statistic)}` : `chi² ${num(result.statistic)}`;
  return `${test} p=${num(result.pValue)} → ${verdict(result.drifted)}`;
}

function evidentlyCell(name, peers) {
  if (!peers) return 'not run (--smoke)';
  if (name === 'date') return 'skipped: datetime columns are not tested';
  const result = peers.evidently.features[name];
  const method = result.test.replace(' distance', '').replace(' (normed)', ' normed');
  return `${method} ${num(result.statistic)} vs ${num(result.threshold)} → ${verdict(result.drifted)}`;
}

function looplineCell(name, column) {
  if (name === 'date') return 'not monitored itself: as date.hour and date.weekday';
  const { statistic, threshold, noiseThreshold, drifted } = column.verdict;
  return `PSI ${num(statistic)} vs ${num(threshold)} (noise ${num(noiseThreshold)}) → ${verdict(drifted)}`;
}

/** One line on why the tools disagree about a feature, or null when they agree. */
function why(name, peers, column, setup) {
  if (name === 'date') {
    return (
      `date: scipy's KS on the timestamps flags any two periods that do not overlap (D = ${num(peers.scipy.rawDate.statistic)}); ` +
      'Evidently skips datetime columns; Loopline compares the hour and weekday mix, since time itself always moves.'
    );
  }
  const scipy = peers.scipy.features[name];
  const evidently = peers.evidently.features[name];
  const { statistic: psi, threshold, noiseThreshold, minimumEffect, drifted } = column.verdict;
  if (scipy.drifted === drifted && evidently.drifted === drifted) return null;
  const reasons = [];
  if (scipy.drifted && !drifted) {
    reasons.push(
      `scipy's p = ${num(scipy.pValue)} at ${int(setup.referenceRows)} vs ${int(setup.windowRows)} rows flags any difference, however small`,
    );
  } else if (!scipy.drifted && drifted) {
    reasons.push(`scipy's p = ${num(scipy.pValue)} ≥ 0.05`);
  }
  if (evidently.drifted && !drifted) {
    reasons.push(
      `Evidently's ${evidently.test} ${num(evidently.statistic)} reaches its fixed ${num(evidently.threshold)}`,
    );
  } else if (!evidently.drifted && drifted) {
    reasons.push(
      `Evidently's ${evidently.test} ${num(evidently.statistic)} is under its fixed ${num(evidently.threshold)} (its rule for samples over 1,000 rows)`,
    );
  }
  const mine = drifted
    ? `Loopline's PSI ${num(psi)} is beyond noise (${num(noiseThreshold)}) and at least the minimum effect ${num(minimumEffect)}`
    : psi > noiseThreshold
      ? `Loopline's PSI ${num(psi)} is beyond noise (${num(noiseThreshold)}) but under the minimum effect ${num(minimumEffect)}`
      : `Loopline's PSI ${num(psi)} is within noise (${num(noiseThreshold)}; threshold ${num(threshold)})`;
  return `${name}: ${[...reasons, mine].join('; ')}.`;
}

function timings(loopline, exact, peers, smoke) {
  const lines = [
    'Seconds (median of the timed runs, after one untimed warm-up each; data already in memory, then with the Parquet reads)',
  ];
  const rows = [
    [
      `Loopline, window only: sketch ${int(loopline.windowRows)} rows + calibrate + compare`,
      seconds(loopline.seconds.windowOnly),
      seconds(loopline.seconds.windowOnly + loopline.load.window),
    ],
    [
      'Loopline, with building the reference sketch from the reference rows',
      seconds(loopline.seconds.withReference),
      seconds(loopline.seconds.withReference + loopline.load.reference + loopline.load.window),
    ],
    [
      '  of which: build reference / sketch / calibrate / compare',
      [
        loopline.seconds.buildReference,
        loopline.seconds.sketch,
        loopline.seconds.calibrate,
        loopline.seconds.compare,
      ]
        .map(seconds)
        .join(' / '),
      '',
    ],
    [
      '  the same with the calibration of this window size kept from an earlier window',
      seconds(loopline.seconds.calibrationReused),
      '',
    ],
    [
      'Loopline exact raw tests (KS + chi-square, as scipy; not what monitoring runs)',
      seconds(exact.seconds),
      '',
    ],
  ];
  if (peers) {
    rows.push(
      [
        'scipy: ks_2samp + chi2_contingency (counts included)',
        seconds(peers.scipy.seconds),
        seconds(peers.scipy.secondsWithLoad),
      ],
      [
        'Evidently: DataDriftPreset report',
        seconds(peers.evidently.seconds),
        seconds(peers.evidently.secondsWithLoad),
      ],
    );
  }
  lines.push(
    table(
      ['what', 'computation', 'with loading'],
      rows.map((row) => row.map((cell) => cell || '–')),
    ),
  );
  const windowOnly = loopline.seconds.windowOnly;
  lines.push(
    `Loopline window only / target ${TARGET_SECONDS} s = ${num(windowOnly / TARGET_SECONDS)} ` +
      `(${smoke ? 'smoke sizes: the target is for the full ones' : windowOnly < TARGET_SECONDS ? 'met' : 'missed'}); ` +
      `with the reference build ${num(loopline.seconds.withReference / TARGET_SECONDS)}.`,
  );
  if (peers) {
    const faster =
      peers.scipy.seconds <= peers.evidently.seconds
        ? ['scipy', peers.scipy.seconds]
        : ['Evidently', peers.evidently.seconds];
    const speedup = faster[1] / windowOnly;
    lines.push(
      `Speed-up vs the faster peer (${faster[0]}, ${seconds(faster[1])}): ${num(speedup)}x window only ` +
        `(target ≥ ${TARGET_SPEEDUP}x: ${speedup >= TARGET_SPEEDUP ? 'met' : 'missed'}), ` +
        `${num(faster[1] / loopline.seconds.withReference)}x with the reference build, ` +
        `${num(faster[1] / loopline.seconds.calibrationReused)}x with the calibration kept.`,
    );
  }
  return lines;
}

function memory(loopline) {
  const { referenceBytes, windowSketchBytes, calibrationBytes } = loopline.memory;
  return [
    'Memory per monitored model (JSON bytes, whatever the window size)',
    `  reference sketch ${bytes(referenceBytes)}, window sketch ${bytes(windowSketchBytes)}, ` +
      `calibration for this window size ${bytes(calibrationBytes)}; total ${bytes(referenceBytes + windowSketchBytes + calibrationBytes)}`,
  ];
}
