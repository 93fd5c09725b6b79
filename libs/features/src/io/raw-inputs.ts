/**
 * Raw inputs file: rows of a `RawBatch` as they were before any transform, as one Arrow IPC file
 * (the random-access file format). Materialization writes the test split's rows this way, so a
 * model with another fitted transform can be scored on exactly the rows the split holds.
 * Column layout in the file, one column per batch column, in the batch's order:
 * - numeric: Float64, NaN where missing;
 * - timestamp: Float64 epoch milliseconds, NaN where missing. Float64 rather than an Arrow
 *   Timestamp so the array round-trips bit for bit, NaN included, as the batch holds it;
 * - categorical: Dictionary<Utf8, Int32> holding the batch's dictionary as is, null where the
 *   code is -1.
 * Every field carries `loopline.kind` (numeric, timestamp, categorical); a field without it
 * (another writer's) reads by its type, a dictionary as categorical, anything else as numeric,
 * and its nulls as missing. The schema carries `loopline.format` and `loopline.row_count`.
 */
export const RAW_INPUTS_FORMAT = 'loopline.raw-inputs/v1';

export const RAW_INPUTS_METADATA = {
  format: 'loopline.format',
  rowCount: 'loopline.row_count',
  kind: 'loopline.kind',
} as const;
