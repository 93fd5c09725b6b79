import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { CatchUpTracker } from './catch-up.tracker';

describe('CatchUpTracker', () => {
  it('is caught up at once when every partition is empty', () => {
    const tracker = new CatchUpTracker([
      { partition: 0, low: '0', high: '0' },
      { partition: 1, low: '7', high: '7' },
    ]);
    assert.equal(tracker.caughtUp, true);
  });

  it('waits for each partition up to its last offset at start, later messages aside', () => {
    const tracker = new CatchUpTracker([
      { partition: 0, low: '0', high: '3' },
      { partition: 1, low: '2', high: '5' },
    ]);
    assert.equal(tracker.consumedThrough(0, '1'), false);
    assert.equal(tracker.consumedThrough(1, '4'), false, 'partition 0 still has offset 2');
    assert.equal(tracker.consumedThrough(0, '2'), true);
    assert.equal(tracker.consumedThrough(2, '100'), true, 'a partition added later is no target');
  });

  it('counts a batch that ends past the target, as when compaction removed the last offsets', () => {
    const tracker = new CatchUpTracker([{ partition: 0, low: '0', high: '10' }]);
    assert.equal(tracker.consumedThrough(0, '25'), true);
  });
});
