import type { RawBatch } from '../transform/raw-batch';
import { checkRawBatch } from './check-raw-batch';
import { invalidRawInputs } from './io-errors';
import { rawInputsFromArrow } from './raw-inputs-from-arrow';
import { readArrowFile } from './read-arrow-file';

/**
 * Reads a raw batch written by `writeRawInputs`, from its bytes or its path, with its columns in
 * the order written; the typed arrays view the file's bytes where alignment allows (see
 * `readArrowFile`). Throws FEATURES.INVALID_FEATURE_SET, listing every fault, for a file that is
 * not such a batch.
 */
export async function readRawInputs(bytesOrPath: Uint8Array | string): Promise<RawBatch> {
  const { what, table } = await readArrowFile(bytesOrPath, invalidRawInputs);
  const batch = rawInputsFromArrow(table);
  if (Array.isArray(batch)) throw invalidRawInputs(what, batch);
  const problems = checkRawBatch(batch);
  if (problems.length > 0) throw invalidRawInputs(what, problems);
  return batch;
}
