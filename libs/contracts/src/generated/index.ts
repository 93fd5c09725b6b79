// Generated from schemas/*.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { EventCatalogEntry } from '../catalog/event-catalog-entry';
import type { TopicCatalogEntry } from '../catalog/topic-catalog-entry';
import type { AuditCheckpointRecorded } from './audit-checkpoint-recorded';
import { AuditCheckpointRecordedSchema } from './audit-checkpoint-recorded';
import type { DataBatchSubmitted } from './data-batch-submitted';
import { DataBatchSubmittedSchema } from './data-batch-submitted';
import type { DataContractRegistered } from './data-contract-registered';
import { DataContractRegisteredSchema } from './data-contract-registered';
import type { DatasetRejected } from './dataset-rejected';
import { DatasetRejectedSchema } from './dataset-rejected';
import type { DatasetVersionCreated } from './dataset-version-created';
import { DatasetVersionCreatedSchema } from './dataset-version-created';
import type { DriftDetected } from './drift-detected';
import { DriftDetectedSchema } from './drift-detected';
import type { FeatureSetMaterializationFailed } from './feature-set-materialization-failed';
import { FeatureSetMaterializationFailedSchema } from './feature-set-materialization-failed';
import type { FeatureSetMaterialized } from './feature-set-materialized';
import { FeatureSetMaterializedSchema } from './feature-set-materialized';
import type { FeatureViewRegistered } from './feature-view-registered';
import { FeatureViewRegisteredSchema } from './feature-view-registered';
import type { GroundTruthObserved } from './ground-truth-observed';
import { GroundTruthObservedSchema } from './ground-truth-observed';
import type { ModelAliasAssigned } from './model-alias-assigned';
import { ModelAliasAssignedSchema } from './model-alias-assigned';
import type { ModelGateFailed } from './model-gate-failed';
import { ModelGateFailedSchema } from './model-gate-failed';
import type { ModelGatePassed } from './model-gate-passed';
import { ModelGatePassedSchema } from './model-gate-passed';
import type { ModelPolicyRegistered } from './model-policy-registered';
import { ModelPolicyRegisteredSchema } from './model-policy-registered';
import type { ModelTrained } from './model-trained';
import { ModelTrainedSchema } from './model-trained';
import type { ModelVersionRegistered } from './model-version-registered';
import { ModelVersionRegisteredSchema } from './model-version-registered';
import type { MonitoringWindowSummarized } from './monitoring-window-summarized';
import { MonitoringWindowSummarizedSchema } from './monitoring-window-summarized';
import type { OnlineFeaturesUpdated } from './online-features-updated';
import { OnlineFeaturesUpdatedSchema } from './online-features-updated';
import type { PerformanceDegraded } from './performance-degraded';
import { PerformanceDegradedSchema } from './performance-degraded';
import type { PredictionsLogged } from './predictions-logged';
import { PredictionsLoggedSchema } from './predictions-logged';
import type { PromotionApproved } from './promotion-approved';
import { PromotionApprovedSchema } from './promotion-approved';
import type { PromotionRejected } from './promotion-rejected';
import { PromotionRejectedSchema } from './promotion-rejected';
import type { RollbackRequested } from './rollback-requested';
import { RollbackRequestedSchema } from './rollback-requested';
import type { RolloutCompleted } from './rollout-completed';
import { RolloutCompletedSchema } from './rollout-completed';
import type { RolloutRolledBack } from './rollout-rolled-back';
import { RolloutRolledBackSchema } from './rollout-rolled-back';
import type { RolloutStarted } from './rollout-started';
import { RolloutStartedSchema } from './rollout-started';
import type { RolloutStepCompleted } from './rollout-step-completed';
import { RolloutStepCompletedSchema } from './rollout-step-completed';
import type { TrainingEpochCompleted } from './training-epoch-completed';
import { TrainingEpochCompletedSchema } from './training-epoch-completed';
import type { TrainingFailed } from './training-failed';
import { TrainingFailedSchema } from './training-failed';
import type { TrainingRequested } from './training-requested';
import { TrainingRequestedSchema } from './training-requested';
import type { TrainingRunStarted } from './training-run-started';
import { TrainingRunStartedSchema } from './training-run-started';

