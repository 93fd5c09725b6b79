import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One Idempotency-Key a client sent with a request that publishes: the fingerprint of that
 * request and the response it got, written in the same transaction as the outbox row.
 */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyRow {
  /** Who sent the key; '' for an anonymous request. */
  @PrimaryColumn({ type: 'text', default: '' })
  principal!: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  key!: string;

  /** sha256 of the request (method, path, principal, body), to refuse a key reused for another. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus!: number | null;

  @Column({ name: 'response_body', type: 'json', nullable: true })
  responseBody!: unknown;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
