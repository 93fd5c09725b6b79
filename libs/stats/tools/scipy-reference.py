"""Writes libs/stats/fixtures/scipy-reference.json: seeded inputs and what scipy/numpy compute
for them, so the TypeScript two-sample statistics can be checked against the reference
implementation without Python at test time. Run through scipy-reference.sh (pinned versions).

Large samples are not stored: each is described by a seed, a size and a shape, and both this
script and the spec rebuild it with splitmix32 (libs/stats/src/random/seeded-random.ts) and
only +, -, *, / and floor, which IEEE 754 rounds the same way in Python and JavaScript.
"""

import json
import math
import sys
import warnings
from pathlib import Path

import numpy as np
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon

MASK = 0xFFFFFFFF
OUT = Path(__file__).resolve().parent.parent / "fixtures" / "scipy-reference.json"


def seeded_random(seed):
    """splitmix32, bit for bit as seededRandom(seed) for a safe-integer seed."""
    state = seed & MASK

    def step():
        nonlocal state
        state = (state + 0x9E3779B9) & MASK
        z = state
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & MASK
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK
        z ^= z >> 16
        return z / 4294967296

    return step


def sample(spec):
    """The sample a spec describes; mirrored by sampleFromSpec in scipy-reference.spec.ts."""
    if "values" in spec:
        return np.array(spec["values"], dtype=np.float64)
    rnd = seeded_random(spec["seed"])
    kind, params, size = spec["kind"], spec["params"], spec["size"]
    out = np.empty(size, dtype=np.float64)
    for i in range(size):
        if kind == "uniform":
            low, high = params
            value = low + (high - low) * rnd()
        elif kind == "normal":  # Irwin-Hall: twelve uniforms, mean 6, variance 1
            mean, sd = params
            total = 0.0
            for _ in range(12):
                total += rnd()
            value = mean + sd * (total - 6)
        elif kind == "discrete":
            levels, offset = params
            value = offset + math.floor(rnd() * levels)
        elif kind == "heavy":  # scale * u / (1 - u): a long right tail
            (scale,) = params
            u = rnd()
            value = scale * u / (1 - u)
        elif kind == "constant":
            (value,) = params
        else:
            raise ValueError(kind)
        if "step" in spec:  # rounds down to a grid: a continuous shape with many ties
            value = math.floor(value / spec["step"]) * spec["step"]
        out[i] = value
    return out


def spec(seed, kind, params, size, step=None):
    s = {"seed": seed, "kind": kind, "params": params, "size": size}
    if step is not None:
        s["step"] = step
    return s


def asymp_p_value(d, n, m):
    """ks_2samp(method='asymp'), two-sided: the last lines of scipy's own code path."""
    big, small = sorted([float(n), float(m)], reverse=True)
    en = big * small / (big + small)
    return float(np.clip(stats.distributions.kstwo.sf(d, np.round(en)), 0, 1))


def ks_case(name, a_spec, b_spec):
    a, b = sample(a_spec), sample(b_spec)
    result = stats.ks_2samp(a, b, method="asymp")
    p = float(result.pvalue)
    assert p == asymp_p_value(float(result.statistic), a.size, b.size), name
    return {
        "name": name,
        "a": a_spec,
        "b": b_spec,
        "statistic": float(result.statistic),
        "pValue": p,
        "wasserstein": float(stats.wasserstein_distance(a, b)),
    }


