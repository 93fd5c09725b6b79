// Generated from schemas/FeatureSetMaterialized.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { ArtifactRef } from './artifact-ref';

/** One split of a materialized feature set. */
export interface DataSplit {
  /** Split name: train, validation or test. */
  name: string;
  /** Feature rows of the split in the object store. */
  data: ArtifactRef;
  /** Number of rows in the split. */
  rowCount: number;
}
