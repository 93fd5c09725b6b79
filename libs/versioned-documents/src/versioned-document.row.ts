import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One immutable version of a named document of some kind. */
@Entity({ name: 'versioned_documents' })
export class VersionedDocumentRow {
  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @PrimaryColumn({ type: 'text' })
  name!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'jsonb' })
  document!: unknown;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;
}
