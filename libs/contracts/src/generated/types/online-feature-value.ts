// Generated from schemas/OnlineFeaturesUpdated.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.

/** The latest value of one windowed-aggregate feature of an entity. */
export interface OnlineFeatureValue {
  /** Feature name, as the feature view defines it. */
  name: string;
  /** The aggregate's value; null when it has none, e.g. a mean over an empty window. */
  value: number | null;
}
