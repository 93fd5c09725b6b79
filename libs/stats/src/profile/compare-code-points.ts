/**
 * Orders strings by Unicode code point, as the engine orders text (by UTF-8 bytes, which sort
 * the same). JavaScript's `<` compares UTF-16 units, which puts U+E000…U+FFFF after the
 * surrogate pairs of U+10000 and above; this corrects that one difference.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xHigh = x >= 0xd800 && x <= 0xdfff;
    const yHigh = y >= 0xd800 && y <= 0xdfff;
    // A surrogate (part of a code point ≥ U+10000) outranks any other unit ≥ U+D800.
    if (xHigh !== yHigh && x >= 0xd800 && y >= 0xd800) return xHigh ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
