import { writeFile } from 'node:fs/promises';
import { tableToIPC } from 'apache-arrow';
import { checkSplitData } from './check-split-data';
import type { FeatureSetSplitData } from './feature-set-split';
import { invalidFeatureSet } from './io-errors';
import { splitToArrow } from './split-to-arrow';

/**
 * Writes one split of a feature set as an Arrow IPC file (the random-access file format, so
 * readers in any language can map it). Throws FEATURES.INVALID_FEATURE_SET, listing every
 * fault, for arrays of the wrong length, reserved or repeated names, or codes out of range.
 */
export async function writeFeatureSetSplit(
  path: string,
  data: FeatureSetSplitData,
): Promise<{ sizeBytes: number }> {
  const problems = checkSplitData(data);
  if (problems.length > 0) throw invalidFeatureSet('The split to write', problems);
  const bytes = tableToIPC(splitToArrow(data), 'file');
  await writeFile(path, bytes);
  return { sizeBytes: bytes.byteLength };
}
