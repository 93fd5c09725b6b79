// Generated from schemas/TrainingFailed.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { ArtifactRef } from './types/artifact-ref';

/**
 * A training run failed. Nothing was stored as a model; the error says whether retrying can help.
 *
 * Topic `loopline.training-runs`, keyed by `modelName`.
 */
export interface TrainingFailed {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Run that failed. */
  trainingRunId: string;
  /** Training request the run served, if any. */
  requestId: string | null;
  /** Feature set the run was training on; null when it failed before choosing one. */
  featureSetId: string | null;
  /** Stable platform error code, e.g. TRAINING.NON_FINITE_LOSS. */
  errorCode: string;
  /** What went wrong and what to do next. */
  errorMessage: string;
  /** Whether running again unchanged may succeed (e.g. an unavailable object store). */
  retriable: boolean;
  /** Epoch during which the run failed; null when it failed before training. */
  failedAtEpoch: number | null;
  /** Run logs in the object store, when they could be saved. */
  logs: ArtifactRef | null;
  /** When the run failed (epoch milliseconds, UTC). */
  failedAt: number;
}

/** The Avro schema of {@link TrainingFailed}, exactly as in schemas/TrainingFailed.avsc. */
export const TrainingFailedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'TrainingFailed',
  namespace: 'io.loopline.events',
  doc: 'A training run failed. Nothing was stored as a model; the error says whether retrying can help.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'trainingRunId', type: 'string', doc: 'Run that failed.' },
    {
      name: 'requestId',
      type: ['null', 'string'],
      default: null,
      doc: 'Training request the run served, if any.',
    },
    {
      name: 'featureSetId',
      type: ['null', 'string'],
      default: null,
      doc: 'Feature set the run was training on; null when it failed before choosing one.',
    },
    {
      name: 'errorCode',
      type: 'string',
      doc: 'Stable platform error code, e.g. TRAINING.NON_FINITE_LOSS.',
    },
    { name: 'errorMessage', type: 'string', doc: 'What went wrong and what to do next.' },
    {
      name: 'retriable',
      type: 'boolean',
      doc: 'Whether running again unchanged may succeed (e.g. an unavailable object store).',
    },
    {
      name: 'failedAtEpoch',
      type: ['null', 'int'],
      default: null,
      doc: 'Epoch during which the run failed; null when it failed before training.',
    },
    {
      name: 'logs',
      type: [
        'null',
        {
          type: 'record',
          name: 'ArtifactRef',
          doc: 'A content-addressed object in the object store. Large payloads travel as a reference, never inline; consumers verify the sha256 when they load the object.',
          fields: [
            {
              name: 'uri',
              type: 'string',
              doc: 'Object-store URI of the object, e.g. s3://loopline-datasets/flights/sha256/ab12.../data.parquet.',
            },
            {
              name: 'sha256',
              type: 'string',
              doc: 'Lower-case hex SHA-256 of the object bytes; the object is rejected on load if it does not match.',
            },
            { name: 'sizeBytes', type: 'long', doc: 'Size of the object in bytes.' },
            {
              name: 'mediaType',
              type: 'string',
              doc: 'IANA media type of the object, e.g. application/vnd.apache.parquet or application/json.',
            },
          ],
        },
      ],
      default: null,
      doc: 'Run logs in the object store, when they could be saved.',
    },
    {
      name: 'failedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the run failed (epoch milliseconds, UTC).',
    },
  ],
};
