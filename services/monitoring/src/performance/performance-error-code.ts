/** Error codes of the performance slice (late labels and realized metrics). */
export enum PerformanceErrorCode {
  /** A GroundTruthObserved that cannot name a labels file to load. */
  InvalidGroundTruth = 'MONITORING.INVALID_GROUND_TRUTH',
  /** The labels file could not be read, or lacks the join key or label column. */
  UnreadableLabels = 'MONITORING.UNREADABLE_LABELS',
  /** A version's transform bundle has no usable label rule. */
  NoLabelRule = 'MONITORING.NO_LABEL_RULE',
  /** Labels joined predictions of a version the catalog does not know (yet). */
  UnknownVersion = 'MONITORING.UNKNOWN_VERSION',
  /** A label load stopped for shutdown or a lost lease; it runs again. */
  LabelLoadStopped = 'MONITORING.LABEL_LOAD_STOPPED',
}
