import {
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Utf8,
  vectorFromArray,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { RawBatch, RawColumn } from '../transform/raw-batch';
import { RAW_INPUTS_FORMAT, RAW_INPUTS_METADATA } from './raw-inputs';
import { validityOf } from './validity-bitmap';

interface Column {
  field: Field;
  data: Data;
}

/**
 * The batch as one Arrow record batch. The Data objects view the batch's typed arrays (no
 * copy); only the validity bitmaps and dictionary strings of categorical columns are built.
 */
export function rawInputsToArrow(batch: RawBatch): Table {
  const columns = Object.entries(batch.columns).map(([name, column]) => toColumn(name, column));
  const schema = new Schema(
    columns.map((column) => column.field),
    new Map([
      [RAW_INPUTS_METADATA.format, RAW_INPUTS_FORMAT],
      [RAW_INPUTS_METADATA.rowCount, String(batch.rowCount)],
    ]),
  );
  const struct = makeData({
    type: new Struct(schema.fields),
    length: batch.rowCount,
    nullCount: 0,
    children: columns.map((column) => column.data),
  });
  return new Table([new RecordBatch(schema, struct)]);
}

function toColumn(name: string, column: RawColumn): Column {
  const kind = new Map([[RAW_INPUTS_METADATA.kind, column.type]]);
  if (column.type !== 'categorical') {
    const type = new Float64();
    const { values } = column;
    const data = makeData({ type, length: values.length, nullCount: 0, data: values });
    return { field: new Field(name, type, false, kind), data: data as Data };
  }
  const type = new Dictionary(new Utf8(), new Int32());
  const { codes } = column;
  const { nullBitmap, nullCount } = validityOf(codes);
  const data = makeData({
    type,
    length: codes.length,
    nullCount,
    nullBitmap,
    data: codes,
    dictionary: vectorFromArray([...column.dictionary], new Utf8()),
  });
  return { field: new Field<DataType>(name, type, nullCount > 0, kind), data: data as Data };
}
