// Generated from schemas/ModelPolicyRegistered.avsc by libs/contracts/tools/generate-contracts.mjs — do not edit.
import type { AvroSchemaDocument } from '../catalog/avro-schema-document';

/**
 * The registry took a new version of a model's policy (who owns the model, what it is for, which aliases need an approver's decision). Deployment reads it to know whether a passed gate starts a rollout or an approval does.
 *
 * Topic `loopline.model-registry`, keyed by `modelName`.
 */
export interface ModelPolicyRegistered {
  /** Registered model name; the aggregate key, so all events of one model keep their order. */
  modelName: string;
  /** Version of the model's policy, starting at 1; a changed policy file becomes the next version. */
  policyVersion: number;
  /** Hex SHA-256 of the canonical JSON of the policy. */
  policySha256: string;
  /** Aliases that move only after an approver's PromotionApproved, e.g. production; for the others a passed gate is enough. */
  approvalRequiredFor: string[];
  /** Who answers for the model (team addresses). */
  owners: string[];
  /** When the registry took this policy version (epoch milliseconds, UTC). */
  registeredAt: number;
}

/** The Avro schema of {@link ModelPolicyRegistered}, exactly as in schemas/ModelPolicyRegistered.avsc. */
export const ModelPolicyRegisteredSchema: AvroSchemaDocument = {
  type: 'record',
  name: 'ModelPolicyRegistered',
  namespace: 'io.loopline.events',
  doc: "The registry took a new version of a model's policy (who owns the model, what it is for, which aliases need an approver's decision). Deployment reads it to know whether a passed gate starts a rollout or an approval does.",
  'loopline.key': 'modelName',
  fields: [
    {
      name: 'modelName',
      type: 'string',
      doc: 'Registered model name; the aggregate key, so all events of one model keep their order.',
    },
    {
      name: 'policyVersion',
      type: 'int',
      doc: "Version of the model's policy, starting at 1; a changed policy file becomes the next version.",
    },
    {
      name: 'policySha256',
      type: 'string',
      doc: 'Hex SHA-256 of the canonical JSON of the policy.',
    },
    {
      name: 'approvalRequiredFor',
      type: { type: 'array', items: 'string' },
      doc: "Aliases that move only after an approver's PromotionApproved, e.g. production; for the others a passed gate is enough.",
    },
    {
      name: 'owners',
      type: { type: 'array', items: 'string' },
      doc: 'Who answers for the model (team addresses).',
    },
    {
      name: 'registeredAt',
      type: { type: 'long', logicalType: 'timestamp-millis' },
      doc: 'When the registry took this policy version (epoch milliseconds, UTC).',
    },
  ],
};
