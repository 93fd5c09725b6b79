/**
 * Compares strings by Unicode code point, not by UTF-16 code unit as `<` does. The two orders
 * differ only where a surrogate (U+D800–DFFF) meets a unit in U+E000–FFFF; shifting those two
 * ranges past each other at the first differing unit gives code point order.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return fixUp(x) - fixUp(y);
  }
  return a.length - b.length;
}

function fixUp(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
