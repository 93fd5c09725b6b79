// Generated from schemas/RollbackRequested.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * An operator or a guardrail asked to roll a model back to an earlier version.
 *
 * Topic `loopline.rollback-requests`, keyed by `modelName`.
 */
export interface RollbackRequested {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the rollback request. */
  requestId: string;
  /** Rollout to abort; null to roll back whatever is serving. */
  rolloutId: string | null;
  /** Version to restore; null means the version that served before the current one. */
  targetModelVersion: number | null;
  /** Why the rollback is needed. */
  reason: string;
  /** User or service that asked. */
  requestedBy: string;
  /** When the rollback was requested (epoch milliseconds, UTC). */
  requestedAt: number;
}

/** The Avro schema of {@link RollbackRequested}, exactly as in schemas/RollbackRequested.avsc. */
export const RollbackRequestedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'RollbackRequested',
  namespace: 'io.loopline.events',
  doc: 'An operator or a guardrail asked to roll a model back to an earlier version.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'requestId', type: 'string', doc: 'Identifier (UUID) of the rollback request.' },
    {
      name: 'rolloutId',
      type: ['null', 'string'],
      default: null,
      doc: 'Rollout to abort; null to roll back whatever is serving.',
    },
    {
      name: 'targetModelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Version to restore; null means the version that served before the current one.',
    },
    { name: 'reason', type: 'string', doc: 'Why the rollback is needed.' },
    { name: 'requestedBy', type: 'string', doc: 'User or service that asked.' },
    {
      name: 'requestedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the rollback was requested (epoch milliseconds, UTC).',
    },
  ],
};
