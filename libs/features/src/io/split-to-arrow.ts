import {
  Dictionary,
  Field,
  Float32,
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
import {
  FEATURE_SET_SPLIT_FORMAT,
  type FeatureSetSplitData,
  SPLIT_COLUMNS,
  SPLIT_METADATA,
  type SplitColumnKind,
} from './feature-set-split';
import { validityOf } from './validity-bitmap';

interface Column {
  field: Field;
  data: Data;
}

/**
 * The split as one Arrow record batch. The Data objects view the caller's typed arrays (no
 * copy); only the entity's validity bitmap and dictionary strings are built.
 */
export function splitToArrow(split: FeatureSetSplitData): Table {
  const length = split.encoded.rowCount;
  const columns: Column[] = split.encoded.columns.map((column) =>
    column.kind === 'dense'
      ? numeric(column.name, 'dense', new Float32(), column.values)
      : numeric(column.name, 'one_hot', new Int32(), column.index, {
          [SPLIT_METADATA.labels]: JSON.stringify(column.labels),
        }),
  );
  if (split.label) columns.push(numeric(SPLIT_COLUMNS.label, 'label', new Float32(), split.label));
  if (split.eventTime) {
    columns.push(numeric(SPLIT_COLUMNS.eventTime, 'event_time', new Float64(), split.eventTime));
  }
  if (split.entity) columns.push(entityColumn(split.entity.codes, split.entity.dictionary));
  const schema = new Schema(
    columns.map((column) => column.field),
    new Map([
      [SPLIT_METADATA.format, FEATURE_SET_SPLIT_FORMAT],
      [SPLIT_METADATA.rowCount, String(length)],
    ]),
  );
  const struct = makeData({
    type: new Struct(schema.fields),
    length,
    nullCount: 0,
    children: columns.map((column) => column.data),
  });
  return new Table([new RecordBatch(schema, struct)]);
}

function numeric<T extends Float32 | Float64 | Int32>(
  name: string,
  kind: SplitColumnKind,
  type: T,
  values: T['TArray'],
  metadata: Record<string, string> = {},
): Column {
  const field = new Field(
    name,
    type,
    false,
    new Map(Object.entries({ [SPLIT_METADATA.kind]: kind, ...metadata })),
  );
  const data = makeData({ type, length: values.length, nullCount: 0, data: values } as never);
  return { field, data: data as Data };
}

function entityColumn(codes: Int32Array, dictionary: readonly string[]): Column {
  const type = new Dictionary(new Utf8(), new Int32());
  const { nullBitmap, nullCount } = validityOf(codes);
  const data = makeData({
    type,
    length: codes.length,
    nullCount,
    nullBitmap,
    data: codes,
    dictionary: vectorFromArray([...dictionary], new Utf8()),
  });
  const field = new Field<DataType>(
    SPLIT_COLUMNS.entity,
    type,
    nullCount > 0,
    new Map([[SPLIT_METADATA.kind, 'entity']]),
  );
  return { field, data: data as Data };
}
