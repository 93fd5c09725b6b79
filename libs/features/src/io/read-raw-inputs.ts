import { readFile } from 'node:fs/promises';
import { tableFromIPC, type Table } from 'apache-arrow';
import type { RawBatch } from '../transform/raw-batch';
import { checkRawBatch } from './check-raw-batch';
import { invalidRawInputs } from './io-errors';
import { rawInputsFromArrow } from './raw-inputs-from-arrow';

/** The IPC body aligns buffers to 8 bytes relative to its start; typed views need that. */
const ALIGNMENT = 8;

/**
 * Reads a raw batch written by `writeRawInputs`, from its bytes or its path, with its columns in
 * the order written. The typed arrays returned view the file's bytes (no copy) unless the bytes
 * given start at an offset that is not 8-byte aligned, which forces one copy of the whole file.
 * Throws FEATURES.INVALID_FEATURE_SET, listing every fault, for a file that is not such a batch.
 */
export async function readRawInputs(bytesOrPath: Uint8Array | string): Promise<RawBatch> {
  const what = typeof bytesOrPath === 'string' ? `The file ${bytesOrPath}` : 'The bytes read';
  let bytes = typeof bytesOrPath === 'string' ? await readFile(bytesOrPath) : bytesOrPath;
  if (bytes.byteOffset % ALIGNMENT !== 0) bytes = bytes.slice();
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    const message = `is not Arrow IPC: ${error instanceof Error ? error.message : String(error)}`;
    throw invalidRawInputs(what, [{ path: '', message }]);
  }
  const batch = rawInputsFromArrow(table);
  if (Array.isArray(batch)) throw invalidRawInputs(what, batch);
  const problems = checkRawBatch(batch);
  if (problems.length > 0) throw invalidRawInputs(what, problems);
  return batch;
}
