import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitIntoWindows } from './split-into-windows';

const policy = { maxRows: 3, maxSeconds: 10 };

describe('splitIntoWindows', () => {
  it('fills the open window, closes it when full and opens the next', () => {
    const times = [0, 1, 2, 3, 4];
    assert.deepEqual(splitIntoWindows(times, { rowCount: 1, closesAt: 100_000 }, policy), [
      { window: 'open', from: 0, to: 2, close: 'rows' },
      { window: 'new', from: 2, to: 5, close: 'rows' },
    ]);
  });

  it('closes a window at its time limit, even before any row of the log joined it', () => {
    assert.deepEqual(
      splitIntoWindows([20_000, 20_001], { rowCount: 1, closesAt: 10_000 }, policy),
      [
        { window: 'open', from: 0, to: 0, close: 'time' },
        { window: 'new', from: 0, to: 2, close: null },
      ],
    );
  });

  it('starts a window at the first row when none is open, time measured from that row', () => {
    assert.deepEqual(
      splitIntoWindows([5_000, 9_000, 16_000], null, { maxRows: 10, maxSeconds: 10 }),
      [
        { window: 'new', from: 0, to: 2, close: 'time' },
        { window: 'new', from: 2, to: 3, close: null },
      ],
    );
  });

  it('leaves a window open when the log ends inside its limits', () => {
    assert.deepEqual(splitIntoWindows([1], { rowCount: 0, closesAt: 10_000 }, policy), [
      { window: 'open', from: 0, to: 1, close: null },
    ]);
  });
});