def ks_cases():
    v = lambda values: {"values": values}  # noqa: E731
    return [
        ks_case("one value against five", v([0.5]), v([0.1, 0.7, 0.2, 0.9, 0.4])),
        ks_case("three against three, disjoint", v([1, 2, 3]), v([4, 5, 6])),
        ks_case("small with ties across samples", v([1, 2, 2, 3, 5, 5]), v([2, 2, 3, 4, 5, 7, 7])),
        ks_case("identical samples", spec(1, "normal", [0, 1], 200), spec(1, "normal", [0, 1], 200)),
        ks_case("all tied, same value", spec(1, "constant", [3], 40), spec(2, "constant", [3], 25)),
        ks_case("all tied, different values", spec(1, "constant", [3], 40), spec(2, "constant", [4], 25)),
        ks_case("normal 10 vs 12", spec(11, "normal", [0, 1], 10), spec(12, "normal", [0, 1], 12)),
        ks_case("normal 100 vs 80, shifted", spec(13, "normal", [0, 1], 100), spec(14, "normal", [0.5, 1], 80)),
        ks_case("normal 1000 vs 1000", spec(15, "normal", [0, 1], 1000), spec(16, "normal", [0, 1], 1000)),
        ks_case("normal 5000 vs 3000, wider", spec(17, "normal", [0, 1], 5000), spec(18, "normal", [0, 1.1], 3000)),
        ks_case("rounded normal 2000 vs 1500 (ties)", spec(19, "normal", [0, 1], 2000, 0.1),
                spec(20, "normal", [0.05, 1], 1500, 0.1)),
        ks_case("discrete 500 vs 700", spec(21, "discrete", [10, 0], 500), spec(22, "discrete", [10, 1], 700)),
        ks_case("discrete 100k vs 50k, same", spec(23, "discrete", [7, 0], 100000),
                spec(24, "discrete", [7, 0], 50000)),
        ks_case("heavy tails 3000 vs 4000", spec(25, "heavy", [1], 3000), spec(26, "heavy", [1.2], 4000)),
        ks_case("uniform vs normal 800 vs 900", spec(27, "uniform", [-2, 2], 800), spec(28, "normal", [0, 1], 900)),
        ks_case("normal 100k vs 100k, same", spec(29, "normal", [0, 1], 100000), spec(30, "normal", [0, 1], 100000)),
        ks_case("normal 100k vs 100k, shift 0.01", spec(31, "normal", [0, 1], 100000),
                spec(32, "normal", [0.01, 1], 100000)),
        ks_case("normal 100k vs 100k, shift 0.1 (tiny p)", spec(33, "normal", [0, 1], 100000),
                spec(34, "normal", [0.1, 1], 100000)),
        ks_case("normal 100k vs 20k, shift 0.02", spec(35, "normal", [0, 1], 100000),
                spec(36, "normal", [0.02, 1], 20000)),
        ks_case("normal 100k vs 7", spec(37, "normal", [0, 1], 100000), spec(38, "normal", [0, 1], 7)),
        ks_case("uniform 100k vs 100k, shift 0.078 (p near 1e-300)", spec(39, "uniform", [0, 1], 100000),
                spec(40, "uniform", [0.078, 1.078], 100000)),
    ]


def ks_count_cases():
    rng = np.random.default_rng(7)
    cases = []
    shapes = [(5, 30, 40), (10, 1000, 800), (20, 5000, 5000), (100, 60000, 20000), (3, 2, 3)]
    for bins, n, m in shapes:
        pa = rng.dirichlet(np.ones(bins))
        pb = 0.8 * pa + 0.2 * rng.dirichlet(np.ones(bins))
        a = rng.multinomial(n, pa)
        b = rng.multinomial(m, pb)
        a[0] = 0  # a bin empty on one side
        if bins > 3:
            a[2] = b[2] = 0  # and one empty on both
        cases.append(count_case(a, b))
    same = rng.multinomial(4000, np.ones(8) / 8)
    cases.append(count_case(same, same * 3))
    return cases


def count_case(a, b):
    xa = np.repeat(np.arange(a.size, dtype=np.float64), a)
    xb = np.repeat(np.arange(b.size, dtype=np.float64), b)
    result = stats.ks_2samp(xa, xb, method="asymp")
    return {
        "countsA": a.tolist(),
        "countsB": b.tolist(),
        "statistic": float(result.statistic),
        "pValue": float(result.pvalue),
    }


def p_value_cases():
    """ksPValue over (d, n, m); n = m = 2N gives the effective size N exactly."""
    cases = []
    sizes = [1, 2, 3, 5, 10, 70, 139, 140, 141, 1000, 9091, 50000, 100000, 100001, 1000000, 1000001]
    for half in sizes:
        n = m = 2 * half
        for nd2 in [0.05, 0.3, 0.75, 1.0, 1.5, 2.19, 2.21, 3.0, 4.5, 10, 30, 100, 250, 360]:
            d = math.sqrt(nd2 / half)
            if d < 1:
                cases.append(p_value_case(d, n, m))
        for t in [0.75, 1.5, half - 0.5]:
            d = t / half
            if 0 < d < 1:
                cases.append(p_value_case(d, n, m))
    for n, m in [(3, 7), (10, 1000), (1000, 3000), (100000, 10000), (2000000, 2000000), (5000000, 1000000)]:
        for d in [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 0.6]:
            cases.append(p_value_case(d, n, m))
    return cases


