import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { EvaluationErrorCode } from '../errors/evaluation-error-code';
import {
  batch,
  close,
  fakeModel,
  inputs,
  logisticModel,
  numeric,
  outcomesOf,
  readNumeric,
  sigmoid,
} from '../spec-support/gate-fixtures';
import { evaluateGate } from './evaluate-gate';

// Scores rise with x, so the ROC AUC is the share of (positive, negative) pairs where the
// positive has the larger x: positives at x = -1, 2; negatives at -2, 1 → 3 of 4 pairs.
const rawInputs = batch({ x: numeric([-2, -1, 1, 2]) });
const labels = [0, 1, 0, 1];
const AUC = 0.75;
const logLoss = (scores: number[]) =>
  -scores.reduce((sum, s, i) => sum + Math.log(labels[i] === 1 ? s : 1 - s), 0) / scores.length;

const threshold = (name: string, metric: string, comparator: string, value: number) => ({
  kind: 'threshold',
  name,
  metric,
  comparator,
  threshold: value,
});

describe('evaluateGate: threshold, champion, latency and size checks', () => {
  it('judges test metrics against absolute bounds', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [
          threshold('auc-floor', 'roc_auc', 'gte', 0.7),
          threshold('auc-high', 'roc_auc', 'gte', 0.8),
          threshold('acc-cap', 'accuracy', 'lt', 0.5),
        ],
      }),
    );
    const [floor] = outcomesOf(evaluation, 'auc-floor');
    assert.deepEqual(
      { metric: floor.metric, observed: floor.observed, passed: floor.passed },
      { metric: 'test.roc_auc', observed: AUC, passed: true },
    );
    const [high] = outcomesOf(evaluation, 'auc-high');
    assert.equal(high.passed, false);
    assert.match(high.message, /test\.roc_auc is 0\.75, outside the bound ≥ 0\.8/);
    assert.equal(outcomesOf(evaluation, 'acc-cap')[0].observed, 0.5);
    assert.equal(outcomesOf(evaluation, 'acc-cap')[0].passed, false);
    assert.equal(evaluation.passed, false);
    assert.equal(evaluation.rows, 4);
    assert.equal(evaluation.decisionThreshold, 0.5);
    assert.equal(evaluation.metrics['test.roc_auc'], AUC);
    assert.equal(evaluation.metrics['artifact.size_bytes'], 1_000);
    assert.equal(evaluation.latency, null, 'no latency check, no measurement');
  });

  it('passes when every outcome passes, and fails a metric of another task or an undefined one', async () => {
    const good = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [threshold('a', 'roc_auc', 'gte', 0.7)],
      }),
    );
    assert.equal(good.passed, true);
    const wrongTask = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [threshold('e', 'rmse', 'lte', 1)],
      }),
    );
    assert.equal(wrongTask.checks[0].observed, null);
    assert.match(
      wrongTask.checks[0].message,
      /rmse is not a metric of a binary classification model/,
    );
    const oneClass = await evaluateGate(
      inputs({
        rawInputs,
        labels: [1, 1, 1, 1],
        candidate: logisticModel('x'),
        checks: [threshold('a', 'roc_auc', 'gte', 0.5)],
      }),
    );
    assert.equal(oneClass.checks[0].passed, false);
    assert.match(oneClass.checks[0].message, /undefined on the 4 test rows/);
    assert.equal('test.roc_auc' in oneClass.metrics, false, 'an undefined metric is left out');
  });

  it('compares with the champion on the same rows, whichever way the metric improves', async () => {
    const checks = [
      { kind: 'champion', name: 'auc', metric: 'roc_auc', maxRegression: 0.1 },
      { kind: 'champion', name: 'loss', metric: 'log_loss', maxRegression: 0 },
    ];
    const champion = { ...logisticModel('x', -1), modelVersion: 3 };
    const better = await evaluateGate(
      inputs({ rawInputs, labels, candidate: logisticModel('x'), champion, checks }),
    );
    const [auc] = outcomesOf(better, 'auc');
    assert.deepEqual(
      [auc.comparator, auc.observed, auc.baseline, auc.passed],
      ['max_regression', AUC, 0.25, true],
    );
    const candidateLoss = logLoss([-2, -1, 1, 2].map(sigmoid));
    const championLoss = logLoss([2, 1, -1, -2].map(sigmoid));
    const [loss] = outcomesOf(better, 'loss');
    close(loss.observed, candidateLoss);
    close(loss.baseline, championLoss);
    assert.equal(loss.passed, candidateLoss < championLoss);
    assert.deepEqual(better.champion?.modelVersion, 3);
    assert.equal(better.metrics['champion.test.roc_auc'], 0.25);

    const worse = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x', -1),
        champion: { ...logisticModel('x'), modelVersion: 3 },
        checks,
      }),
    );
    assert.equal(outcomesOf(worse, 'auc')[0].passed, false, 'AUC 0.25 against 0.75: drop 0.5');
    assert.match(
      outcomesOf(worse, 'auc')[0].message,
      /0\.5 worse than the champion's \(version 3\) 0\.75/,
    );
    assert.equal(outcomesOf(worse, 'loss')[0].passed, false, 'a higher log loss is a regression');
  });

  it('passes the champion check for the first model of a name, with nothing to compare', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [{ kind: 'champion', name: 'c', metric: 'f1', maxRegression: 0 }],
      }),
    );
    const [outcome] = evaluation.checks;
    assert.equal(outcome.passed, true);
    assert.equal(outcome.baseline, null);
    assert.match(outcome.message, /first model of the name flights-delay/);
    assert.equal(evaluation.champion, null);
  });

  it('fails the champion check when the champion cannot score the test rows', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        champion: { ...logisticModel('distance'), modelVersion: 7 },
        checks: [
          { kind: 'champion', name: 'c', metric: 'roc_auc', maxRegression: 1 },
          threshold('a', 'roc_auc', 'gte', 0.5),
        ],
      }),
    );
    const [outcome] = outcomesOf(evaluation, 'c');
    assert.equal(outcome.passed, false);
    assert.equal(outcome.observed, null);
    assert.match(outcome.message, /version 7\) could not be scored.*no numeric column 'distance'/);
    assert.equal(outcomesOf(evaluation, 'a')[0].passed, true);
    assert.deepEqual(evaluation.champion, { modelVersion: 7, metrics: {} });
  });

  it('aligns the champion classes to the candidate classes by name', async () => {
    // Labels a, b, c, a. The champion knows only c and a, in that order: aligned, row 1 (a b)
    // becomes a 0.4, b 0, c 0.6 → c, wrong; the others are right → accuracy 3/4.
    const championRows = [
      [0.2, 0.8],
      [0.6, 0.4],
      [0.9, 0.1],
      [0.3, 0.7],
    ];
    const candidateRows = [
      [0.7, 0.2, 0.1],
      [0.1, 0.8, 0.1],
      [0.1, 0.1, 0.8],
      [0.6, 0.3, 0.1],
    ];
    const evaluation = await evaluateGate(
      inputs({
        task: 'multiclass_classification',
        classLabels: ['a', 'b', 'c'],
        rawInputs: batch({ row: numeric([0, 1, 2, 3]) }),
        labels: [0, 1, 2, 0],
        candidate: fakeModel((b, r) => candidateRows[readNumeric(b, 'row')[r]], {
          classLabels: ['a', 'b', 'c'],
        }),
        champion: {
          ...fakeModel((b, r) => championRows[readNumeric(b, 'row')[r]], {
            classLabels: ['c', 'a'],
          }),
          modelVersion: 2,
        },
        checks: [{ kind: 'champion', name: 'acc', metric: 'accuracy', maxRegression: 0 }],
      }),
    );
    const [outcome] = evaluation.checks;
    assert.deepEqual([outcome.observed, outcome.baseline, outcome.passed], [1, 0.75, true]);
    assert.equal(evaluation.decisionThreshold, null);
    assert.deepEqual(evaluation.plots.confusionMatrix?.labels, ['a', 'b', 'c']);
  });

  it('measures latency once, with the most samples asked for, and judges p95 and artifact size', async () => {
    const candidate = logisticModel('x', 1, 0, {
      artifactSizeBytes: 5_000,
      latency: { p50Ms: 0.4, p95Ms: 1.5, p99Ms: 4, samples: 0 },
    });
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate,
        checks: [
          { kind: 'latency', name: 'fast', p95MaxMs: 2, samples: 50 },
          { kind: 'latency', name: 'faster', p95MaxMs: 1 },
          { kind: 'artifact_size', name: 'fits', maxBytes: 5_000 },
          { kind: 'artifact_size', name: 'tiny', maxBytes: 4_999 },
        ],
      }),
    );
    assert.deepEqual(candidate.latencyRequests, [200]);
    assert.deepEqual(
      evaluation.checks.map((c) => [c.checkName, c.metric, c.observed, c.passed]),
      [
        ['fast', 'latency.p95_ms', 1.5, true],
        ['faster', 'latency.p95_ms', 1.5, false],
        ['fits', 'artifact.size_bytes', 5_000, true],
        ['tiny', 'artifact.size_bytes', 5_000, false],
      ],
    );
    assert.deepEqual(evaluation.latency, { p50Ms: 0.4, p95Ms: 1.5, p99Ms: 4, samples: 200 });
    assert.equal(evaluation.metrics['latency.p95_ms'], 1.5);
    assert.equal(evaluation.metrics['latency.p99_ms'], 4);
  });

  it('evaluates a regressor and refuses a candidate whose outputs have the wrong width', async () => {
    const evaluation = await evaluateGate(
      inputs({
        task: 'regression',
        rawInputs,
        labels: [-2, -1, 1, 3],
        candidate: fakeModel((b, r) => [readNumeric(b, 'x')[r]], { classLabels: [] }),
        checks: [threshold('err', 'mae', 'lte', 0.25)],
      }),
    );
    assert.equal(evaluation.checks[0].observed, 0.25, 'one error of 1 over 4 rows');
    assert.equal(evaluation.checks[0].passed, true);
    assert.deepEqual(evaluation.plots.residuals, {
      actual: [-2, -1, 1, 3],
      predicted: [-2, -1, 1, 2],
    });
    assert.equal(evaluation.plots.confusionMatrix, null);
    assert.equal(evaluation.decisionThreshold, null);

    await assert.rejects(
      evaluateGate(
        inputs({
          rawInputs,
          labels,
          candidate: fakeModel(() => [0.5, 0.5]),
          checks: [threshold('a', 'f1', 'gte', 0)],
        }),
      ),
      (error: unknown) =>
        error instanceof PlatformError && error.code === EvaluationErrorCode.InvalidModelOutput,
    );
    await assert.rejects(
      evaluateGate(
        inputs({
          rawInputs,
          labels: [0, 1],
          candidate: logisticModel('x'),
          checks: [threshold('a', 'f1', 'gte', 0)],
        }),
      ),
      (error: unknown) =>
        error instanceof PlatformError && error.code === EvaluationErrorCode.InvalidGateInputs,
    );
  });
});
