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
