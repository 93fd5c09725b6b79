import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { RetrainingPolicy } from '../../policies/monitoring-policy';
import { decideRetraining } from './decide-retraining';
import type { RetrainingDecisionInput } from './retraining-decision-input';

const T0 = Date.parse('2030-01-01T00:00:00Z');
const POLICY: RetrainingPolicy = {
  onDrift: true,
  onPerformance: true,
  cooldownSeconds: 3600,
  inFlightTimeoutSeconds: 86_400,
  schedule: null,
  requireNewData: true,
};
const SERVING = { featureSetId: 'fs-serving', datasetVersionId: 'dv-1', materializedAt: T0 - 1000 };
const NEWER = { featureSetId: 'fs-newer', datasetVersionId: 'dv-2', materializedAt: T0 - 10 };

function input(overrides: Partial<RetrainingDecisionInput> = {}): RetrainingDecisionInput {
  return {
    cause: 'drift',
    policy: POLICY,
    now: T0,
    lastRequestedAt: null,
    inFlight: null,
    servingFeatureSet: SERVING,
    newestFeatureSet: NEWER,
    ...overrides,
  };
}

describe('decideRetraining', () => {
  it('requests for a drift finding with newer data, no cool-down and nothing in flight', () => {
    const verdict = decideRetraining(input());
    assert.equal(verdict.outcome, 'requested');
    assert.equal(verdict.inFlightRequestId, null);
  });

  it('suppresses a trigger whose switch is off, and only that one', () => {
    const policy = { ...POLICY, onDrift: false };
    const drift = decideRetraining(input({ policy }));
    assert.equal(drift.outcome, 'suppressed_disabled');
    assert.match(drift.reason, /onDrift: false/);
    assert.equal(decideRetraining(input({ policy, cause: 'performance' })).outcome, 'requested');
    const noPerformance = { ...POLICY, onPerformance: false };
    assert.equal(
      decideRetraining(input({ policy: noPerformance, cause: 'performance' })).outcome,
      'suppressed_disabled',
    );
  });

  it('coalesces into the request in flight and names it, before looking at the cool-down', () => {
    const inFlight = { requestId: 'req-1', requestedAt: T0 - 60_000, trainingRunId: 'run-9' };
    const verdict = decideRetraining(input({ inFlight, lastRequestedAt: T0 - 60_000 }));
    assert.equal(verdict.outcome, 'coalesced_in_flight');
    assert.equal(verdict.inFlightRequestId, 'req-1');
    assert.match(verdict.reason, /req-1 .* still in flight \(run run-9\)/);
  });

  it('stops counting a request as in flight after the timeout', () => {
    const requestedAt = T0 - POLICY.inFlightTimeoutSeconds * 1000;
    const inFlight = { requestId: 'req-1', requestedAt, trainingRunId: null };
    assert.equal(
      decideRetraining(input({ inFlight, now: requestedAt + 86_399_999 })).outcome,
      'coalesced_in_flight',
    );
    assert.equal(decideRetraining(input({ inFlight })).outcome, 'requested');
  });

  it('suppresses during the cool-down, says until when, and requests once it is over', () => {
    const last = T0 - 1_000;
    const verdict = decideRetraining(input({ lastRequestedAt: last }));
    assert.equal(verdict.outcome, 'suppressed_cooldown');
    assert.equal(verdict.cooldownUntil, last + 3_600_000);
    assert.match(verdict.reason, /until 2030-01-01T00:59:59\.000Z/);
    const after = decideRetraining(input({ lastRequestedAt: last, now: last + 3_600_000 }));
    assert.equal(after.outcome, 'requested');
  });

  it('needs a newer feature set when requireNewData is on', () => {
    const same = decideRetraining(input({ newestFeatureSet: SERVING }));
    assert.equal(same.outcome, 'suppressed_no_new_data');
    assert.match(same.reason, /fs-serving/);
    const older = { ...NEWER, materializedAt: SERVING.materializedAt - 1 };
    assert.equal(
      decideRetraining(input({ newestFeatureSet: older })).outcome,
      'suppressed_no_new_data',
    );
    assert.equal(
      decideRetraining(input({ newestFeatureSet: null })).outcome,
      'suppressed_no_new_data',
    );
    const relaxed = { ...POLICY, requireNewData: false };
    assert.equal(
      decideRetraining(input({ policy: relaxed, newestFeatureSet: SERVING })).outcome,
      'requested',
    );
    // Nothing serving: any data is new to the model.
    assert.equal(decideRetraining(input({ servingFeatureSet: null })).outcome, 'requested');
  });

  it('lets a schedule pass the cool-down but not a request in flight or the newer-data rule', () => {
    const policy = { ...POLICY, onDrift: false, onPerformance: false };
    const cooling = input({ cause: 'schedule', policy, lastRequestedAt: T0 - 1 });
    assert.equal(decideRetraining(cooling).outcome, 'requested');
    const inFlight = { requestId: 'req-2', requestedAt: T0 - 1, trainingRunId: null };
    assert.equal(decideRetraining({ ...cooling, inFlight }).outcome, 'coalesced_in_flight');
    assert.equal(
      decideRetraining({ ...cooling, newestFeatureSet: SERVING }).outcome,
      'suppressed_no_new_data',
    );
  });

  it('always requests for an operator', () => {
    const policy = { ...POLICY, onDrift: false, onPerformance: false };
    const inFlight = { requestId: 'req-3', requestedAt: T0 - 1, trainingRunId: null };
    const verdict = decideRetraining(
      input({
        cause: 'manual',
        policy,
        inFlight,
        lastRequestedAt: T0 - 1,
        newestFeatureSet: SERVING,
      }),
    );
    assert.equal(verdict.outcome, 'requested');
  });
});
