import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { binaryClassificationMetrics } from './classification/binary-classification-metrics';
import { multiclassClassificationMetrics } from './classification/multiclass-classification-metrics';
import type { ClassificationReport, RegressionReport } from './metric-reports';
import { regressionMetrics } from './regression/regression-metrics';
import { crossCheckCases, type MulticlassCase } from './spec-support/cross-check-cases';
import { packageRoot, repoRoot } from './spec-support/package-paths';

/** One case as tools/sklearn-metrics.py prints it; null stands for NaN or a refused input. */
interface SklearnCase {
  name: string;
  kind: 'binary' | 'multiclass' | 'regression';
  metrics: Record<string, number | null>;
  confusionMatrix?: number[][];
  perClass?: { roc_auc: (number | null)[]; pr_auc: (number | null)[] };
}

const SCRIPT = join(packageRoot(), 'tools', 'sklearn-metrics.py');
const RELATIVE_TOLERANCE = 1e-9;

/** The interpreter of the test-only environment that infra/dev/python-test-env.sh creates. */
function testPython(): string {
  const localDir = process.env['LOOPLINE_LOCAL_DIR'] ?? join(repoRoot(), '.local');
  const python = join(localDir, 'python-test-env', 'bin', 'python');
  if (!existsSync(python)) {
    assert.fail(
      `The Python test environment is missing (${python}). Create it with ` +
        '`bash infra/dev/python-test-env.sh` (infra/dev/test.sh does this before the tests).',
    );
  }
  return python;
}