def p_value_case(d, n, m):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an overflow inside scipy would make a bad reference
        return {"d": d, "n": n, "m": m, "pValue": asymp_p_value(d, n, m)}


def chi_square_cases():
    rng = np.random.default_rng(11)
    cases = []
    for k, n, m, mix in [(2, 50, 60, 0.5), (3, 500, 200, 0.9), (10, 1000, 1000, 1.0), (10, 1000, 1000, 0.7),
                         (50, 20000, 5000, 0.95), (200, 100000, 30000, 0.99), (200, 100000, 100000, 0.97),
                         (5, 10**6, 10**6, 0.99)]:
        pa = rng.dirichlet(np.ones(k))
        pb = mix * pa + (1 - mix) * rng.dirichlet(np.ones(k))
        a = rng.multinomial(n, pa)
        b = rng.multinomial(m, pb)
        if k >= 3:
            a[1] = b[1] = 0  # empty on both sides: dropped
            a[2] = 0  # empty on one side: kept
        cases.append(chi_square_case(a, b))
    cases.append(chi_square_case(np.array([0, 7, 0]), np.array([0, 3, 0])))  # dof 0
    cases.append(chi_square_case(np.array([10, 20, 30]), np.array([20, 40, 60])))  # proportional
    return cases


def chi_square_case(a, b):
    keep = (a + b) > 0
    table = np.array([a[keep], b[keep]])
    statistic, p, dof, _ = stats.chi2_contingency(table, correction=False)
    return {"countsA": a.tolist(), "countsB": b.tolist(), "statistic": float(statistic),
            "dof": int(dof), "pValue": float(p)}


def chi_square_survival_cases():
    cases = []
    for dof in [1, 2, 3, 4, 5, 9, 10, 49, 99, 100, 199, 999, 10000]:
        for scale in [0.001, 0.1, 0.5, 0.9, 1.0, 1.1, 1.5, 2, 3, 5, 10, 30]:
            x = dof * scale
            cases.append({"x": x, "dof": dof, "p": float(stats.chi2.sf(x, dof))})
        for x in [50, 200, 600, 1000, 1300, 1370]:  # far tails, down to about 1e-300
            p = float(stats.chi2.sf(x, dof))
            if p > 0:
                cases.append({"x": float(x), "dof": dof, "p": p})
    return cases


def divergence_cases():
    rng = np.random.default_rng(13)
    cases = []
    for k, zeros in [(2, 0), (4, 0), (10, 1), (10, 3), (50, 5), (100, 0)]:
        e = rng.multinomial(10000, rng.dirichlet(np.ones(k))).astype(np.float64)
        a = rng.multinomial(3000, rng.dirichlet(np.ones(k))).astype(np.float64)
        e[:zeros] = 0
        a[zeros: 2 * zeros] = 0
        cases.append({
            "expected": e.tolist(),
            "actual": a.tolist(),
            "psi": psi(e, a, 1e-4),
            "psiUnsmoothed": psi(e, a, 0.0) if (e > 0).all() and (a > 0).all() else None,
            "jensenShannonBase2": float(jensenshannon(e, a, base=2)),
            "jensenShannonNatural": float(jensenshannon(e, a)),
        })
    return cases


def psi(expected, actual, epsilon):
    """The population stability index with per-bin smoothing, in numpy."""
    k = expected.size
    e = (expected / expected.sum() + epsilon) / (1 + k * epsilon)
    a = (actual / actual.sum() + epsilon) / (1 + k * epsilon)
    return float(np.sum((a - e) * np.log(a / e)))


def main():
    fixture = {
        "generatedBy": "libs/stats/tools/scipy-reference.sh",
        "python": sys.version.split()[0],
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "ksTwoSample": ks_cases(),
        "ksFromCounts": ks_count_cases(),
        "ksPValue": p_value_cases(),
        "chiSquareContingency": chi_square_cases(),
        "chiSquareSurvival": chi_square_survival_cases(),
        "divergence": divergence_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
