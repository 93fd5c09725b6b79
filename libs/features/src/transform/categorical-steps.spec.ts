import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { compareCodePoints } from '@loopline/stats';
import { fnv1a32 } from './fnv1a';
import { hashBucket, hashIndices } from './hash-step';
import { fitOneHot, oneHotIndices, oneHotLabels } from './one-hot-step';

const column = (values: (string | null)[]) => {
  const dictionary = [...new Set(values.filter((v): v is string => v !== null)), 'unused'];
  const codes = Int32Array.from(values, (v) => (v === null ? -1 : dictionary.indexOf(v)));
  return { type: 'categorical' as const, codes, dictionary };
};

describe('FNV-1a and hash', () => {
  it('matches the published 32-bit FNV-1a vectors', () => {
    assert.equal(fnv1a32(''), 0x811c9dc5);
    assert.equal(fnv1a32('a'), 0xe40c292c);
    assert.equal(fnv1a32('foobar'), 0xbf9cf968);
  });

  it('hashes UTF-8 bytes, not UTF-16 units', () => {
    // 'é' is the two bytes C3 A9: hash them by hand.
    let h = 0x811c9dc5;
    for (const b of [0xc3, 0xa9]) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    assert.equal(fnv1a32('é'), h);
  });

  it('maps values to buckets and missing to -1', () => {
    const col = column(['a', null, 'foobar']);
    assert.deepEqual(
      [...hashIndices(col, { kind: 'hash', buckets: 64 })],
      [0xe40c292c % 64, -1, 0xbf9cf968 % 64],
    );
    assert.equal(hashBucket('', 10), 0x811c9dc5 % 10);
  });
});

describe('one_hot', () => {
  const values = ['b', 'a', 'c', 'a', 'b', 'd', null, 'c', 'a', null, null];

  it('keeps frequent values, most frequent first, ties in code point order', () => {
    const fit = fitOneHot({ kind: 'one_hot', maxCategories: 10 }, column(values));
    assert.deepEqual(fit.vocabulary, ['a', 'b', 'c', 'd']);
    assert.deepEqual(fitOneHot({ kind: 'one_hot', maxCategories: 2 }, column(values)).vocabulary, [
      'a',
      'b',
    ]);
    assert.deepEqual(
      fitOneHot({ kind: 'one_hot', maxCategories: 10, minCount: 2 }, column(values)).vocabulary,
      ['a', 'b', 'c'],
    );
  });

  it('counts a value repeated in the dictionary once', () => {
    const col = {
      type: 'categorical' as const,
      codes: Int32Array.of(0, 1, 2, 2),
      dictionary: ['x', 'y', 'x'],
    };
    assert.deepEqual(fitOneHot({ kind: 'one_hot', maxCategories: 5 }, col).vocabulary, ['x', 'y']);
  });

  it('sends unknown and missing values to other', () => {
    const fit = { kind: 'one_hot' as const, vocabulary: ['a', 'b'] };
    assert.deepEqual(oneHotLabels(fit), ['a', 'b', 'other']);
    assert.deepEqual([...oneHotIndices(column(['b', 'z', null, 'a']), fit)], [1, 2, 2, 0]);
  });

  it('orders by code point, unlike <', () => {
    const astral = '\u{1F600}'; // a surrogate pair, code point above U+FFFF
    const bmp = '\uFF21';
    assert.ok(astral < bmp); // UTF-16 unit order
    assert.ok(compareCodePoints(astral, bmp) > 0);
    assert.ok(compareCodePoints('a', 'ab') < 0 && compareCodePoints('b', 'a') > 0);
  });
});
