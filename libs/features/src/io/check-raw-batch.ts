import type { Problem } from '../errors/problem';
import type { RawBatch } from '../transform/raw-batch';

const TYPES = new Set(['numeric', 'timestamp', 'categorical']);

/**
 * The faults of a raw batch about to be written, or read back: an unknown column type, arrays
 * of the wrong length, codes outside their dictionary. Empty when it is sound.
 */
export function checkRawBatch(batch: RawBatch): Problem[] {
  const { rowCount } = batch;
  const problems: Problem[] = [];
  if (!Number.isSafeInteger(rowCount) || rowCount < 0) {
    problems.push({ path: 'rowCount', message: `is ${rowCount}, not a row count` });
  }
  for (const [name, column] of Object.entries(batch.columns)) {
    const path = `columns.${name}`;
    if (!TYPES.has(column.type)) {
      problems.push({ path: `${path}.type`, message: `is ${String(column.type)}` });
      continue;
    }
    const array = column.type === 'categorical' ? column.codes : column.values;
    const arrayPath = `${path}.${column.type === 'categorical' ? 'codes' : 'values'}`;
    if (array.length !== rowCount) {
      problems.push({
        path: arrayPath,
        message: `has ${array.length} values for ${rowCount} rows`,
      });
    }
    if (column.type === 'categorical')
      checkCodes(arrayPath, column.codes, column.dictionary, problems);
  }
  return problems;
}

/** Every code must be -1 or index the dictionary, whose entries must be strings. */
function checkCodes(
  path: string,
  codes: Int32Array,
  dictionary: readonly string[],
  problems: Problem[],
): void {
  const size = dictionary.length;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code < -1 || code >= size) {
      problems.push({ path: `${path}[${i}]`, message: `is ${code}, outside -1…${size - 1}` });
      break;
    }
  }
  const notText = dictionary.findIndex((entry) => typeof entry !== 'string');
  if (notText >= 0) {
    problems.push({ path: `${path}.dictionary[${notText}]`, message: 'is not a string' });
  }
}
