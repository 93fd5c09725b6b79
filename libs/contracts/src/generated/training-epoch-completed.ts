// Generated from schemas/TrainingEpochCompleted.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * One epoch of a training run finished; carries the learning curve point for live dashboards and early-stopping decisions.
 *
 * Topic `loopline.training-runs`, keyed by `modelName`.
 */
export interface TrainingEpochCompleted {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Run the epoch belongs to. */
  trainingRunId: string;
  /** Epoch number, starting at 1. */
  epoch: number;
  /** Number of epochs planned for the run (early stopping may end it sooner). */
  totalEpochs: number;
  /** Metrics of the epoch keyed by name, e.g. loss, accuracy, val_loss, val_auc. */
  metrics: Record<string, number>;
  /** Wall-clock duration of the epoch in milliseconds. */
  durationMs: number;
  /** Training throughput during the epoch; null when not measured. */
  samplesPerSecond: number | null;
  /** When the epoch finished (epoch milliseconds, UTC). */
  completedAt: number;
}

/** The Avro schema of {@link TrainingEpochCompleted}, exactly as in schemas/TrainingEpochCompleted.avsc. */
export const TrainingEpochCompletedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'TrainingEpochCompleted',
  namespace: 'io.loopline.events',
  doc: 'One epoch of a training run finished; carries the learning curve point for live dashboards and early-stopping decisions.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'trainingRunId', type: 'string', doc: 'Run the epoch belongs to.' },
    { name: 'epoch', type: 'int', doc: 'Epoch number, starting at 1.' },
    {
      name: 'totalEpochs',
      type: 'int',
      doc: 'Number of epochs planned for the run (early stopping may end it sooner).',
    },
    {
      name: 'metrics',
      type: { type: 'map', values: 'double' },
      doc: 'Metrics of the epoch keyed by name, e.g. loss, accuracy, val_loss, val_auc.',
    },
    { name: 'durationMs', type: 'long', doc: 'Wall-clock duration of the epoch in milliseconds.' },
    {
      name: 'samplesPerSecond',
      type: ['null', 'double'],
      default: null,
      doc: 'Training throughput during the epoch; null when not measured.',
    },
    {
      name: 'completedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the epoch finished (epoch milliseconds, UTC).',
    },
  ],
};
