import type { Vector } from 'apache-arrow';

type NumberArray = Float32Array | Float64Array | Int32Array;
type NumberArrayClass<A extends NumberArray> = { new (length: number): A; name: string };

/**
 * The values of a numeric Arrow vector as one typed array: a view of the IPC buffer when the
 * vector is one chunk (as written), a copy joining the chunks otherwise. Null if the values
 * are not of class `kind`.
 */
export function arrowValues<A extends NumberArray>(
  vector: Vector,
  kind: NumberArrayClass<A>,
): A | null {
  const views: A[] = [];
  for (const data of vector.data) {
    const values: unknown = data.values;
    if (!(values instanceof kind)) return null;
    views.push(values.subarray(data.offset, data.offset + data.length) as A);
  }
  if (views.length === 1) return views[0];
  const joined = new kind(vector.length);
  let offset = 0;
  for (const view of views) {
    joined.set(view, offset);
    offset += view.length;
  }
  return joined;
}

/**
 * Dictionary codes with -1 at the nulls. A file this library wrote holds -1 under every null
 * already, so the IPC buffer is returned as is; otherwise the codes are copied and patched.
 */
export function codesWithNulls(vector: Vector, codes: Int32Array): Int32Array {
  if (vector.nullCount === 0) return codes;
  let patched: Int32Array | null = null;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] !== -1 && !vector.isValid(i)) {
      patched ??= codes.slice();
      patched[i] = -1;
    }
  }
  return patched ?? codes;
}
