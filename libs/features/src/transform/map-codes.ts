/**
 * Per row, `byCode[code]`, or `missing` for a missing (-1) or out-of-range code. Categorical
 * steps compute `byCode` once per dictionary entry, so the per-row work is one array lookup.
 */
export function mapCodes(codes: Int32Array, byCode: Int32Array, missing: number): Int32Array {
  const n = byCode.length;
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    out[i] = code >= 0 && code < n ? byCode[code] : missing;
  }
  return out;
}
