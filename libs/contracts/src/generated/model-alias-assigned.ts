// Generated from schemas/ModelAliasAssigned.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * A model alias (e.g. production, staging, champion) now points at a model version.
 *
 * Topic `loopline.model-registry`, keyed by `modelName`.
 */
export interface ModelAliasAssigned {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Alias that moved, e.g. production. */
  alias: string;
  /** Version the alias now points at. */
  modelVersion: number;
  /** Version the alias pointed at before; null when it is new. */
  previousModelVersion: number | null;
  /** Rollout whose completion moved the alias, if any. */
  rolloutId: string | null;
  /** Why the alias moved, e.g. "rollout completed" or "rollback". */
  reason: string;
  /** User or service that moved the alias. */
  assignedBy: string;
  /** When the alias moved (epoch milliseconds, UTC). */
  assignedAt: number;
}

/** The Avro schema of {@link ModelAliasAssigned}, exactly as in schemas/ModelAliasAssigned.avsc. */
export const ModelAliasAssignedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'ModelAliasAssigned',
  namespace: 'io.loopline.events',
  doc: 'A model alias (e.g. production, staging, champion) now points at a model version.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'alias', type: 'string', doc: 'Alias that moved, e.g. production.' },
    { name: 'modelVersion', type: 'int', doc: 'Version the alias now points at.' },
    {
      name: 'previousModelVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Version the alias pointed at before; null when it is new.',
    },
    {
      name: 'rolloutId',
      type: ['null', 'string'],
      default: null,
      doc: 'Rollout whose completion moved the alias, if any.',
    },
    {
      name: 'reason',
      type: 'string',
      doc: 'Why the alias moved, e.g. "rollout completed" or "rollback".',
    },
    { name: 'assignedBy', type: 'string', doc: 'User or service that moved the alias.' },
    {
      name: 'assignedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the alias moved (epoch milliseconds, UTC).',
    },
  ],
};
