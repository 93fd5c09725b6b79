import {
  type Data,
  type DataType,
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
  tableToIPC,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';

/** Format of one output part of a batch scoring job. */
export const SCORED_PART_FORMAT = 'loopline.batch-scores-part/v1';

export const SCORED_PART_MEDIA_TYPE = 'application/vnd.apache.arrow.file';

export interface ScoredPartShape {
  /** Output names in signature order; `scores` holds them row-major. */
  outputs: readonly string[];
  /** Class labels in class-index order; null for a regressor. */
  classLabels: readonly string[] | null;
}

/**
 * One output part as Arrow IPC (file format): `row_index` (Int32, the row's position in the
 * dataset version, parts in order), one Float32 column per output, and `predicted`: the class
 * label (Dictionary<Utf8, Int32> over the class labels) or the regression value (Float64).
 * A binary classifier predicts its second class when its probability is at least 0.5; a
 * multiclass one, its most probable class.
 */
export function writeScoredPart(
  rowStart: number,
  scores: Float32Array,
  shape: ScoredPartShape,
): Uint8Array {
  const width = shape.outputs.length;
  const rows = scores.length / width;
  const rowIndex = new Int32Array(rows);
  for (let i = 0; i < rows; i++) rowIndex[i] = rowStart + i;
  const fields: Field[] = [];
  const children: Data[] = [];
  const add = (name: string, type: DataType, data: Data) => {
    fields.push(new Field(name, type, false));
    children.push(data);
  };
  add('row_index', new Int32(), makeData({ type: new Int32(), length: rows, data: rowIndex }));
  shape.outputs.forEach((name, o) => {
    const values = width === 1 ? scores : columnOf(scores, width, o);
    add(name, new Float32(), makeData({ type: new Float32(), length: rows, data: values }));
  });
  if (shape.classLabels === null) {
    add(
      'predicted',
      new Float64(),
      makeData({ type: new Float64(), length: rows, data: Float64Array.from(scores) }),
    );
  } else {
    // A fixed dictionary id: Arrow numbers them per thread otherwise, and equal parts must be
    // equal bytes (content-addressed, and compared when a job resumes).
    const type = new Dictionary(new Utf8(), new Int32(), 0);
    const data = makeData({
      type,
      length: rows,
      data: predictedCodes(scores, width),
      dictionary: vectorFromArray([...shape.classLabels], new Utf8()),
    });
    add('predicted', type, data as Data);
  }
  const schema = new Schema(fields, new Map([['loopline.format', SCORED_PART_FORMAT]]));
  const struct = makeData({
    type: new Struct(schema.fields),
    length: rows,
    nullCount: 0,
    children,
  });
  return tableToIPC(new Table([new RecordBatch(schema, struct)]), 'file');
}

function columnOf(scores: Float32Array, width: number, o: number): Float32Array {
  const column = new Float32Array(scores.length / width);
  for (let i = 0; i < column.length; i++) column[i] = scores[i * width + o];
  return column;
}

function predictedCodes(scores: Float32Array, width: number): Int32Array {
  const rows = scores.length / width;
  const codes = new Int32Array(rows);
  if (width === 1) {
    for (let i = 0; i < rows; i++) codes[i] = scores[i] >= 0.5 ? 1 : 0;
    return codes;
  }
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let o = 1; o < width; o++) if (scores[i * width + o] > scores[i * width + best]) best = o;
    codes[i] = best;
  }
  return codes;
}
