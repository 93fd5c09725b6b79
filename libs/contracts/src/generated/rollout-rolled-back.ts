// Generated from schemas/RolloutRolledBack.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { RollbackReason } from './types/rollback-reason';

/**
 * A rollout was aborted and traffic returned to the previous version.
 *
 * Topic `loopline.rollouts`, keyed by `modelName`.
 */
export interface RolloutRolledBack {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Rollout that was rolled back. */
  rolloutId: string;
  /** Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId. */
  modelVersion: number | null;
  /** Training run of the model that was rolled back. */
  trainingRunId: string;
  /** Version serving again after the rollback; null when the endpoint had no earlier version. */
  restoredModelVersion: number | null;
  /** Why the rollout was rolled back. */
  reason: RollbackReason;
  /** Human-readable detail, e.g. which guardrail was breached by how much. */
  detail: string;
  /** Observed value of every breached guardrail metric; empty when not a guardrail breach. */
  breachedGuardrails: Record<string, number>;
  /** Rollback request that caused this, if any. */
  requestId: string | null;
  /** When traffic was restored (epoch milliseconds, UTC). */
  rolledBackAt: number;
}

/** The Avro schema of {@link RolloutRolledBack}, exactly as in schemas/RolloutRolledBack.avsc. */
export const RolloutRolledBackSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'RolloutRolledBack',
  namespace: 'io.loopline.events',
  doc: 'A rollout was aborted and traffic returned to the previous version.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'rolloutId', type: 'string', doc: 'Rollout that was rolled back.' },
    {
      name: 'modelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Registry version number of the model, when the registry had assigned it; lineage is always available through trainingRunId.',
    },
    {
      name: 'trainingRunId',
      type: 'string',
      doc: 'Training run of the model that was rolled back.',
    },
    {
      name: 'restoredModelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Version serving again after the rollback; null when the endpoint had no earlier version.',
    },
    {
      name: 'reason',
      type: {
        type: 'enum',
        name: 'RollbackReason',
        doc: "Why a rollout was rolled back: superseded when a newer version's rollout replaced it before it finished.",
        symbols: [
          'manual',
          'guardrail_breached',
          'performance_degraded',
          'deployment_error',
          'superseded',
          'unknown',
        ],
        default: 'unknown',
      },
      doc: 'Why the rollout was rolled back.',
    },
    {
      name: 'detail',
      type: 'string',
      doc: 'Human-readable detail, e.g. which guardrail was breached by how much.',
    },
    {
      name: 'breachedGuardrails',
      type: { type: 'map', values: 'double' },
      doc: 'Observed value of every breached guardrail metric; empty when not a guardrail breach.',
      default: {},
    },
    {
      name: 'requestId',
      type: ['null', 'string'],
      default: null,
      doc: 'Rollback request that caused this, if any.',
    },
    {
      name: 'rolledBackAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When traffic was restored (epoch milliseconds, UTC).',
    },
  ],
};
