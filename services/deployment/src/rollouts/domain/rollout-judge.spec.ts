import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Guardrails } from './deployment-policy';
import { type RolloutJudgeInput, judgeRollout } from './rollout-judge';
import { seededRandom } from '@loopline/stats';
import {
  binaryOutputBin,
  emptyObservation,
  recordLatency,
  type ServingObservation,
} from './serving-observation';

const GUARDRAILS: Guardrails = {
  error_rate_increase: 0.01,
  p95_latency_increase_ms: 25,
  p99_latency_increase_ms: 50,
  prediction_psi: 0.25,
  accuracy_drop: 0.05,
  min_labeled_for_accuracy: 200,
};
const T0 = 1_700_000_000_000;

/** `requests` answered at `latencyMs`, `errors` of them failed, outputs spread over `bins`. */
function served(
  requests: number,
  options: {
    errors?: number;
    latencyMs?: number;
    bins?: number[];
    labeled?: number;
    correct?: number;
  } = {},
): ServingObservation {
  const observation = emptyObservation(10);
  observation.requests = requests;
  observation.errors = options.errors ?? 0;
  for (let i = 0; i < requests; i++) recordLatency(observation, options.latencyMs ?? 10);
  const bins = options.bins ?? [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
  const weight = bins.reduce((sum, each) => sum + each, 0);
  observation.outputBins = bins.map((each) => Math.round((each / weight) * requests));
  observation.labeled = options.labeled ?? 0;
  observation.correct = options.correct ?? 0;
  return observation;
}

function canary(overrides: Partial<RolloutJudgeInput>): RolloutJudgeInput {
  return {
    strategy: 'canary',
    step: { trafficPercent: 5, minRequests: 200, minDurationSeconds: 2 },
    stepStartedAt: T0,
    now: T0 + 5000,
    maxStepSeconds: 600,
    stable: served(3800),
    candidate: served(200),
    guardrails: GUARDRAILS,
    ...overrides,
  };
}

describe('judgeRollout: canary', () => {
  it('advances a healthy step once its requests and time are met', () => {
    const judgement = judgeRollout(canary({}));
    assert.equal(judgement.verdict, 'advance');
    assert.deepEqual(judgement.breached, {});
    assert.equal(judgement.observedMetrics.candidate_requests, 200);
    assert.equal(judgement.observedMetrics.stable_requests, 3800);
    assert.equal(judgement.observedMetrics.candidate_error_rate, 0);
    assert.equal(judgement.observedMetrics.p95_latency_increase_ms, 0);
    assert.equal(judgement.observedMetrics.step_elapsed_seconds, 5);
    assert.ok(judgement.observedMetrics.prediction_psi < 0.01);
  });

  it('rolls back at 5 % errors against 0 %, naming error_rate_increase and its value', () => {
    const judgement = judgeRollout(
      canary({ candidate: served(100, { errors: 5 }), now: T0 + 500 }),
    );
    assert.equal(judgement.verdict, 'rollback');
    assert.deepEqual(judgement.breached, { error_rate_increase: 0.05 });
    assert.equal(judgement.observedMetrics.candidate_error_rate, 0.05);
    assert.equal(judgement.observedMetrics.stable_error_rate, 0);
    assert.match(judgement.detail, /error_rate_increase: error rate rose by 5\.00 pp/);
    assert.match(judgement.detail, /above the 1\.00 pp allowed/);
  });

  it('does not roll back on one stray error in 20 requests, nor before 20 requests', () => {
    assert.equal(judgeRollout(canary({ candidate: served(20, { errors: 1 }) })).verdict, 'wait');
    assert.equal(judgeRollout(canary({ candidate: served(19, { errors: 3 }) })).verdict, 'wait');
    assert.equal(
      judgeRollout(canary({ candidate: served(20, { errors: 2 }) })).verdict,
      'rollback',
    );
  });

  it('rolls back on a p95 latency rise once 100 requests are in, whatever the duration', () => {
    const slow = (requests: number) =>
      judgeRollout(canary({ candidate: served(requests, { latencyMs: 60 }), now: T0 + 100 }));
    assert.equal(slow(99).verdict, 'wait');
    const judgement = slow(100);
    assert.equal(judgement.verdict, 'rollback');
    const rise = judgement.breached.p95_latency_increase_ms;
    assert.ok(Math.abs(rise - 50) < 5, `p95 rose by ${rise}`);
    assert.deepEqual(Object.keys(judgement.breached), ['p95_latency_increase_ms']);
  });

  it('judges p99 only with 500 requests on each side', () => {
    const early = served(400);
    for (let i = 0; i < 10; i++) recordLatency(early, 400);
    const step = { trafficPercent: 5, minRequests: 2000, minDurationSeconds: 0 };
    assert.equal(judgeRollout(canary({ candidate: early, step })).verdict, 'wait');
    const candidate = served(500);
    for (let i = 0; i < 10; i++) recordLatency(candidate, 400);
    const judgement = judgeRollout(
      canary({ candidate, step: { trafficPercent: 5, minRequests: 2000, minDurationSeconds: 0 } }),
    );
    assert.equal(judgement.verdict, 'rollback');
    assert.ok(judgement.breached.p99_latency_increase_ms > 50);
    assert.equal(judgement.breached.p95_latency_increase_ms, undefined);
  });

  it('rolls back when the predictions shift (PSI) past the limit', () => {
    const judgement = judgeRollout(
      canary({ candidate: served(400, { bins: [0, 0, 0, 0, 0, 0, 0, 1, 1, 1] }) }),
    );
    assert.equal(judgement.verdict, 'rollback');
    assert.ok(judgement.breached.prediction_psi > 1, `psi ${judgement.breached.prediction_psi}`);
  });

  it('compares accuracy only once both roles have enough labels', () => {
    const worse = served(400, { labeled: 199, correct: 120 });
    const stable = served(3800, { labeled: 1000, correct: 700 });
    assert.equal(judgeRollout(canary({ candidate: worse, stable })).verdict, 'advance');
    const judgement = judgeRollout(
      canary({ candidate: served(400, { labeled: 200, correct: 120 }), stable }),
    );
    assert.equal(judgement.verdict, 'rollback');
    assert.ok(Math.abs(judgement.breached.accuracy_drop - 0.1) < 1e-12);
    assert.equal(judgement.observedMetrics.candidate_accuracy, 0.6);
  });

  it('waits for requests and time, saying what is missing', () => {
    const judgement = judgeRollout(canary({ candidate: served(120), now: T0 + 800 }));
    assert.equal(judgement.verdict, 'wait');
    assert.deepEqual(judgement.breached, {});
    assert.match(judgement.detail, /120 of 200 candidate requests, 0\.8 of 2 s/);
    assert.equal(judgeRollout(canary({ now: T0 + 1500 })).verdict, 'wait');
  });

  it('rolls back a step still short of its requests after maxStepSeconds', () => {
    const judgement = judgeRollout(canary({ candidate: served(120), now: T0 + 601_000 }));
    assert.equal(judgement.verdict, 'rollback');
    assert.deepEqual(judgement.breached, { step_timeout: 601 });
    assert.match(judgement.detail, /only 120 of 200 candidate requests/);
  });

  it('holds the error rate against 0 when there is no stable version', () => {
    const judgement = judgeRollout(
      canary({ stable: null, candidate: served(200, { errors: 10 }) }),
    );
    assert.deepEqual(judgement.breached, { error_rate_increase: 0.05 });
    assert.match(judgement.detail, /absolute baseline of 0 %/);
    const healthy = judgeRollout(
      canary({ stable: null, candidate: served(200, { latencyMs: 900 }) }),
    );
    assert.equal(healthy.verdict, 'advance');
    assert.equal(healthy.observedMetrics.p95_latency_increase_ms, undefined);
  });

  it('does not roll back two samples of one distribution (seeded, 300 steps)', () => {
    const random = seededRandom(11);
    const sample = (requests: number) => {
      const observation = emptyObservation(10);
      observation.requests = requests;
      for (let i = 0; i < requests; i++) {
        if (random() < 0.003) observation.errors += 1;
        const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
        recordLatency(observation, 8 * Math.exp(0.6 * normal));
        observation.outputBins[binaryOutputBin(random() ** 2)] += 1;
      }
      return observation;
    };
    const verdicts = new Set<string>();
    for (let run = 0; run < 300; run++)
      verdicts.add(judgeRollout(canary({ stable: sample(3800), candidate: sample(200) })).verdict);
    assert.deepEqual([...verdicts], ['advance']);
  });

  it('reports only finite numbers', () => {
    const judgement = judgeRollout(canary({ candidate: emptyObservation(0), now: T0 }));
    assert.equal(judgement.verdict, 'wait');
    for (const [name, value] of Object.entries(judgement.observedMetrics))
      assert.ok(Number.isFinite(value), `${name} = ${value}`);
    assert.equal(judgement.observedMetrics.candidate_error_rate, undefined);
  });
});

describe('judgeRollout: shadow', () => {
  const shadow = (candidate: ServingObservation, now = T0 + 5000) =>
    judgeRollout({
      strategy: 'shadow',
      step: { trafficPercent: 100, minRequests: 200, minDurationSeconds: 3 },
      stepStartedAt: T0,
      now,
      maxStepSeconds: 600,
      stable: served(200),
      candidate,
      guardrails: GUARDRAILS,
      shadowMinAgreement: 0.8,
    });
  const agreeing = (compared: number, agreed: number) => ({
    ...served(compared),
    shadowCompared: compared,
    shadowAgreed: agreed,
  });

  it('promotes when agreement reaches minAgreement', () => {
    const judgement = shadow(agreeing(200, 170));
    assert.equal(judgement.verdict, 'advance');
    assert.equal(judgement.observedMetrics.agreement, 0.85);
  });

  it('rolls back at the end of the step when agreement falls short', () => {
    const judgement = shadow(agreeing(200, 150));
    assert.equal(judgement.verdict, 'rollback');
    assert.deepEqual(judgement.breached, { agreement: 0.75 });
    assert.match(
      judgement.detail,
      /75\.00 % of 200 mirrored requests, below the 80\.00 % required/,
    );
  });

  it('ends early only when agreement is clearly too low', () => {
    assert.equal(shadow(agreeing(60, 45), T0 + 1000).verdict, 'wait');
    assert.equal(shadow(agreeing(60, 20), T0 + 1000).verdict, 'rollback');
  });

  it('waits while nothing has been compared', () => {
    const judgement = shadow(served(200));
    assert.equal(judgement.verdict, 'wait');
    assert.match(judgement.detail, /no mirrored answer compared/);
  });
});

describe('judgeRollout: blue-green', () => {
  const blueGreen = (warmup: RolloutJudgeInput['warmup']) =>
    judgeRollout({
      strategy: 'blue_green',
      step: { trafficPercent: 100, minRequests: 200, minDurationSeconds: 0 },
      stepStartedAt: T0,
      now: T0 + 3000,
      maxStepSeconds: 600,
      stable: null,
      candidate: emptyObservation(0),
      guardrails: GUARDRAILS,
      warmup,
    });

  it('switches after a clean, fast warm-up', () => {
    const judgement = blueGreen({
      requests: 200,
      errors: 0,
      p99LatencyMs: 40,
      maxP99LatencyMs: 250,
    });
    assert.equal(judgement.verdict, 'advance');
    assert.equal(judgement.observedMetrics.warmup_p99_latency_ms, 40);
    assert.equal(
      judgement.detail,
      'Warm-up passed: 200 replayed requests without an error, p99 40.0 ms within 250.0 ms.',
    );
  });

  it('rolls back on any warm-up error, even before the warm-up ends', () => {
    const judgement = blueGreen({
      requests: 50,
      errors: 1,
      p99LatencyMs: 40,
      maxP99LatencyMs: 250,
    });
    assert.equal(judgement.verdict, 'rollback');
    assert.deepEqual(judgement.breached, { warmup_errors: 1 });
  });

  it('rolls back on a slow warm-up and waits for an unfinished one', () => {
    const slow = blueGreen({ requests: 200, errors: 0, p99LatencyMs: 400, maxP99LatencyMs: 250 });
    assert.deepEqual(slow.breached, { warmup_p99_latency_ms: 400 });
    assert.equal(blueGreen(undefined).verdict, 'wait');
    assert.equal(
      blueGreen({ requests: 120, errors: 0, p99LatencyMs: 400, maxP99LatencyMs: 250 }).verdict,
      'wait',
    );
  });
});
