// Generated from schemas/AuditCheckpointRecorded.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * The registry anchored the head of its hash-chained audit log outside its database: the entry hash at a sequence, as it stood when the checkpoint was taken. Verification compares the stored chain with every checkpoint of that chain, so a rewritten chain (hashes recomputed) or a deleted tail shows up even though the database alone looks consistent. The registry does not audit these events itself.
 *
 * Topic `loopline.audit-checkpoints`, keyed by `chainId`.
 */
export interface AuditCheckpointRecorded {
  /** Which audit chain the checkpoint belongs to: the Postgres schema of the registry that keeps it (its DATABASE_SCHEMA, e.g. registry); the aggregate key, so the checkpoints of one chain keep their order. */
  chainId: string;
  /** Sequence number of the audit entry checkpointed: the head of the chain when the checkpoint was taken (entries are numbered from 1). */
  sequence: number;
  /** Lower-case hex SHA-256 entry hash of the audit entry at sequence; it covers that entry and, through the chain of previous hashes, every entry before it. */
  headHash: string;
  /** Number of entries in the chain up to and including sequence when the checkpoint was taken. */
  entryCount: number;
  /** When the checkpoint was taken (epoch milliseconds, UTC). */
  recordedAt: number;
}

/** The Avro schema of {@link AuditCheckpointRecorded}, exactly as in schemas/AuditCheckpointRecorded.avsc. */
export const AuditCheckpointRecordedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'AuditCheckpointRecorded',
  namespace: 'io.loopline.events',
  doc: 'The registry anchored the head of its hash-chained audit log outside its database: the entry hash at a sequence, as it stood when the checkpoint was taken. Verification compares the stored chain with every checkpoint of that chain, so a rewritten chain (hashes recomputed) or a deleted tail shows up even though the database alone looks consistent. The registry does not audit these events itself.',
  'loopline.key': 'chainId',
  fields: [
    {
      name: 'chainId',
      type: 'string',
      doc: 'Which audit chain the checkpoint belongs to: the Postgres schema of the registry that keeps it (its DATABASE_SCHEMA, e.g. registry); the aggregate key, so the checkpoints of one chain keep their order.',
    },
    {
      name: 'sequence',
      type: 'long',
      doc: 'Sequence number of the audit entry checkpointed: the head of the chain when the checkpoint was taken (entries are numbered from 1).',
    },
    {
      name: 'headHash',
      type: 'string',
      doc: 'Lower-case hex SHA-256 entry hash of the audit entry at sequence; it covers that entry and, through the chain of previous hashes, every entry before it.',
    },
    {
      name: 'entryCount',
      type: 'long',
      doc: 'Number of entries in the chain up to and including sequence when the checkpoint was taken.',
    },
    {
      name: 'recordedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the checkpoint was taken (epoch milliseconds, UTC).',
    },
  ],
};
