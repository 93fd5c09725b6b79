/** z of a one-sided 99 % bound: a guardrail acts on a rate only when chance explains it in under 1 % of cases. */
export const ONE_SIDED_99_Z = 2.326;

/**
 * Wilson score interval of a proportion (`hits` of `trials`). Unlike the normal approximation it
 * stays inside [0, 1] and behaves for the small counts and rare events (errors) a rollout step
 * sees. Both ends are null-free: 0 trials give [0, 1], "nothing known".
 */
export function wilsonInterval(
  hits: number,
  trials: number,
  z: number = ONE_SIDED_99_Z,
): { lower: number; upper: number } {
  if (trials <= 0) return { lower: 0, upper: 1 };
  const p = hits / trials;
  const z2 = z * z;
  const scale = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / scale;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / scale;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
