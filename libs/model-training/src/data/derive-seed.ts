/**
 * A 32-bit seed for one consumer of randomness (an initializer, a dropout layer, the epoch order)
 * derived from the run's seed, so each gets its own stream and adding one never shifts another.
 */
export function deriveSeed(seed: number, stream: number, step = 0): number {
  let h = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ Math.imul(stream + 1, 0xc2b2ae35), 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15) ^ Math.imul(step + 1, 0x165667b1), 0x85ebca6b);
  return (h ^ (h >>> 16)) >>> 0;
}
