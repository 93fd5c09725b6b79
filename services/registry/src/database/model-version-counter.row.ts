import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last version number given per model. Numbering goes through this row (locked by the
 * upsert that bumps it), so two registrations of one model never share or reuse a number.
 */
@Entity({ name: 'model_version_counters' })
export class ModelVersionCounterRow {
  @PrimaryColumn({ name: 'model_name', type: 'text' })
  modelName!: string;

  @Column({ name: 'last_version', type: 'int' })
  lastVersion!: number;
}
