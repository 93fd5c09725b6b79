import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One registered version of a dataset's data contract; immutable once written. */
@Entity({ name: 'data_contracts' })
export class DataContractRow {
  @PrimaryColumn({ type: 'text' })
  dataset!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  /** sha256 of the canonical JSON; a re-registration with other content is refused. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;
}
