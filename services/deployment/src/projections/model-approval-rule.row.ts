import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which aliases of a model need an approver, as the registry's newest policy says. */
@Entity({ name: 'model_approval_rules' })
export class ModelApprovalRuleRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'policy_version', type: 'integer' })
  policyVersion!: number;

  @Column({ name: 'approval_required_for', type: 'jsonb' })
  approvalRequiredFor!: string[];
}
