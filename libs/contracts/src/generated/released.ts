// Generated from schemas/released/**/*.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import { AuditCheckpointRecordedSchema } from './audit-checkpoint-recorded';
import { DataBatchSubmittedSchema } from './data-batch-submitted';
import { DatasetRejectedSchema } from './dataset-rejected';
import { DatasetVersionCreatedSchema } from './dataset-version-created';
import { DriftDetectedSchema } from './drift-detected';
import { FeatureSetMaterializedSchema } from './feature-set-materialized';
import { FeatureViewRegisteredSchema } from './feature-view-registered';
import { GroundTruthObservedSchema } from './ground-truth-observed';
import { ModelAliasAssignedSchema } from './model-alias-assigned';
import { ModelGateFailedSchema } from './model-gate-failed';
import { ModelGatePassedSchema } from './model-gate-passed';
import { ModelTrainedSchema } from './model-trained';
import { ModelVersionRegisteredSchema } from './model-version-registered';
import { MonitoringWindowSummarizedSchema } from './monitoring-window-summarized';
import { PerformanceDegradedSchema } from './performance-degraded';
import { PredictionsLoggedSchema } from './predictions-logged';
import { PromotionApprovedSchema } from './promotion-approved';
import { PromotionRejectedSchema } from './promotion-rejected';
import { RollbackRequestedSchema } from './rollback-requested';
import { RolloutCompletedSchema } from './rollout-completed';
import { RolloutRolledBackSchema } from './rollout-rolled-back';
import { RolloutStartedSchema } from './rollout-started';
import { RolloutStepCompletedSchema } from './rollout-step-completed';
import { TrainingEpochCompletedSchema } from './training-epoch-completed';
import { TrainingFailedSchema } from './training-failed';
import { TrainingRequestedSchema } from './training-requested';
import { TrainingRunStartedSchema } from './training-run-started';

/** A schema as it was released to consumers; producers may still write with it. */
export interface ReleasedSchema {
  /** Event name (the record name). */
  readonly name: string;
  /** Release folder under schemas/released/, e.g. v1. */
  readonly release: string;
  /** The schema JSON as released. */
  readonly schema: AvroSchemaDocument;
}

/** Every released schema, oldest release first. */
export const RELEASED_SCHEMAS: readonly ReleasedSchema[] = [
  { name: 'DataBatchSubmitted', release: 'v1', schema: DataBatchSubmittedSchema },
  { name: 'DatasetRejected', release: 'v1', schema: DatasetRejectedSchema },
  { name: 'DatasetVersionCreated', release: 'v1', schema: DatasetVersionCreatedSchema },
  { name: 'DriftDetected', release: 'v1', schema: DriftDetectedSchema },
  { name: 'FeatureSetMaterialized', release: 'v1', schema: FeatureSetMaterializedSchema },
  { name: 'FeatureViewRegistered', release: 'v1', schema: FeatureViewRegisteredSchema },
  { name: 'GroundTruthObserved', release: 'v1', schema: GroundTruthObservedSchema },
  { name: 'ModelAliasAssigned', release: 'v1', schema: ModelAliasAssignedSchema },
  { name: 'ModelGateFailed', release: 'v1', schema: ModelGateFailedSchema },
  { name: 'ModelGatePassed', release: 'v1', schema: ModelGatePassedSchema },
  { name: 'ModelTrained', release: 'v1', schema: ModelTrainedSchema },
  { name: 'ModelVersionRegistered', release: 'v1', schema: ModelVersionRegisteredSchema },
  { name: 'MonitoringWindowSummarized', release: 'v1', schema: MonitoringWindowSummarizedSchema },
  { name: 'PerformanceDegraded', release: 'v1', schema: PerformanceDegradedSchema },
  { name: 'PredictionsLogged', release: 'v1', schema: PredictionsLoggedSchema },
  { name: 'PromotionApproved', release: 'v1', schema: PromotionApprovedSchema },
  { name: 'PromotionRejected', release: 'v1', schema: PromotionRejectedSchema },
  { name: 'RollbackRequested', release: 'v1', schema: RollbackRequestedSchema },
  { name: 'RolloutCompleted', release: 'v1', schema: RolloutCompletedSchema },
  { name: 'RolloutRolledBack', release: 'v1', schema: RolloutRolledBackSchema },
  { name: 'RolloutStarted', release: 'v1', schema: RolloutStartedSchema },
  { name: 'RolloutStepCompleted', release: 'v1', schema: RolloutStepCompletedSchema },
  { name: 'TrainingEpochCompleted', release: 'v1', schema: TrainingEpochCompletedSchema },
  { name: 'TrainingFailed', release: 'v1', schema: TrainingFailedSchema },
  { name: 'TrainingRequested', release: 'v1', schema: TrainingRequestedSchema },
  { name: 'TrainingRunStarted', release: 'v1', schema: TrainingRunStartedSchema },
  { name: 'AuditCheckpointRecorded', release: 'v2', schema: AuditCheckpointRecordedSchema },
];
