import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One immutable feature view version. */
@Entity({ name: 'feature_view_versions' })
export class FeatureViewVersionRow {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'jsonb' })
  definition!: unknown;

  @Column({ name: 'source_dataset', type: 'text' })
  sourceDataset!: string;

  @Column({ name: 'definition_uri', type: 'text' })
  definitionUri!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;
}