function runSklearn(input: unknown): Map<string, SklearnCase> {
  const run = spawnSync(testPython(), [SCRIPT], {
    cwd: repoRoot(),
    input: JSON.stringify(input),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(run.error, undefined, `could not run ${SCRIPT}: ${String(run.error)}`);
  assert.equal(run.status, 0, `${SCRIPT} failed: ${run.stderr}`);
  const output = JSON.parse(run.stdout) as { sklearnVersion: string; cases: SklearnCase[] };
  assert.match(output.sklearnVersion, /^1\.9\./, 'the pinned scikit-learn answered');
  return new Map(output.cases.map((one) => [`${one.kind}: ${one.name}`, one]));
}

const asNumber = (value: number | null | undefined): number => value ?? Number.NaN;

function assertAgrees(actual: number | undefined, expected: number, what: string): void {
  assert.equal(typeof actual, 'number', `${what} is missing`);
  if (Number.isNaN(expected) || Number.isNaN(actual!)) {
    assert.ok(
      Number.isNaN(expected) && Number.isNaN(actual!),
      `${what}: ${actual} vs scikit-learn ${expected}`,
    );
    return;
  }
  const error = Math.abs(actual! - expected);
  assert.ok(
    actual === expected || error <= RELATIVE_TOLERANCE * Math.abs(expected),
    `${what}: ${actual} vs scikit-learn ${expected} (relative error ${error / Math.abs(expected)})`,
  );
}

function assertReportAgrees(
  report: ClassificationReport | RegressionReport,
  expected: Record<string, number>,
  confusion: number[][] | undefined,
): void {
  assert.deepEqual(Object.keys(report.metrics).sort(), Object.keys(expected).sort());
  for (const [name, value] of Object.entries(expected))
    assertAgrees(report.metrics[name], value, name);
  if (confusion !== undefined) {
    assert.deepEqual((report as ClassificationReport).confusionMatrix.counts, confusion);
  }
}

/**
 * What the library must report for a multiclass case: scikit-learn's values, except that a class
 * absent from the labels is left out of the one-vs-rest averages (see meanOfDefined), so those
 * two come from scikit-learn's per-class values over the classes present.
 */
function expectedMulticlass(input: MulticlassCase, sklearn: SklearnCase): Record<string, number> {
  const present = new Set(input.labels);
  const expected = Object.fromEntries(
    Object.entries(sklearn.metrics).map(([k, v]) => [k, asNumber(v)]),
  );
  if (present.size === input.classCount) return expected;
  const mean = (values: (number | null)[]) => {
    const kept = values.filter((_, c) => present.has(c)).map(asNumber);
    return kept.reduce((a, b) => a + b, 0) / kept.length;
  };
  return {
    ...expected,
    roc_auc: mean(sklearn.perClass!.roc_auc),
    pr_auc: mean(sklearn.perClass!.pr_auc),
  };
}

describe('scikit-learn cross-check of the model metrics', { timeout: 180_000 }, () => {
  const cases = crossCheckCases();
  let sklearn = new Map<string, SklearnCase>();
  const answer = (key: string): SklearnCase => {
    const found = sklearn.get(key);
    assert.ok(found, `scikit-learn printed no case ${key}`);
    return found;
  };
  before(() => {
    sklearn = runSklearn(cases);
  });

  for (const input of cases.binary) {
    it(`binary: ${input.name}`, () => {
      const expected = answer(`binary: ${input.name}`);
      const report = binaryClassificationMetrics(input.labels, input.scores, {
        threshold: input.threshold,
      });
      assertReportAgrees(
        report,
        Object.fromEntries(Object.entries(expected.metrics).map(([k, v]) => [k, asNumber(v)])),
        expected.confusionMatrix,
      );
    });
  }

  for (const input of cases.multiclass) {
    it(`multiclass: ${input.name}`, () => {
      const expected = answer(`multiclass: ${input.name}`);
      const report = multiclassClassificationMetrics(
        input.labels,
        input.probabilities,
        input.classCount,
      );
      assertReportAgrees(report, expectedMulticlass(input, expected), expected.confusionMatrix);
    });
  }

  for (const input of cases.regression) {
    it(`regression: ${input.name}`, () => {
      const expected = answer(`regression: ${input.name}`);
      const report = regressionMetrics(input.targets, input.predictions);
      assertReportAgrees(
        report,
        Object.fromEntries(Object.entries(expected.metrics).map(([k, v]) => [k, asNumber(v)])),
        undefined,
      );
    });
  }

  it('covers what the cases are meant to cover', () => {
    const three = cases.multiclass[0]!;
    assert.deepEqual(
      answer(`multiclass: ${three.name}`).confusionMatrix!.map((row) => row[2]),
      [0, 0, 0],
    );
    assert.ok(
      cases.binary[0]!.scores.filter((score) => score === 0.5).length > 50,
      'scores at the threshold',
    );
    assert.equal(asNumber(answer('regression: constant targets').metrics['r2']), 0);
    assert.ok(Number.isNaN(asNumber(answer('regression: one row').metrics['r2'])));
  });

  it('departs from scikit-learn only where documented', () => {
    // A class absent from the labels: scikit-learn's macro AUC is NaN and its multiclass average
    // precision refuses the input; the library averages over the classes present.
    const absent = answer('multiclass: 5 classes, class 4 absent from the labels');
    assert.equal(absent.metrics['roc_auc'], null);
    assert.equal(absent.metrics['pr_auc'], null);
    assert.equal(absent.perClass!.roc_auc[4], null);

    // No positives: scikit-learn warns and returns an average precision of 0; the library NaN.
    const negativesOnly = runSklearn({
      binary: [
        { name: 'negatives only', labels: [0, 0, 0], scores: [0.1, 0.7, 0.2], threshold: 0.5 },
      ],
    }).get('binary: negatives only')!;
    assert.equal(negativesOnly.metrics['pr_auc'], 0);
    assert.equal(negativesOnly.metrics['roc_auc'], null);
    const ours = binaryClassificationMetrics([0, 0, 0], [0.1, 0.7, 0.2]);
    assert.ok(Number.isNaN(ours.metrics['pr_auc']!));
    for (const name of ['accuracy', 'precision', 'recall', 'f1', 'log_loss']) {
      assertAgrees(ours.metrics[name], asNumber(negativesOnly.metrics[name]), name);
    }
  });
});
