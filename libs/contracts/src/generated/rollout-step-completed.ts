// Generated from schemas/RolloutStepCompleted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * One step of a rollout finished with its guardrail metrics healthy or not.
 *
 * Topic `loopline.rollouts`, keyed by `modelName`.
 */
export interface RolloutStepCompleted {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Rollout the step belongs to. */
  rolloutId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Training run of the model being rolled out. */
  trainingRunId: string;
  /** Index of the finished step, starting at 0. */
  stepIndex: number;
  /** Number of planned steps. */
  totalSteps: number;
  /** Share of traffic (0-100) the new version had during the step. */
  trafficPercent: number;
  /** Serving metrics observed during the step, e.g. error_rate, p95_latency_ms, requests. */
  observedMetrics: Record<string, number>;
  /** Whether every guardrail held during the step. */
  healthy: boolean;
  /** When the step finished (epoch milliseconds, UTC). */
  completedAt: number;
}

/** The Avro schema of {@link RolloutStepCompleted}, exactly as in schemas/RolloutStepCompleted.avsc. */
export const RolloutStepCompletedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'RolloutStepCompleted',
  namespace: 'io.loopline.events',
  doc: 'One step of a rollout finished with its guardrail metrics healthy or not.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'rolloutId', type: 'string', doc: 'Rollout the step belongs to.' },
    {
      name: 'modelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
    },
    { name: 'trainingRunId', type: 'string', doc: 'Training run of the model being rolled out.' },
    { name: 'stepIndex', type: 'int', doc: 'Index of the finished step, starting at 0.' },
    { name: 'totalSteps', type: 'int', doc: 'Number of planned steps.' },
    {
      name: 'trafficPercent',
      type: 'double',
      doc: 'Share of traffic (0-100) the new version had during the step.',
    },
    {
      name: 'observedMetrics',
      type: { type: 'map', values: 'double' },
      doc: 'Serving metrics observed during the step, e.g. error_rate, p95_latency_ms, requests.',
    },
    { name: 'healthy', type: 'boolean', doc: 'Whether every guardrail held during the step.' },
    {
      name: 'completedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the step finished (epoch milliseconds, UTC).',
    },
  ],
};
