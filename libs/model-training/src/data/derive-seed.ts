/**
 * mulberry32: a seeded generator of uniform numbers in [0, 1), identical on every machine and
 * Node version (which `Math.random` does not promise). Not cryptographic.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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
