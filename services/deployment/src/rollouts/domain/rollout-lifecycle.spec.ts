import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import {
  ALLOWED_ROLLOUT_TRANSITIONS,
  assertRolloutTransition,
  canMoveRollout,
  isRolloutState,
  isTerminal,
  ROLLOUT_STATES,
} from './rollout-lifecycle';

describe('rollout lifecycle', () => {
  it('holds exactly the documented table', () => {
    assert.deepEqual(ALLOWED_ROLLOUT_TRANSITIONS, {
      warming: ['in_progress', 'completed', 'rolled_back', 'superseded'],
      in_progress: ['completed', 'rolled_back', 'superseded'],
      completed: [],
      rolled_back: [],
      superseded: [],
    });
  });

  it('never leaves a final state and never goes back to warming', () => {
    for (const from of ROLLOUT_STATES)
      for (const to of ROLLOUT_STATES) {
        if (isTerminal(from)) assert.equal(canMoveRollout(from, to), false, `${from} -> ${to}`);
        if (to === 'warming') assert.equal(canMoveRollout(from, to), false, `${from} -> ${to}`);
      }
    assert.deepEqual(
      ROLLOUT_STATES.filter((state) => isTerminal(state)),
      ['completed', 'rolled_back', 'superseded'],
    );
  });

  it('refuses an illegal move with a 409 naming from, to and what is allowed', () => {
    try {
      assertRolloutTransition('in_progress', 'warming', 'r-1');
      assert.fail('expected a refusal');
    } catch (error) {
      assert.ok(error instanceof PlatformError);
      assert.equal(error.code, 'DEPLOYMENT.ILLEGAL_ROLLOUT_TRANSITION');
      assert.equal(error.httpStatus, 409);
      assert.deepEqual(error.details, {
        rolloutId: 'r-1',
        from: 'in_progress',
        to: 'warming',
        allowed: ['completed', 'rolled_back', 'superseded'],
      });
      assert.match(error.message, /Rollout r-1 cannot move from in_progress to warming/);
    }
    assert.throws(
      () => assertRolloutTransition('rolled_back', 'completed'),
      /rolled_back is final; start a new rollout/,
    );
    assert.doesNotThrow(() => assertRolloutTransition('warming', 'in_progress'));
  });

  it('recognises its states', () => {
    assert.equal(isRolloutState('in_progress'), true);
    assert.equal(isRolloutState('paused'), false);
  });
});
