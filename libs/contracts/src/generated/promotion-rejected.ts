// Generated from schemas/PromotionRejected.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * A reviewer rejected promoting a model version; it stays where it is.
 *
 * Topic `loopline.model-registry`, keyed by `modelName`.
 */
export interface PromotionRejected {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the decision. */
  approvalId: string;
  /** Version rejected for promotion. */
  modelVersion: number;
  /** Training run of that version. */
  trainingRunId: string;
  /** Alias the version was proposed for. */
  targetAlias: string;
  /** Reviewer who rejected. */
  rejectedBy: string;
  /** Why the promotion was rejected. */
  reason: string;
  /** When the decision was made (epoch milliseconds, UTC). */
  rejectedAt: number;
}

/** The Avro schema of {@link PromotionRejected}, exactly as in schemas/PromotionRejected.avsc. */
export const PromotionRejectedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'PromotionRejected',
  namespace: 'io.loopline.events',
  doc: 'A reviewer rejected promoting a model version; it stays where it is.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'approvalId', type: 'string', doc: 'Identifier (UUID) of the decision.' },
    { name: 'modelVersion', type: 'int', doc: 'Version rejected for promotion.' },
    { name: 'trainingRunId', type: 'string', doc: 'Training run of that version.' },
    { name: 'targetAlias', type: 'string', doc: 'Alias the version was proposed for.' },
    { name: 'rejectedBy', type: 'string', doc: 'Reviewer who rejected.' },
    { name: 'reason', type: 'string', doc: 'Why the promotion was rejected.' },
    {
      name: 'rejectedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the decision was made (epoch milliseconds, UTC).',
    },
  ],
};
