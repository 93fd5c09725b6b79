import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { jensenShannonDistance } from '../divergence/jensen-shannon-distance';
import { populationStabilityIndex } from '../divergence/population-stability-index';
import { seededRandom } from '../random/seeded-random';
import { chiSquareContingency, chiSquareSurvival } from './chi-square';
import { ksFromCounts, ksPValue, ksTwoSample } from './kolmogorov-smirnov';
import { wassersteinDistance } from './wasserstein';

// Expected values come from scipy and numpy (libs/stats/tools/scipy-reference.sh writes the
// fixture). The path holds from src/ and dist/ alike: both sit one folder below the package.
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'scipy-reference.json');

type SampleSpec =
  | { values: number[] }
  | { seed: number; kind: string; params: number[]; size: number; step?: number };

interface Fixture {
  scipy: string;
  ksTwoSample: {
    name: string;
    a: SampleSpec;
    b: SampleSpec;
    statistic: number;
    pValue: number;
    wasserstein: number;
  }[];
  ksFromCounts: { countsA: number[]; countsB: number[]; statistic: number; pValue: number }[];
  ksPValue: { d: number; n: number; m: number; pValue: number }[];
  chiSquareContingency: {
    countsA: number[];
    countsB: number[];
    statistic: number;
    dof: number;
    pValue: number;
  }[];
  chiSquareSurvival: { x: number; dof: number; p: number }[];
  divergence: {
    expected: number[];
    actual: number[];
    psi: number;
    psiUnsmoothed: number | null;
    jensenShannonBase2: number;
    jensenShannonNatural: number;
  }[];
}

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;

const RELATIVE = 1e-9;
// Below the smallest normal double (p-values past 1e-308) only absolute agreement means anything.
const SMALLEST_NORMAL = 2.2250738585072014e-308;

function close(actual: number, expected: number, what: string): void {
  const tolerance = Math.max(RELATIVE * Math.abs(expected), SMALLEST_NORMAL);
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: got ${actual}, scipy ${expected} (relative error ${Math.abs(actual - expected) / Math.abs(expected)})`,
  );
}

/** Rebuilds a seeded sample exactly as tools/scipy-reference.py does (same operations, same order). */
function sampleFromSpec(spec: SampleSpec): Float64Array {
  if ('values' in spec) return Float64Array.from(spec.values);
  const random = seededRandom(spec.seed);
  const out = new Float64Array(spec.size);
  for (let i = 0; i < spec.size; i++) {
    let value: number;
    switch (spec.kind) {
      case 'uniform':
        value = spec.params[0] + (spec.params[1] - spec.params[0]) * random();
        break;
      case 'normal': {
        let total = 0;
        for (let k = 0; k < 12; k++) total += random();
        value = spec.params[0] + spec.params[1] * (total - 6);
        break;
      }
      case 'discrete':
        value = spec.params[1] + Math.floor(random() * spec.params[0]);
        break;
      case 'heavy': {
        const u = random();
        value = (spec.params[0] * u) / (1 - u);
        break;
      }
      case 'constant':
        value = spec.params[0];
        break;
      default:
        throw new Error(`unknown sample kind ${spec.kind}`);
    }
    if (spec.step !== undefined) value = Math.floor(value / spec.step) * spec.step;
    out[i] = value;
  }
  return out;
}

describe(`two-sample statistics against scipy ${fixture.scipy}`, () => {
  it('ksTwoSample matches ks_2samp(method="asymp") on every sample pair', () => {
    for (const c of fixture.ksTwoSample) {
      const result = ksTwoSample(sampleFromSpec(c.a), sampleFromSpec(c.b));
      close(result.statistic, c.statistic, `${c.name} statistic`);
      close(result.pValue, c.pValue, `${c.name} p-value`);
    }
  });

  it('wassersteinDistance matches wasserstein_distance on the same pairs', () => {
    for (const c of fixture.ksTwoSample) {
      close(wassersteinDistance(sampleFromSpec(c.a), sampleFromSpec(c.b)), c.wasserstein, c.name);
    }
  });

  it('ksFromCounts matches ks_2samp on the samples the counts describe', () => {
    for (const c of fixture.ksFromCounts) {
      const result = ksFromCounts(c.countsA, c.countsB);
      const what = `counts ${c.countsA.length} bins`;
      close(result.statistic, c.statistic, `${what} statistic`);
      close(result.pValue, c.pValue, `${what} p-value`);
    }
  });

  it('ksPValue matches kstwo.sf(d, round(n·m/(n+m))) from tiny to huge effective sizes', () => {
    assert.ok(fixture.ksPValue.length > 200);
    for (const c of fixture.ksPValue) {
      close(ksPValue(c.d, c.n, c.m), c.pValue, `d=${c.d} n=${c.n} m=${c.m}`);
    }
  });

  it('chiSquareContingency matches chi2_contingency(correction=False)', () => {
    for (const c of fixture.chiSquareContingency) {
      const result = chiSquareContingency(c.countsA, c.countsB);
      const what = `${c.countsA.length} categories`;
      assert.equal(result.dof, c.dof, `${what} dof`);
      close(result.statistic, c.statistic, `${what} statistic`);
      close(result.pValue, c.pValue, `${what} p-value`);
    }
  });

  it('chiSquareSurvival matches chi2.sf into the far tail', () => {
    for (const c of fixture.chiSquareSurvival) {
      close(chiSquareSurvival(c.x, c.dof), c.p, `x=${c.x} dof=${c.dof}`);
    }
  });

  it('populationStabilityIndex matches the numpy formula, smoothed and not', () => {
    for (const c of fixture.divergence) {
      close(populationStabilityIndex(c.expected, c.actual), c.psi, `${c.expected.length} bins`);
      if (c.psiUnsmoothed !== null) {
        close(populationStabilityIndex(c.expected, c.actual, 0), c.psiUnsmoothed, 'unsmoothed');
      }
    }
  });

  it('jensenShannonDistance is scipy.spatial.distance.jensenshannon with base=2', () => {
    for (const c of fixture.divergence) {
      const distance = jensenShannonDistance(c.expected, c.actual);
      close(distance, c.jensenShannonBase2, `${c.expected.length} bins`);
      assert.ok(Math.abs(distance - c.jensenShannonNatural) > 1e-6, 'not the natural-log form');
    }
  });
});