export type { AuditCheckpointRecorded } from './audit-checkpoint-recorded';
export { AuditCheckpointRecordedSchema } from './audit-checkpoint-recorded';
export type { DataBatchSubmitted } from './data-batch-submitted';
export { DataBatchSubmittedSchema } from './data-batch-submitted';
export type { DataContractRegistered } from './data-contract-registered';
export { DataContractRegisteredSchema } from './data-contract-registered';
export type { DatasetRejected } from './dataset-rejected';
export { DatasetRejectedSchema } from './dataset-rejected';
export type { DatasetVersionCreated } from './dataset-version-created';
export { DatasetVersionCreatedSchema } from './dataset-version-created';
export type { DriftDetected } from './drift-detected';
export { DriftDetectedSchema } from './drift-detected';
export type { FeatureSetMaterializationFailed } from './feature-set-materialization-failed';
export { FeatureSetMaterializationFailedSchema } from './feature-set-materialization-failed';
export type { FeatureSetMaterialized } from './feature-set-materialized';
export { FeatureSetMaterializedSchema } from './feature-set-materialized';
export type { FeatureViewRegistered } from './feature-view-registered';
export { FeatureViewRegisteredSchema } from './feature-view-registered';
export type { GroundTruthObserved } from './ground-truth-observed';
export { GroundTruthObservedSchema } from './ground-truth-observed';
export type { ModelAliasAssigned } from './model-alias-assigned';
export { ModelAliasAssignedSchema } from './model-alias-assigned';
export type { ModelGateFailed } from './model-gate-failed';
export { ModelGateFailedSchema } from './model-gate-failed';
export type { ModelGatePassed } from './model-gate-passed';
export { ModelGatePassedSchema } from './model-gate-passed';
export type { ModelPolicyRegistered } from './model-policy-registered';
export { ModelPolicyRegisteredSchema } from './model-policy-registered';
export type { ModelTrained } from './model-trained';
export { ModelTrainedSchema } from './model-trained';
export type { ModelVersionRegistered } from './model-version-registered';
export { ModelVersionRegisteredSchema } from './model-version-registered';
export type { MonitoringWindowSummarized } from './monitoring-window-summarized';
export { MonitoringWindowSummarizedSchema } from './monitoring-window-summarized';
export type { OnlineFeaturesUpdated } from './online-features-updated';
export { OnlineFeaturesUpdatedSchema } from './online-features-updated';
export type { PerformanceDegraded } from './performance-degraded';
export { PerformanceDegradedSchema } from './performance-degraded';
export type { PredictionsLogged } from './predictions-logged';
export { PredictionsLoggedSchema } from './predictions-logged';
export type { PromotionApproved } from './promotion-approved';
export { PromotionApprovedSchema } from './promotion-approved';
export type { PromotionRejected } from './promotion-rejected';
export { PromotionRejectedSchema } from './promotion-rejected';
export type { RollbackRequested } from './rollback-requested';
export { RollbackRequestedSchema } from './rollback-requested';
export type { RolloutCompleted } from './rollout-completed';
export { RolloutCompletedSchema } from './rollout-completed';
export type { RolloutRolledBack } from './rollout-rolled-back';
export { RolloutRolledBackSchema } from './rollout-rolled-back';
export type { RolloutStarted } from './rollout-started';
export { RolloutStartedSchema } from './rollout-started';
export type { RolloutStepCompleted } from './rollout-step-completed';
export { RolloutStepCompletedSchema } from './rollout-step-completed';
export type { TrainingEpochCompleted } from './training-epoch-completed';
export { TrainingEpochCompletedSchema } from './training-epoch-completed';
export type { TrainingFailed } from './training-failed';
export { TrainingFailedSchema } from './training-failed';
export type { TrainingRequested } from './training-requested';
export { TrainingRequestedSchema } from './training-requested';
export type { TrainingRunStarted } from './training-run-started';
export { TrainingRunStartedSchema } from './training-run-started';
export type { ArtifactRef } from './types/artifact-ref';
export type { DataFormat } from './types/data-format';
export type { DataSplit } from './types/data-split';
export type { DriftSeverity } from './types/drift-severity';
export type { DriftTest } from './types/drift-test';
export type { FeatureDefinition } from './types/feature-definition';
export type { FeatureDriftResult } from './types/feature-drift-result';
export type { FeatureDtype } from './types/feature-dtype';
export type { GateCheckResult } from './types/gate-check-result';
export type { GateComparator } from './types/gate-comparator';
export type { IssueSeverity } from './types/issue-severity';
export type { ModelLineage } from './types/model-lineage';
export type { ModelTask } from './types/model-task';
export type { OnlineFeatureValue } from './types/online-feature-value';
export type { RejectionReason } from './types/rejection-reason';
export type { RollbackReason } from './types/rollback-reason';
export type { RolloutStep } from './types/rollout-step';
export type { RolloutStrategy } from './types/rollout-strategy';
export type { ServingRole } from './types/serving-role';
export type { TrainingTrigger } from './types/training-trigger';
export type { ValidationIssue } from './types/validation-issue';
export { RELEASED_SCHEMAS } from './released';
export type { ReleasedSchema } from './released';

