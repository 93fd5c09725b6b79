// Generated from schemas/PromotionApproved.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';
import type { RolloutStrategy } from './types/rollout-strategy';

/**
 * A reviewer approved promoting a model version to an alias (usually production); deployment starts the rollout.
 *
 * Topic `loopline.model-registry`, keyed by `modelName`.
 */
export interface PromotionApproved {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Identifier (UUID) of the approval decision. */
  approvalId: string;
  /** Version approved for promotion. */
  modelVersion: number;
  /** Training run of that version. */
  trainingRunId: string;
  /** Alias the version is promoted to, e.g. production. */
  targetAlias: string;
  /** Rollout strategy to use. */
  strategy: RolloutStrategy;
  /** Reviewer who approved. */
  approvedBy: string;
  /** Reviewer comment. */
  comment: string | null;
  /** The failed gate evaluation this approval overrides, for a version that did not pass its gate; the comment then holds the reason. Null for a version that passed. */
  overriddenEvaluationId: string | null;
  /** When the approval was given (epoch milliseconds, UTC). */
  approvedAt: number;
}

/** The Avro schema of {@link PromotionApproved}, exactly as in schemas/PromotionApproved.avsc. */
export const PromotionApprovedSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'PromotionApproved',
  namespace: 'io.loopline.events',
  doc: 'A reviewer approved promoting a model version to an alias (usually production); deployment starts the rollout.',
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    { name: 'approvalId', type: 'string', doc: 'Identifier (UUID) of the approval decision.' },
    { name: 'modelVersion', type: 'int', doc: 'Version approved for promotion.' },
    { name: 'trainingRunId', type: 'string', doc: 'Training run of that version.' },
    {
      name: 'targetAlias',
      type: 'string',
      doc: 'Alias the version is promoted to, e.g. production.',
    },
    {
      name: 'strategy',
      type: {
        type: 'enum',
        name: 'RolloutStrategy',
        doc: 'How a new model version is exposed to traffic: canary shifts traffic in steps, shadow mirrors traffic without serving its answers, blue_green switches all traffic at once after warm-up.',
        symbols: ['canary', 'shadow', 'blue_green', 'unknown'],
        default: 'unknown',
      },
      doc: 'Rollout strategy to use.',
    },
    { name: 'approvedBy', type: 'string', doc: 'Reviewer who approved.' },
    { name: 'comment', type: ['null', 'string'], default: null, doc: 'Reviewer comment.' },
    {
      name: 'overriddenEvaluationId',
      type: ['null', 'string'],
      default: null,
      doc: 'The failed gate evaluation this approval overrides, for a version that did not pass its gate; the comment then holds the reason. Null for a version that passed.',
    },
    {
      name: 'approvedAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the approval was given (epoch milliseconds, UTC).',
    },
  ],
};
