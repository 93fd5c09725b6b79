/** Stable codes raised by the features library; callers and tests branch on these, not on messages. */
export enum FeaturesErrorCode {
  /** A feature view definition is malformed; `details.problems` lists each fault with its path. */
  InvalidDefinition = 'FEATURES.INVALID_DEFINITION',
  /** A stored transform spec is malformed or does not match its definition. */
  InvalidTransformSpec = 'FEATURES.INVALID_TRANSFORM_SPEC',
  /** Raw input (a request row or a dataset column) lacks a column or has the wrong type; `details.problems` per field. */
  InvalidInput = 'FEATURES.INVALID_INPUT',
  /** A stored feature set file is malformed. */
  InvalidFeatureSet = 'FEATURES.INVALID_FEATURE_SET',
}