/** Payload type of every event, by event name. */
export interface EventPayloads {
  AuditCheckpointRecorded: AuditCheckpointRecorded;
  DataBatchSubmitted: DataBatchSubmitted;
  DataContractRegistered: DataContractRegistered;
  DatasetRejected: DatasetRejected;
  DatasetVersionCreated: DatasetVersionCreated;
  DriftDetected: DriftDetected;
  FeatureSetMaterializationFailed: FeatureSetMaterializationFailed;
  FeatureSetMaterialized: FeatureSetMaterialized;
  FeatureViewRegistered: FeatureViewRegistered;
  GroundTruthObserved: GroundTruthObserved;
  ModelAliasAssigned: ModelAliasAssigned;
  ModelGateFailed: ModelGateFailed;
  ModelGatePassed: ModelGatePassed;
  ModelPolicyRegistered: ModelPolicyRegistered;
  ModelTrained: ModelTrained;
  ModelVersionRegistered: ModelVersionRegistered;
  MonitoringWindowSummarized: MonitoringWindowSummarized;
  OnlineFeaturesUpdated: OnlineFeaturesUpdated;
  PerformanceDegraded: PerformanceDegraded;
  PredictionsLogged: PredictionsLogged;
  PromotionApproved: PromotionApproved;
  PromotionRejected: PromotionRejected;
  RollbackRequested: RollbackRequested;
  RolloutCompleted: RolloutCompleted;
  RolloutRolledBack: RolloutRolledBack;
  RolloutStarted: RolloutStarted;
  RolloutStepCompleted: RolloutStepCompleted;
  TrainingEpochCompleted: TrainingEpochCompleted;
  TrainingFailed: TrainingFailed;
  TrainingRequested: TrainingRequested;
  TrainingRunStarted: TrainingRunStarted;
}

/** Name of an event in the catalog (the Avro record name). */
export type EventName = keyof EventPayloads;

