/**
 * splitmix32: a tiny seeded generator of uniform numbers in [0, 1). Its output mixes the whole
 * state each step, so neighbouring seeds (7 and 8) give unrelated sequences. Not cryptographic;
 * what matters is that one seed gives the same sequence on every machine and Node version,
 * which `Math.random` cannot promise: the one generator behind seeded splits, training order and
 * generated test data.
 */
export function seededRandom(seed: number): () => number {
  // Any number is a seed: fold non-integers and large values into 32 bits deterministically.
  let state = Number.isSafeInteger(seed) ? seed | 0 : hashNumber(seed);
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4_294_967_296;
  };
}

function hashNumber(x: number): number {
  const words = new Uint32Array(Float64Array.of(x).buffer);
  return Math.imul(words[0] ^ 0x9e3779b9, 0x85ebca6b) ^ words[1];
}
