export { diffProfiles } from './diff/diff-profiles';
export type {
  AlignedHistograms,
  CategoricalDiff,
  CategoryShareChange,
  ColumnDiff,
  ColumnPresence,
  ColumnType,
  NumericDiff,
  ProfileDiff,
  ValueChange,
} from './diff/profile-diff';
export {
  DEFAULT_PSI_EPSILON,
  populationStabilityIndex,
} from './divergence/population-stability-index';
export { jensenShannonDistance } from './divergence/jensen-shannon-distance';
export {
  chiSquareContingency,
  chiSquareSurvival,
  type ChiSquareResult,
} from './two-sample/chi-square';
export {
  ksFromCounts,
  ksPValue,
  ksTwoSample,
  type KsResult,
} from './two-sample/kolmogorov-smirnov';
export { wassersteinDistance } from './two-sample/wasserstein';
export { StatsErrorCode } from './errors/stats-error-code';
export { commonEdges } from './histogram/common-edges';
export { rebinHistogram } from './histogram/rebin-histogram';
export * from './profile/data-profile';
export { parseDataProfile } from './profile/parse-data-profile';
export { compareCodePoints } from './profile/compare-code-points';
export { sortedPresentValues } from './profile/sorted-present-values';
export { profileColumns, type ProfileInput } from './profile/profile-columns';
export type { ProfileProblem } from './profile/profile-problems';
export { seededRandom } from './random/seeded-random';
export * from './drift/drift-reference';
export { buildDriftReference } from './drift/build-drift-reference';
export { parseDriftReference } from './drift/parse-drift-reference';
export { emptyWindowSketch, mergeWindowSketches } from './drift/window-sketch';
export { addToWindowSketch } from './drift/add-to-window-sketch';
export { calibrateDrift, type CalibrateDriftOptions } from './drift/calibrate-drift';
export * from './drift/drift-calibration';
export {
  compareWithReference,
  type CompareWithReferenceOptions,
} from './drift/compare-with-reference';
export * from './drift/drift-comparison';
export {
  DRIFT_MIN_EXPECTED_CATEGORY_COUNT,
  DRIFT_VERDICT_NUMERIC_BINS,
} from './drift/verdict-bins';
