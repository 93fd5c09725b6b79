// 16-bit digits, four to a key. A digit every key shares is skipped: for epoch-millisecond times
// over months the high and low digits are constant, leaving two or three passes. (11-bit digits
// were tried: no faster, as they need more passes.)
const DIGIT_BITS = 16;
const DIGITS = 4;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
/** Index of the low 32-bit word of a float64 seen as two uint32 words (platform byte order). */
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/**
 * Returns `rows` reordered by `times[row]` ascending, ties kept in the given order (stable).
 * Every listed row must have a time (not NaN). Input already in time order (the usual case for
 * event data) is returned as a copy after one check; anything else goes through an LSD radix sort
 * on the float64 bit pattern, because a comparator sort of millions of row indexes costs seconds.
 */
export function sortRowsByTime(rows: Uint32Array, times: Float64Array): Uint32Array {
  if (isSortedByTime(rows, times)) return rows.slice();
  const n = rows.length;
  // Map each time to a 64-bit key (hi, lo) whose unsigned order is the numeric order.
  const asFloat = new Float64Array(n);
  for (let i = 0; i < n; i++) asFloat[i] = times[rows[i]] + 0; // + 0 turns -0 into +0
  const words = new Uint32Array(asFloat.buffer);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = words[2 * i + LOW_WORD];
    const h = words[2 * i + 1 - LOW_WORD];
    // Negative floats order backwards: flip every bit; positive ones: set the sign bit.
    const negative = h >>> 31 === 1;
    lo[i] = negative ? ~l >>> 0 : l;
    hi[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
  }
  const counts = digitCounts(lo, hi);
  let index = rows.slice();
  let loNext = new Uint32Array(n);
  let hiNext = new Uint32Array(n);
  let indexNext = new Uint32Array(n);
  for (let digit = 0; digit < DIGITS; digit++) {
    const count = counts[digit];
    if (count.some((c) => c === n)) continue; // every key shares this digit: the pass is a no-op
    let offset = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = count[b];
      count[b] = offset;
      offset += c;
    }
    for (let i = 0; i < n; i++) {
      const target = count[digitOf(lo[i], hi[i], digit)]++;
      loNext[target] = lo[i];
      hiNext[target] = hi[i];
      indexNext[target] = index[i];
    }
    [lo, loNext] = [loNext, lo];
    [hi, hiNext] = [hiNext, hi];
    [index, indexNext] = [indexNext, index];
  }
  return index;
}

function isSortedByTime(rows: Uint32Array, times: Float64Array): boolean {
  for (let i = 1; i < rows.length; i++) if (times[rows[i]] < times[rows[i - 1]]) return false;
  return true;
}

/** Histograms of the four 16-bit digits (low word's low half first), in one pass over the keys. */
function digitCounts(lo: Uint32Array, hi: Uint32Array): Uint32Array[] {
  const counts = Array.from({ length: DIGITS }, () => new Uint32Array(BUCKETS));
  const [c0, c1, c2, c3] = counts;
  for (let i = 0; i < lo.length; i++) {
    c0[lo[i] & DIGIT_MASK]++;
    c1[lo[i] >>> DIGIT_BITS]++;
    c2[hi[i] & DIGIT_MASK]++;
    c3[hi[i] >>> DIGIT_BITS]++;
  }
  return counts;
}

/** Digit `digit` (0 = lowest) of the 64-bit key (hi, lo). */
function digitOf(lo: number, hi: number, digit: number): number {
  const word = digit < 2 ? lo : hi;
  return digit % 2 === 0 ? word & DIGIT_MASK : word >>> DIGIT_BITS;
}