/** Every event name, in alphabetical order. */
export const EVENT_NAMES: readonly EventName[] = [
  'AuditCheckpointRecorded',
  'DataBatchSubmitted',
  'DataContractRegistered',
  'DatasetRejected',
  'DatasetVersionCreated',
  'DriftDetected',
  'FeatureSetMaterializationFailed',
  'FeatureSetMaterialized',
  'FeatureViewRegistered',
  'GroundTruthObserved',
  'ModelAliasAssigned',
  'ModelGateFailed',
  'ModelGatePassed',
  'ModelPolicyRegistered',
  'ModelTrained',
  'ModelVersionRegistered',
  'MonitoringWindowSummarized',
  'OnlineFeaturesUpdated',
  'PerformanceDegraded',
  'PredictionsLogged',
  'PromotionApproved',
  'PromotionRejected',
  'RollbackRequested',
  'RolloutCompleted',
  'RolloutRolledBack',
  'RolloutStarted',
  'RolloutStepCompleted',
  'TrainingEpochCompleted',
  'TrainingFailed',
  'TrainingRequested',
  'TrainingRunStarted',
];

/** Catalog data of every event: topic, aggregate key field, whether the topic is compacted and current schema. */
export const EVENT_CATALOG: { readonly [N in EventName]: EventCatalogEntry<N> } = {
  AuditCheckpointRecorded: {
    name: 'AuditCheckpointRecorded',
    topic: 'loopline.audit-checkpoints',
    keyField: 'chainId',
    compacted: false,
    schema: AuditCheckpointRecordedSchema,
  },
  DataBatchSubmitted: {
    name: 'DataBatchSubmitted',
    topic: 'loopline.data-batches',
    keyField: 'datasetName',
    compacted: false,
    schema: DataBatchSubmittedSchema,
  },
  DataContractRegistered: {
    name: 'DataContractRegistered',
    topic: 'loopline.dataset-versions',
    keyField: 'datasetName',
    compacted: false,
    schema: DataContractRegisteredSchema,
  },
  DatasetRejected: {
    name: 'DatasetRejected',
    topic: 'loopline.dataset-versions',
    keyField: 'datasetName',
    compacted: false,
    schema: DatasetRejectedSchema,
  },
  DatasetVersionCreated: {
    name: 'DatasetVersionCreated',
    topic: 'loopline.dataset-versions',
    keyField: 'datasetName',
    compacted: false,
    schema: DatasetVersionCreatedSchema,
  },
  DriftDetected: {
    name: 'DriftDetected',
    topic: 'loopline.model-monitoring',
    keyField: 'modelName',
    compacted: false,
    schema: DriftDetectedSchema,
  },
  FeatureSetMaterializationFailed: {
    name: 'FeatureSetMaterializationFailed',
    topic: 'loopline.feature-views',
    keyField: 'featureViewName',
    compacted: false,
    schema: FeatureSetMaterializationFailedSchema,
  },
  FeatureSetMaterialized: {
    name: 'FeatureSetMaterialized',
    topic: 'loopline.feature-views',
    keyField: 'featureViewName',
    compacted: false,
    schema: FeatureSetMaterializedSchema,
  },
  FeatureViewRegistered: {
    name: 'FeatureViewRegistered',
    topic: 'loopline.feature-views',
    keyField: 'featureViewName',
    compacted: false,
    schema: FeatureViewRegisteredSchema,
  },
  GroundTruthObserved: {
    name: 'GroundTruthObserved',
    topic: 'loopline.ground-truth',
    keyField: 'datasetName',
    compacted: false,
    schema: GroundTruthObservedSchema,
  },
  ModelAliasAssigned: {
    name: 'ModelAliasAssigned',
    topic: 'loopline.model-registry',
    keyField: 'modelName',
    compacted: false,
    schema: ModelAliasAssignedSchema,
  },
  ModelGateFailed: {
    name: 'ModelGateFailed',
    topic: 'loopline.model-evaluations',
    keyField: 'modelName',
    compacted: false,
    schema: ModelGateFailedSchema,
  },
  ModelGatePassed: {
    name: 'ModelGatePassed',
    topic: 'loopline.model-evaluations',
    keyField: 'modelName',
    compacted: false,
    schema: ModelGatePassedSchema,
  },
  ModelPolicyRegistered: {
    name: 'ModelPolicyRegistered',
    topic: 'loopline.model-registry',
    keyField: 'modelName',
    compacted: false,
    schema: ModelPolicyRegisteredSchema,
  },
  ModelTrained: {
    name: 'ModelTrained',
    topic: 'loopline.training-runs',
    keyField: 'modelName',
    compacted: false,
    schema: ModelTrainedSchema,
  },
  ModelVersionRegistered: {
    name: 'ModelVersionRegistered',
    topic: 'loopline.model-registry',
    keyField: 'modelName',
    compacted: false,
    schema: ModelVersionRegisteredSchema,
  },
  MonitoringWindowSummarized: {
    name: 'MonitoringWindowSummarized',
    topic: 'loopline.model-monitoring',
    keyField: 'modelName',
    compacted: false,
    schema: MonitoringWindowSummarizedSchema,
  },
  OnlineFeaturesUpdated: {
    name: 'OnlineFeaturesUpdated',
    topic: 'loopline.online-features',
    keyField: 'featureKey',
    compacted: true,
    schema: OnlineFeaturesUpdatedSchema,
  },
  PerformanceDegraded: {
    name: 'PerformanceDegraded',
    topic: 'loopline.model-monitoring',
    keyField: 'modelName',
    compacted: false,
    schema: PerformanceDegradedSchema,
  },
  PredictionsLogged: {
    name: 'PredictionsLogged',
    topic: 'loopline.predictions',
    keyField: 'modelName',
    compacted: false,
    schema: PredictionsLoggedSchema,
  },
  PromotionApproved: {
    name: 'PromotionApproved',
    topic: 'loopline.model-registry',
    keyField: 'modelName',
    compacted: false,
    schema: PromotionApprovedSchema,
  },
  PromotionRejected: {
    name: 'PromotionRejected',
    topic: 'loopline.model-registry',
    keyField: 'modelName',
    compacted: false,
    schema: PromotionRejectedSchema,
  },
  RollbackRequested: {
    name: 'RollbackRequested',
    topic: 'loopline.rollback-requests',
    keyField: 'modelName',
    compacted: false,
    schema: RollbackRequestedSchema,
  },
  RolloutCompleted: {
    name: 'RolloutCompleted',
    topic: 'loopline.rollouts',
    keyField: 'modelName',
    compacted: false,
    schema: RolloutCompletedSchema,
  },
  RolloutRolledBack: {
    name: 'RolloutRolledBack',
    topic: 'loopline.rollouts',
    keyField: 'modelName',
    compacted: false,
    schema: RolloutRolledBackSchema,
  },
  RolloutStarted: {
    name: 'RolloutStarted',
    topic: 'loopline.rollouts',
    keyField: 'modelName',
    compacted: false,
    schema: RolloutStartedSchema,
  },
  RolloutStepCompleted: {
    name: 'RolloutStepCompleted',
    topic: 'loopline.rollouts',
    keyField: 'modelName',
    compacted: false,
    schema: RolloutStepCompletedSchema,
  },
  TrainingEpochCompleted: {
    name: 'TrainingEpochCompleted',
    topic: 'loopline.training-runs',
    keyField: 'modelName',
    compacted: false,
    schema: TrainingEpochCompletedSchema,
  },
  TrainingFailed: {
    name: 'TrainingFailed',
    topic: 'loopline.training-runs',
    keyField: 'modelName',
    compacted: false,
    schema: TrainingFailedSchema,
  },
  TrainingRequested: {
    name: 'TrainingRequested',
    topic: 'loopline.training-requests',
    keyField: 'modelName',
    compacted: false,
    schema: TrainingRequestedSchema,
  },
  TrainingRunStarted: {
    name: 'TrainingRunStarted',
    topic: 'loopline.training-runs',
    keyField: 'modelName',
    compacted: false,
    schema: TrainingRunStartedSchema,
  },
};

