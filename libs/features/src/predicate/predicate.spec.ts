import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compareCodePoints } from '@loopline/stats';
import { evaluatePredicate } from './evaluate-predicate';

describe('evaluatePredicate', () => {
  it('applies each operator at, below and above the threshold', () => {
    const expected: Record<string, [boolean, boolean, boolean]> = {
      '>': [false, false, true],
      '>=': [false, true, true],
      '<': [true, false, false],
      '<=': [true, true, false],
      '==': [false, true, false],
      '!=': [true, false, true],
    };
    for (const [op, outcomes] of Object.entries(expected)) {
      const p = { op: op as '>', value: 15 };
      assert.deepEqual(
        [14, 15, 16].map((x) => evaluatePredicate(p, x)),
        outcomes,
        op,
      );
    }
  });

  it('never holds for a missing value', () => {
    for (const op of ['>', '>=', '<', '<=', '==', '!='] as const) {
      assert.equal(evaluatePredicate({ op, value: 0 }, NaN), false, op);
    }
  });
});

describe('compareCodePoints', () => {
  it('sorts like code points, unlike the default UTF-16 sort', () => {
    const values = ['\u{1F600}', '\uFF21', 'b', 'a', 'ab', ''];
    assert.deepEqual([...values].sort(compareCodePoints), [
      '',
      'a',
      'ab',
      'b',
      '\uFF21',
      '\u{1F600}',
    ]);
    assert.deepEqual([...values].sort().slice(-2), ['\u{1F600}', '\uFF21']);
  });
});
