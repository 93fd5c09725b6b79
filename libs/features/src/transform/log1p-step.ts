/** `log(1 + max(x, 0))` in place: negative values count as 0, NaN stays NaN. */
export function applyLog1p(values: Float64Array): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Written as a comparison rather than Math.max so NaN passes through without a call.
    values[i] = Math.log1p(v > 0 ? v : v === v ? 0 : v);
  }
}
