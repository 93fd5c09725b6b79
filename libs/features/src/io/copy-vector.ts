import { endianness } from 'node:os';

/** What `copyVector` needs of a DuckDB vector; its public face, whatever its class. */
export interface VectorLike {
  readonly itemCount: number;
  getItem(index: number): unknown;
}

/**
 * The runtime shape of @duckdb/node-api's numeric vectors, private in its typings: `items`
 * views the engine's own buffer, and `validity.data` is its bitmask (null when every row is
 * valid). Checked at run time, so an upgrade that changes it falls back to `getItem`.
 */
interface VectorInternals {
  items?: unknown;
  validity?: { data?: unknown; offset?: unknown };
}

const ALL_VALID = 0xffffffff;
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * Copies a chunk's column into `target` at `offset`, writing `missing` for invalid rows. The
 * fast path is one TypedArray.set plus a scan of the validity mask 32 rows at a time, skipped
 * when the engine says the chunk has no invalid rows; the slow path reads value by value.
 */
export function copyVector(
  vector: VectorLike,
  target: Float64Array | Int32Array,
  offset: number,
  missing: number,
): void {
  const count = vector.itemCount;
  const { items, validity } = vector as VectorInternals;
  const itemsFit =
    items instanceof (target instanceof Float64Array ? Float64Array : Int32Array) &&
    (items as Float64Array | Int32Array).length === count;
  const mask = validity?.data;
  const maskFits =
    LITTLE_ENDIAN &&
    validity?.offset === 0 &&
    (mask === null || (mask instanceof BigUint64Array && mask.length * 64 >= count));
  if (!itemsFit || !maskFits) {
    copySlowly(vector, target, offset, missing);
    return;
  }
  target.set(items as Float64Array | Int32Array, offset);
  if (mask !== null) markInvalid(mask as BigUint64Array, count, target, offset, missing);
}

function markInvalid(
  mask: BigUint64Array,
  count: number,
  target: Float64Array | Int32Array,
  offset: number,
  missing: number,
): void {
  // On a little-endian machine bit i of the 64-bit words is bit i % 32 of 32-bit word i / 32,
  // and 32-bit words are plain numbers, not BigInts.
  const words = new Uint32Array(mask.buffer, mask.byteOffset, mask.length * 2);
  const wordCount = Math.ceil(count / 32);
  for (let w = 0; w < wordCount; w++) {
    const word = words[w];
    if (word === ALL_VALID) continue;
    const end = Math.min(32, count - w * 32);
    for (let bit = 0; bit < end; bit++) {
      if ((word & (1 << bit)) === 0) target[offset + w * 32 + bit] = missing;
    }
  }
}

function copySlowly(
  vector: VectorLike,
  target: Float64Array | Int32Array,
  offset: number,
  missing: number,
): void {
  for (let i = 0; i < vector.itemCount; i++) {
    const value = vector.getItem(i);
    target[offset + i] = value === null ? missing : Number(value);
  }
}
