export { FeaturesErrorCode } from './errors/features-error-code';
export type { Problem } from './errors/problem';
export * from './definition/feature-view-definition';
export { parseFeatureViewDefinition } from './definition/parse-feature-view-definition';
export { canonicalDefinitionJson, definitionSha256 } from './definition/canonical-definition';
export { describeFeatureOutputs, type FeatureOutput } from './definition/feature-widths';
export { inputTypeOfChain } from './definition/step-input-type';
export type { InputColumn, RawBatch, RawColumn, RawColumnType } from './transform/raw-batch';
export type { EncodedColumn, EncodedFeatures, TensorLayout } from './transform/encoded-features';
export {
  type FittedStatistics,
  type FittedStep,
  TRANSFORM_SPEC_FORMAT,
  type TransformSpec,
} from './transform/transform-spec';
export { parseTransformSpec } from './transform/transform-spec-json';
export { fitTransform } from './transform/fit-transform';
export { compileTransform } from './transform/compile-transform';
export { CompiledTransform } from './transform/compiled-transform';
export { tensorFromEncoded } from './transform/tensor-from-encoded';
export { rawBatchFromRecords } from './transform/raw-batch-from-records';
export { selectRows } from './transform/select-rows';
export { computeWindowAggregates, onlineValuesAsOf } from './window';
export { assignSplits, rowsOfSplit, SPLIT_NAMES } from './split';
export { deriveLabel, fitLabelClasses } from './label';
export { readRawBatch } from './io/read-raw-batch';
export { RAW_INPUTS_FORMAT } from './io/raw-inputs';
export { writeRawInputs } from './io/write-raw-inputs';
export { readRawInputs } from './io/read-raw-inputs';
export { FEATURE_SET_SPLIT_FORMAT, type FeatureSetSplitData } from './io/feature-set-split';
export { writeFeatureSetSplit } from './io/feature-set-file';
export { readFeatureSetSplit } from './io/read-feature-set-split';
export { materializeFeatureView } from './materialize/materialize-feature-view';
export type {
  MaterializationProgress,
  MaterializedSplit,
  MaterializeRequest,
  MaterializeResult,
  OnlineEntityValues,
  SplitName,
} from './materialize/materialize-request';
