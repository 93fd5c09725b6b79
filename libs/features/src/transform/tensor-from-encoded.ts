import type { EncodedFeatures, TensorLayout } from './encoded-features';

/**
 * Expands the compact form into a row-major `[rowCount × width]` Float32 tensor. It only copies
 * dense values and places ones, so a tensor rebuilt from stored columns is bit-identical to one
 * computed directly. Columns must match the layout's order and widths.
 */
export function tensorFromEncoded(encoded: EncodedFeatures, layout: TensorLayout): Float32Array {
  const { rowCount } = encoded;
  const width = layout.width;
  const tensor = new Float32Array(rowCount * width);
  let offset = 0;
  for (const column of encoded.columns) {
    const names =
      column.kind === 'dense' ? [column.name] : column.labels.map((l) => `${column.name}=${l}`);
    if (names.some((name, k) => layout.columns[offset + k] !== name)) {
      throw new RangeError(`Column ${column.name} is not where the layout expects it.`);
    }
    if (column.kind === 'dense') {
      const values = column.values;
      if (values.length !== rowCount)
        throw new RangeError(
          `Column ${column.name} has ${values.length} rows, expected ${rowCount}.`,
        );
      for (let i = 0, at = offset; i < rowCount; i++, at += width) tensor[at] = values[i];
      offset += 1;
    } else {
      const { index, labels } = column;
      if (index.length !== rowCount)
        throw new RangeError(
          `Column ${column.name} has ${index.length} rows, expected ${rowCount}.`,
        );
      const size = labels.length;
      for (let i = 0, at = offset; i < rowCount; i++, at += width) {
        const k = index[i];
        // -1 (missing) leaves the block all zeros; anything else out of range is a corrupt column.
        if (k >= 0 && k < size) tensor[at + k] = 1;
        else if (k !== -1)
          throw new RangeError(
            `Column ${column.name} row ${i} has index ${k} outside 0..${size - 1}.`,
          );
      }
      offset += size;
    }
  }
  if (offset !== width)
    throw new RangeError(`Encoded columns span ${offset} tensor columns, layout has ${width}.`);
  return tensor;
}
