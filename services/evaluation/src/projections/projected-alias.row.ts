import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where one alias of a model points now, as the registry's alias events told it. */
@Entity({ name: 'model_aliases' })
export class ProjectedAliasRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @PrimaryColumn({ type: 'text' })
  alias!: string;

  @Column({ type: 'integer' })
  version!: number;
}
