import { DataType, type Field, type Table, type Vector } from 'apache-arrow';
import type { Problem } from '../errors/problem';
import type { EncodedColumn } from '../transform/encoded-features';
import { arrowValues, codesWithNulls } from './arrow-arrays';
import {
  FEATURE_SET_SPLIT_FORMAT,
  type FeatureSetSplitData,
  SPLIT_COLUMNS,
  SPLIT_METADATA,
} from './feature-set-split';

/** The split a decoded Arrow table holds, or the faults that keep it from being one. */
export function splitFromArrow(table: Table): FeatureSetSplitData | Problem[] {
  const problems: Problem[] = [];
  const format = table.schema.metadata.get(SPLIT_METADATA.format);
  if (format !== FEATURE_SET_SPLIT_FORMAT) {
    return [
      { path: SPLIT_METADATA.format, message: `is ${format}, not ${FEATURE_SET_SPLIT_FORMAT}` },
    ];
  }
  const rowCount = Number(table.schema.metadata.get(SPLIT_METADATA.rowCount));
  if (!Number.isSafeInteger(rowCount) || (table.numCols > 0 && rowCount !== table.numRows)) {
    problems.push({
      path: SPLIT_METADATA.rowCount,
      message: `does not match ${table.numRows} rows`,
    });
  }
  const split: FeatureSetSplitData = {
    encoded: { rowCount, columns: [] },
    label: null,
    eventTime: null,
    entity: null,
  };
  table.schema.fields.forEach((field, i) => {
    const vector = table.getChildAt(i) as Vector;
    const fault = (message: string): null => {
      problems.push({ path: field.name, message });
      return null;
    };
    const kind = field.metadata.get(SPLIT_METADATA.kind);
    const float32 = () => arrowValues(vector, Float32Array) ?? fault('is not Float32');
    if (kind === 'dense') {
      const values = float32();
      if (values) split.encoded.columns.push({ kind, name: field.name, values });
    } else if (kind === 'one_hot') {
      const column = oneHot(field, vector, fault);
      if (column) split.encoded.columns.push(column);
    } else if (kind === 'label' && field.name === SPLIT_COLUMNS.label) {
      split.label = float32();
    } else if (kind === 'event_time' && field.name === SPLIT_COLUMNS.eventTime) {
      split.eventTime = arrowValues(vector, Float64Array) ?? fault('is not Float64');
    } else if (kind === 'entity' && field.name === SPLIT_COLUMNS.entity) {
      split.entity = entity(field, vector, fault);
    } else {
      fault(`has ${SPLIT_METADATA.kind} ${kind}, not one this format defines for the name`);
    }
  });
  return problems.length > 0 ? problems : split;
}

function oneHot(
  field: Field,
  vector: Vector,
  fault: (message: string) => null,
): EncodedColumn | null {
  const index = arrowValues(vector, Int32Array);
  if (!index || vector.nullCount > 0) return fault('is not a non-null Int32');
  let labels: unknown;
  try {
    labels = JSON.parse(field.metadata.get(SPLIT_METADATA.labels) ?? '');
  } catch {
    labels = undefined;
  }
  if (!Array.isArray(labels) || !labels.every((label) => typeof label === 'string')) {
    return fault(`has no JSON list of strings in ${SPLIT_METADATA.labels}`);
  }
  return { kind: 'one_hot', name: field.name, labels, index };
}

function entity(
  field: Field,
  vector: Vector,
  fault: (message: string) => null,
): FeatureSetSplitData['entity'] {
  const type = field.type;
  if (!DataType.isDictionary(type) || !DataType.isUtf8(type.dictionary)) {
    return fault('is not a dictionary of strings');
  }
  const codes = arrowValues(vector, Int32Array);
  // Every batch must share the one dictionary for the codes to mean one thing.
  const dictionaries = new Set(vector.data.map((data) => data.dictionary));
  const [dictionary] = dictionaries;
  if (!codes || dictionaries.size !== 1 || !dictionary) {
    return fault('does not hold Int32 codes into one dictionary');
  }
  const values = dictionary.toArray() as (string | null)[];
  if (values.some((value) => value === null)) return fault('has a null in its dictionary');
  return { codes: codesWithNulls(vector, codes), dictionary: values as string[] };
}
