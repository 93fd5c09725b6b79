// Generated from schemas/TrainingRequested.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { TrainingTrigger } from './types/training-trigger';

/**
 * Someone or something asked for a model to be (re)trained: an operator, a schedule, new data, or monitoring after drift or a performance drop. Training debounces requests (cool-down, one run in flight per model).
 *
 * Topic `loopline.training-requests`, keyed by `modelName`.
 */
export interface TrainingRequested {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the request; the resulting run refers to it. */
  requestId: string;
  /** What caused the request. */
  trigger: TrainingTrigger;
  /** Human-readable reason, e.g. "PSI of dep_delay 0.31 > 0.2 in window 2001-05". */
  reason: string;
  /** Feature view to train on; null means the one the current production model uses. */
  featureViewName: string | null;
  /** Feature view version; null means the newest. */
  featureViewVersion: number | null;
  /** Exact feature set to train on; null means materialize from the newest dataset version. */
  featureSetId: string | null;
  /** Training configuration values overriding the model's stored configuration, as strings keyed by dotted path (e.g. "optimizer.learningRate": "0.001"). */
  configOverrides: Record<string, string>;
  /** User or service that asked, e.g. monitoring-service or alice@example.com. */
  requestedBy: string;
  /** When the request was made (epoch milliseconds, UTC). */
  requestedAt: number;
}

/** The Avro schema of {@link TrainingRequested}, exactly as in schemas/TrainingRequested.avsc. */
export const TrainingRequestedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'TrainingRequested',
  namespace: 'io.loopline.events',
  doc: 'Someone or something asked for a model to be (re)trained: an operator, a schedule, new data, or monitoring after drift or a performance drop. Training debounces requests (cool-down, one run in flight per model).',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    {
      name: 'requestId',
      type: 'string',
      doc: 'Identifier (UUID) of the request; the resulting run refers to it.',
    },
    {
      name: 'trigger',
      type: {
        type: 'enum',
        name: 'TrainingTrigger',
        doc: 'Why a training run was asked for.',
        symbols: ['manual', 'schedule', 'new_data', 'drift', 'performance', 'unknown'],
        default: 'unknown',
      },
      doc: 'What caused the request.',
    },
    {
      name: 'reason',
      type: 'string',
      doc: 'Human-readable reason, e.g. "PSI of dep_delay 0.31 > 0.2 in window 2001-05".',
    },
    {
      name: 'featureViewName',
      type: ['null', 'string'],
      default: null,
      doc: 'Feature view to train on; null means the one the current production model uses.',
    },
    {
      name: 'featureViewVersion',
      type: ['null', 'int'],
      default: null,
      doc: 'Feature view version; null means the newest.',
    },
    {
      name: 'featureSetId',
      type: ['null', 'string'],
      default: null,
      doc: 'Exact feature set to train on; null means materialize from the newest dataset version.',
    },
    {
      name: 'configOverrides',
      type: { type: 'map', values: 'string' },
      doc: 'Training configuration values overriding the model\'s stored configuration, as strings keyed by dotted path (e.g. "optimizer.learningRate": "0.001").',
      default: {},
    },
    {
      name: 'requestedBy',
      type: 'string',
      doc: 'User or service that asked, e.g. monitoring-service or alice@example.com.',
    },
    {
      name: 'requestedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the request was made (epoch milliseconds, UTC).',
    },
  ],
};
