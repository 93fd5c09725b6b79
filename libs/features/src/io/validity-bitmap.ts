/**
 * An Arrow validity bitmap of the codes other than -1 (least significant bit first), none if
 * all are set: how dictionary columns mark the rows whose category is missing.
 */
export function validityOf(codes: Int32Array): {
  nullBitmap: Uint8Array | undefined;
  nullCount: number;
} {
  let nullCount = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === -1) nullCount++;
  if (nullCount === 0) return { nullBitmap: undefined, nullCount };
  const bitmap = new Uint8Array(Math.ceil(codes.length / 8));
  for (let i = 0; i < codes.length; i++) if (codes[i] !== -1) bitmap[i >> 3] |= 1 << (i & 7);
  return { nullBitmap: bitmap, nullCount };
}
