import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PeriodicTask } from './periodic-task';

/** Resolves once `check` holds, polling every millisecond. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('PeriodicTask', () => {
  it('never runs two passes at once, and stop waits for the pass in flight', async () => {
    let started = 0;
    let finished = 0;
    let release!: () => void;
    const task = new PeriodicTask(1, async () => {
      started++;
      await new Promise<void>((resolve) => (release = resolve));
      finished++;
    });
    task.start();
    await until(() => started === 1);
    await new Promise((resolve) => setTimeout(resolve, 20)); // many intervals go by meanwhile
    assert.equal(started, 1, 'no second pass while the first runs');
    const stopped = task.stop();
    release();
    await stopped;
    assert.equal(finished, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(started, 1, 'nothing runs after stop');
  });

  it('keeps going after a pass that rejects', async () => {
    let passes = 0;
    const task = new PeriodicTask(1, async () => {
      passes++;
      throw new Error('database down');
    });
    task.start();
    await until(() => passes >= 3);
    await task.stop();
  });
});
