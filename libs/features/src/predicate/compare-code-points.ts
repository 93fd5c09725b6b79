/**
 * Orders strings by Unicode code point. `Array.prototype.sort` compares UTF-16 code units, which
 * puts characters above U+FFFF before U+E000–U+FFFF; code-point order matches the byte order of
 * UTF-8, so class lists and entity lists sort the same way in every language that reads them.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only when a surrogate meets a unit in U+E000–U+FFFF do code units and code points disagree.
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate && Math.max(x, y) >= 0xe000) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
