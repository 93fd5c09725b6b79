import { writeFile } from 'node:fs/promises';
import { tableToIPC } from 'apache-arrow';
import type { RawBatch } from '../transform/raw-batch';
import { checkRawBatch } from './check-raw-batch';
import { invalidRawInputs } from './io-errors';
import { rawInputsToArrow } from './raw-inputs-to-arrow';

/**
 * Writes a raw batch (rows before the transform) as an Arrow IPC file in the random-access file
 * format; see io/raw-inputs for the layout. Throws FEATURES.INVALID_FEATURE_SET, listing every
 * fault, for arrays of the wrong length, unknown column types or codes outside a dictionary.
 */
export async function writeRawInputs(
  path: string,
  batch: RawBatch,
): Promise<{ sizeBytes: number }> {
  const problems = checkRawBatch(batch);
  if (problems.length > 0) throw invalidRawInputs('The raw inputs to write', problems);
  const bytes = tableToIPC(rawInputsToArrow(batch), 'file');
  await writeFile(path, bytes);
  return { sizeBytes: bytes.byteLength };
}
