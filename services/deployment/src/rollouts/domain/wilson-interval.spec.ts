import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { wilsonInterval } from './wilson-interval';

// Expected values from the closed form, worked independently (z = 1.96: the textbook 95 % case).
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) <= 1e-4, `${actual} != ${expected}`);

describe('wilsonInterval', () => {
  it('matches the textbook interval of 5 in 100 at z = 1.96', () => {
    const { lower, upper } = wilsonInterval(5, 100, 1.96);
    close(lower, 0.021543);
    close(upper, 0.111752);
  });

  it('keeps an all-zero count above 0 only on the upper side', () => {
    const { lower, upper } = wilsonInterval(0, 20, 1.96);
    assert.equal(lower, 0);
    close(upper, 0.16113);
  });

  it('knows nothing without trials', () => {
    assert.deepEqual(wilsonInterval(0, 0), { lower: 0, upper: 1 });
  });
});
