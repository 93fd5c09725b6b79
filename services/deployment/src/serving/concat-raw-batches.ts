import type { RawBatch, RawColumn } from '@loopline/features';

/**
 * One batch of the rows of several, column by column (categorical codes re-mapped into one
 * dictionary): how the micro-batcher turns concurrent requests into a single model call.
 */
export function concatRawBatches(batches: readonly RawBatch[]): RawBatch {
  if (batches.length === 1) return batches[0];
  const rowCount = batches.reduce((sum, batch) => sum + batch.rowCount, 0);
  const columns: Record<string, RawColumn> = {};
  for (const name of Object.keys(batches[0].columns)) {
    const first = batches[0].columns[name];
    if (first.type === 'categorical') {
      const codes = new Int32Array(rowCount);
      const dictionary: string[] = [];
      const codeOf = new Map<string, number>();
      let offset = 0;
      for (const batch of batches) {
        const column = batch.columns[name] as Extract<RawColumn, { type: 'categorical' }>;
        const remap = column.dictionary.map((value) => {
          let code = codeOf.get(value);
          if (code === undefined) {
            code = dictionary.push(value) - 1;
            codeOf.set(value, code);
          }
          return code;
        });
        for (let i = 0; i < batch.rowCount; i++) {
          const code = column.codes[i];
          codes[offset + i] = code < 0 ? -1 : remap[code];
        }
        offset += batch.rowCount;
      }
      columns[name] = { type: 'categorical', codes, dictionary };
    } else {
      const values = new Float64Array(rowCount);
      let offset = 0;
      for (const batch of batches) {
        values.set(
          (batch.columns[name] as Extract<RawColumn, { values: Float64Array }>).values,
          offset,
        );
        offset += batch.rowCount;
      }
      columns[name] = { type: first.type, values };
    }
  }
  return { rowCount, columns };
}
