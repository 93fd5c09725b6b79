import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where an alias of a model points now. Its past is in alias_moves. */
@Entity({ name: 'model_aliases' })
export class ModelAliasRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'text' })
  alias!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;
}
