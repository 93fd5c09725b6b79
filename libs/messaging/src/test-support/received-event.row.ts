import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The visible effect of the test handler: one row per handled event. */
@Entity({ name: 'received_events' })
export class ReceivedEventRow {
  @PrimaryColumn({ name: 'row_id', type: 'uuid', default: () => 'gen_random_uuid()' })
  rowId!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'jsonb' })
  envelope!: unknown;
}
