import type { Problem } from '../errors/problem';
import { type FeatureSetSplitData, SPLIT_COLUMNS } from './feature-set-split';

const RESERVED = new Set<string>(Object.values(SPLIT_COLUMNS));

/**
 * The faults of a split about to be written, or read back: arrays of the wrong length, names
 * taken twice or reserved, codes outside their labels or dictionary. Empty when it is sound.
 */
export function checkSplitData(data: FeatureSetSplitData): Problem[] {
  const { rowCount, columns } = data.encoded;
  const problems: Problem[] = [];
  const length = (path: string, array: ArrayLike<number>) => {
    if (array.length !== rowCount) {
      problems.push({ path, message: `has ${array.length} values for ${rowCount} rows` });
    }
  };
  if (!Number.isSafeInteger(rowCount) || rowCount < 0) {
    problems.push({ path: 'encoded.rowCount', message: `is ${rowCount}, not a row count` });
  }
  const names = new Set<string>();
  columns.forEach((column, i) => {
    const path = `encoded.columns[${i}]`;
    if (RESERVED.has(column.name)) {
      problems.push({ path: `${path}.name`, message: `${column.name} is reserved` });
    } else if (names.has(column.name)) {
      problems.push({ path: `${path}.name`, message: `${column.name} is taken twice` });
    }
    names.add(column.name);
    if (column.kind === 'dense') {
      length(`${path}.values`, column.values);
    } else {
      length(`${path}.index`, column.index);
      checkCodes(`${path}.index`, column.index, column.labels.length, problems);
    }
  });
  if (data.label) length('label', data.label);
  if (data.eventTime) length('eventTime', data.eventTime);
  if (data.entity) {
    length('entity.codes', data.entity.codes);
    checkCodes('entity.codes', data.entity.codes, data.entity.dictionary.length, problems);
  }
  return problems;
}

/** Every code must be -1 or index one of `size` entries. */
function checkCodes(path: string, codes: Int32Array, size: number, problems: Problem[]): void {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < -1 || code >= size) {
      problems.push({ path: `${path}[${i}]`, message: `is ${code}, outside -1…${size - 1}` });
      return;
    }
  }
}
