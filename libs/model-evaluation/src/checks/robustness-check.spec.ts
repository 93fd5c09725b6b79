import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { evaluateGate } from '../gate/evaluate-gate';
import { batch, inputs, logisticModel, numeric, policy } from '../spec-support/gate-fixtures';

// Positives at x = -1, 2, 3, 4; negatives at -4, -3, -2, 1: 15 of 16 pairs ranked right.
const rawInputs = batch({
  x: numeric([-4, -3, -2, -1, 1, 2, 3, 4]),
  delay: numeric([0, 0, 0, 20, 0, 20, 20, 20]),
});
const labels = [0, 0, 0, 1, 0, 1, 1, 1];
const robustness = (name: string, perturbation: unknown, metric: string, maxDrop: number) => ({
  kind: 'robustness',
  name,
  perturbation,
  metric,
  maxDrop,
});

describe('robustness check', () => {
  it('measures the drop when a column goes missing', async () => {
    // Every x blanked: the model scores 0.5 everywhere, AUC 0.5, a drop of 15/16 − 1/2.
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        labelColumn: 'delay',
        candidate: logisticModel('x'),
        checks: [
          robustness('blank-ok', { type: 'missing', fraction: 1 }, 'roc_auc', 0.5),
          robustness(
            'blank-strict',
            { type: 'missing', fraction: 1, columns: ['x'] },
            'roc_auc',
            0.4,
          ),
        ],
      }),
    );
    const [ok, strict] = evaluation.checks;
    assert.deepEqual(
      [ok.metric, ok.comparator, ok.baseline, ok.observed, ok.passed],
      ['robustness.blank-ok.roc_auc.drop', 'lte', 0.9375, 0.4375, true],
    );
    assert.deepEqual([strict.observed, strict.passed], [0.4375, false]);
    assert.match(
      strict.message,
      /moves from 0\.9375 to 0\.5: a drop of 0\.4375, over the allowed 0\.4/,
    );
    assert.equal(evaluation.robustness[0].perturbation, '100% of the values of x blanked');
    assert.equal(evaluation.robustness[0].metrics.roc_auc, 0.5);
  });

  it('gives the same verdict for the same seed, another for another seed', async () => {
    const noise = (seed: number) =>
      evaluateGate(
        inputs({
          rawInputs,
          labels,
          labelColumn: 'delay',
          candidate: logisticModel('x'),
          policy: policy([robustness('noisy', { type: 'noise', scale: 0.5 }, 'log_loss', 1)], {
            seed,
          }),
        }),
      );
    const [a, b, c] = await Promise.all([noise(5), noise(5), noise(6)]);
    assert.deepEqual(a.checks, b.checks);
    assert.deepEqual(a.robustness, b.robustness);
    assert.notEqual(a.checks[0].observed, c.checks[0].observed);
    assert.match(a.checks[0].message, /Gaussian noise of 0\.5 standard deviations on x \(seed 5\)/);
  });

  it('fails with the reason when the candidate cannot score the perturbed rows', async () => {
    const evaluation = await evaluateGate(
      inputs({
        rawInputs,
        labels,
        candidate: logisticModel('x'),
        checks: [robustness('r', { type: 'noise', scale: 1, columns: ['distance'] }, 'f1', 0.1)],
      }),
    );
    assert.deepEqual([evaluation.checks[0].observed, evaluation.checks[0].passed], [null, false]);
    assert.match(
      evaluation.checks[0].message,
      /Cannot perturb the test rows: the test rows have no column 'distance'/,
    );
  });
});
