import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import {
  ALLOWED_STAGE_TRANSITIONS,
  allowedStagesFrom,
  assertStageMove,
  canMoveStage,
  MODEL_STAGES,
} from './model-stage';

const where = { modelName: 'flights-delay', version: 3 };

describe('model stage transitions', () => {
  it('holds exactly the documented table', () => {
    assert.deepEqual(ALLOWED_STAGE_TRANSITIONS, {
      pending_evaluation: ['passed', 'failed'],
      passed: ['staging', 'production', 'rejected', 'archived'],
      failed: ['production', 'rejected', 'archived'],
      staging: ['production', 'rejected', 'archived'],
      production: ['archived'],
      archived: ['staging', 'production'],
      rejected: [],
    });
  });

  it('lets a failed version reach production only through an override', () => {
    assert.equal(canMoveStage('failed', 'production'), false);
    assert.equal(canMoveStage('failed', 'production', { overridesFailedGate: true }), true);
    assert.deepEqual(allowedStagesFrom('failed'), ['rejected', 'archived']);
  });

  it('keeps rejected terminal and production leaving only to archived', () => {
    for (const to of MODEL_STAGES) {
      assert.equal(canMoveStage('rejected', to, { overridesFailedGate: true }), false);
      assert.equal(canMoveStage('production', to), to === 'archived');
    }
  });

  it("allows the moves deployment's rollouts make, without an override", () => {
    // A completed rollout puts a passed (or staged, or earlier) version in production and
    // archives the one it replaces; a rollback after completion brings that one back.
    for (const from of ['passed', 'staging', 'archived'] as const)
      assert.equal(canMoveStage(from, 'production'), true, from);
    assert.equal(canMoveStage('production', 'archived'), true);
  });

  it('names from, to and the allowed moves in a 409', () => {
    try {
      assertStageMove('pending_evaluation', 'production', where);
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof PlatformError);
      assert.equal(error.code, 'REGISTRY.ILLEGAL_STAGE_TRANSITION');
      assert.equal(error.httpStatus, 409);
      assert.deepEqual(error.details, {
        ...where,
        from: 'pending_evaluation',
        to: 'production',
        allowed: ['passed', 'failed'],
      });
      assert.match(error.message, /from pending_evaluation to production/);
    }
  });

  it('says how to override when a failed version is moved to production', () => {
    assert.throws(
      () => assertStageMove('failed', 'production', where),
      (error: PlatformError) =>
        error.code === 'REGISTRY.ILLEGAL_STAGE_TRANSITION' &&
        /overrideFailedGate/.test(error.message),
    );
    assert.doesNotThrow(() =>
      assertStageMove('failed', 'production', { ...where, overridesFailedGate: true }),
    );
  });
});
