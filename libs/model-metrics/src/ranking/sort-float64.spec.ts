import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { seededRandom } from '@loopline/stats';
import { sortFloat64 } from './sort-float64';

const generators: Record<string, (random: () => number) => number> = {
  probabilities: (random) => random(),
  float32: (random) => Math.fround(random()),
  fewDistinct: (random) => Math.round((random() - 0.5) * 20),
  signedWideRange: (random) => (random() - 0.5) * 10 ** (random() * 80 - 40),
  zerosAndTiny: (random) => {
    const r = random();
    return r < 0.1 ? -0 : r < 0.2 ? 0 : r < 0.3 ? -Number.MIN_VALUE : (r - 0.6) * 1e-310;
  },
};

describe('sortFloat64', () => {
  for (const [name, generate] of Object.entries(generators)) {
    it(`orders ${name} as the native sort does, above and below the radix cut-off`, () => {
      const random = seededRandom(name.length * 7919);
      for (const length of [0, 1, 17, 2047, 2048, 50_000]) {
        const values = Float64Array.from({ length }, () => generate(random));
        const expected = Float64Array.from(values).sort();
        sortFloat64(values);
        for (let i = 0; i < length; i++) {
          // === on purpose: -0 may come back as 0, which ranks and compares equal.
          assert.ok(
            values[i] === expected[i],
            `${name}[${i}] of ${length}: ${values[i]} vs ${expected[i]}`,
          );
        }
      }
    });
  }
});
