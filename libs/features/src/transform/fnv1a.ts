const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a over the UTF-8 bytes of `text`, as an unsigned integer. Written out rather than
 * taken from a package so the bucket of a category can never change under a dependency upgrade.
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i++) {
    // Math.imul keeps the multiplication in 32 bits, as the reference algorithm does.
    hash = Math.imul(hash ^ bytes[i], FNV_PRIME) >>> 0;
  }
  return hash;
}