/** The topic layout (schemas/topics.json): which events share a topic, in topic-name order. */
export const TOPIC_CATALOG: readonly TopicCatalogEntry[] = [
  {
    topic: 'loopline.audit-checkpoints',
    doc: "Checkpoints of the registry's audit chain (sequence and head hash), an anchor outside the database that verification checks the chain against.",
    keyField: 'chainId',
    compacted: false,
    events: ['AuditCheckpointRecorded'],
  },
  {
    topic: 'loopline.data-batches',
    doc: 'Batches submitted by data platforms for validation (input).',
    keyField: 'datasetName',
    compacted: false,
    events: ['DataBatchSubmitted'],
  },
  {
    topic: 'loopline.dataset-versions',
    doc: 'What ingestion decided about a dataset, in order: data contract versions registered, then for each batch a version created or the batch rejected.',
    keyField: 'datasetName',
    compacted: false,
    events: ['DataContractRegistered', 'DatasetVersionCreated', 'DatasetRejected'],
  },
  {
    topic: 'loopline.feature-views',
    doc: "A feature view's versions and what materializing them gave: a training set (or a failure) follows the registration of its view version.",
    keyField: 'featureViewName',
    compacted: false,
    events: ['FeatureViewRegistered', 'FeatureSetMaterialized', 'FeatureSetMaterializationFailed'],
  },
  {
    topic: 'loopline.ground-truth',
    doc: 'Labels observed after the fact by outside systems (input).',
    keyField: 'datasetName',
    compacted: false,
    events: ['GroundTruthObserved'],
  },
  {
    topic: 'loopline.model-evaluations',
    doc: "Evaluation gate verdicts on a model's candidates, in the order they were reached.",
    keyField: 'modelName',
    compacted: false,
    events: ['ModelGatePassed', 'ModelGateFailed'],
  },
  {
    topic: 'loopline.model-monitoring',
    doc: 'What monitoring concluded about a served model, in order: window summaries, drift, degraded performance.',
    keyField: 'modelName',
    compacted: false,
    events: ['MonitoringWindowSummarized', 'DriftDetected', 'PerformanceDegraded'],
  },
  {
    topic: 'loopline.model-registry',
    doc: "The registry's decisions about a model: its policy versions, versions registered, promotions approved or rejected, aliases moved.",
    keyField: 'modelName',
    compacted: false,
    events: [
      'ModelPolicyRegistered',
      'ModelVersionRegistered',
      'PromotionApproved',
      'PromotionRejected',
      'ModelAliasAssigned',
    ],
  },
  {
    topic: 'loopline.online-features',
    doc: 'Latest online feature values per entity and feature view version, for serving (compacted: the topic keeps the latest snapshot per featureKey; consumers rebuild their state by reading it from the beginning).',
    keyField: 'featureKey',
    compacted: true,
    events: ['OnlineFeaturesUpdated'],
  },
  {
    topic: 'loopline.predictions',
    doc: 'References to logged prediction batches (high volume, its own retention can differ).',
    keyField: 'modelName',
    compacted: false,
    events: ['PredictionsLogged'],
  },
  {
    topic: 'loopline.rollback-requests',
    doc: "Requests to roll a model's deployment back (commands).",
    keyField: 'modelName',
    compacted: false,
    events: ['RollbackRequested'],
  },
  {
    topic: 'loopline.rollouts',
    doc: "A rollout's lifecycle in order: started, each step, then completed or rolled back.",
    keyField: 'modelName',
    compacted: false,
    events: ['RolloutStarted', 'RolloutStepCompleted', 'RolloutCompleted', 'RolloutRolledBack'],
  },
  {
    topic: 'loopline.training-requests',
    doc: 'Requests to (re)train a model, from operators, schedules and monitoring (commands).',
    keyField: 'modelName',
    compacted: false,
    events: ['TrainingRequested'],
  },
  {
    topic: 'loopline.training-runs',
    doc: "A training run's lifecycle in order: started, each epoch, then trained or failed.",
    keyField: 'modelName',
    compacted: false,
    events: ['TrainingRunStarted', 'TrainingEpochCompleted', 'ModelTrained', 'TrainingFailed'],
  },
];
