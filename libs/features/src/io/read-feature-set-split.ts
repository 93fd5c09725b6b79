import { readFile } from 'node:fs/promises';
import { tableFromIPC, type Table } from 'apache-arrow';
import { checkSplitData } from './check-split-data';
import type { FeatureSetSplitData } from './feature-set-split';
import { invalidFeatureSet } from './io-errors';
import { splitFromArrow } from './split-from-arrow';

/** The IPC body aligns buffers to 8 bytes relative to its start; typed views need that. */
const ALIGNMENT = 8;

/**
 * Reads a split written by `writeFeatureSetSplit`, from its bytes or its path. The typed arrays
 * returned view the file's bytes (no copy) unless the bytes given start at an offset that is
 * not 8-byte aligned, which forces one copy of the whole file. Throws
 * FEATURES.INVALID_FEATURE_SET, listing every fault, for a file that is not such a split.
 */
export async function readFeatureSetSplit(
  bytesOrPath: Uint8Array | string,
): Promise<FeatureSetSplitData> {
  const what = typeof bytesOrPath === 'string' ? `The file ${bytesOrPath}` : 'The bytes read';
  let bytes = typeof bytesOrPath === 'string' ? await readFile(bytesOrPath) : bytesOrPath;
  if (bytes.byteOffset % ALIGNMENT !== 0) bytes = bytes.slice();
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    const message = `is not Arrow IPC: ${error instanceof Error ? error.message : String(error)}`;
    throw invalidFeatureSet(what, [{ path: '', message }]);
  }
  const split = splitFromArrow(table);
  if (Array.isArray(split)) throw invalidFeatureSet(what, split);
  const problems = checkSplitData(split);
  if (problems.length > 0) throw invalidFeatureSet(what, problems);
  return split;
}
