import { checkSplitData } from './check-split-data';
import type { FeatureSetSplitData } from './feature-set-split';
import { invalidFeatureSet } from './io-errors';
import { readArrowFile } from './read-arrow-file';
import { splitFromArrow } from './split-from-arrow';

/**
 * Reads a split written by `writeFeatureSetSplit`, from its bytes or its path. The typed arrays
 * returned view the file's bytes (no copy) unless the bytes given start at an offset that is
 * not 8-byte aligned, which forces one copy of the whole file. Throws
 * FEATURES.INVALID_FEATURE_SET, listing every fault, for a file that is not such a split.
 */
export async function readFeatureSetSplit(
  bytesOrPath: Uint8Array | string,
): Promise<FeatureSetSplitData> {
  const { what, table } = await readArrowFile(bytesOrPath, invalidFeatureSet);
  const split = splitFromArrow(table);
  if (Array.isArray(split)) throw invalidFeatureSet(what, split);
  const problems = checkSplitData(split);
  if (problems.length > 0) throw invalidFeatureSet(what, problems);
  return split;
}
