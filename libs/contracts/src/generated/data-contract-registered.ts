// Generated from schemas/DataContractRegistered.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * A new version of a dataset's data contract was registered, from a file shipped with ingestion or over HTTP. Batches submitted afterwards without a contract version are validated against the newest.
 *
 * Topic `loopline.dataset-versions`, keyed by `datasetName`.
 */
export interface DataContractRegistered {
  /** Dataset name; the aggregate key, so all events of one dataset keep their order. */
  datasetName: string;
  /** Version of the data contract within the dataset ("1", "2", ...), as batches and dataset versions name it. */
  contractVersion: string;
  /** Hex SHA-256 of the canonical contract JSON; the same contract always hashes the same. */
  contractSha256: string;
  /** The contract itself as canonical JSON (columns, types and rules with their severities), so the audit log holds exactly what was registered. */
  definition: string;
  /** Where the contract came from: file:<path relative to the contracts folder> or http. */
  source: string;
  /** Who registered it: the principal of an HTTP request, or the service for a shipped file. */
  registeredBy: string;
  /** When the contract version was registered (epoch milliseconds, UTC). */
  registeredAt: number;
}

/** The Avro schema of {@link DataContractRegistered}, exactly as in schemas/DataContractRegistered.avsc. */
export const DataContractRegisteredSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'DataContractRegistered',
  namespace: 'io.loopline.events',
  doc: "A new version of a dataset's data contract was registered, from a file shipped with ingestion or over HTTP. Batches submitted afterwards without a contract version are validated against the newest.",
  'loopline.key': 'datasetName',
  fields: [
    {
      name: 'datasetName',
      type: 'string',
      doc: 'Dataset name; the aggregate key, so all events of one dataset keep their order.',
    },
    {
      name: 'contractVersion',
      type: 'string',
      doc: 'Version of the data contract within the dataset ("1", "2", ...), as batches and dataset versions name it.',
    },
    {
      name: 'contractSha256',
      type: 'string',
      doc: 'Hex SHA-256 of the canonical contract JSON; the same contract always hashes the same.',
    },
    {
      name: 'definition',
      type: 'string',
      doc: 'The contract itself as canonical JSON (columns, types and rules with their severities), so the audit log holds exactly what was registered.',
    },
    {
      name: 'source',
      type: 'string',
      doc: 'Where the contract came from: file:<path relative to the contracts folder> or http.',
    },
    {
      name: 'registeredBy',
      type: 'string',
      doc: 'Who registered it: the principal of an HTTP request, or the service for a shipped file.',
    },
    {
      name: 'registeredAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the contract version was registered (epoch milliseconds, UTC).',
    },
  ],
};
