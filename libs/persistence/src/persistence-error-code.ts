/** Stable codes raised by the persistence library. */
export enum PersistenceErrorCode {
  /** PostgreSQL cannot be reached or refused the connection for now (retriable). */
  Unavailable = 'PERSISTENCE.UNAVAILABLE',
  /** Credentials or database name are wrong: retrying will not help, fix DATABASE_URL. */
  ConnectionRejected = 'PERSISTENCE.CONNECTION_REJECTED',
  /** A migration threw; the schema is left at the last migration that committed. */
  MigrationFailed = 'PERSISTENCE.MIGRATION_FAILED',
  /** A schema or table name that is not a plain lower-case identifier. */
  InvalidIdentifier = 'PERSISTENCE.INVALID_IDENTIFIER',
}
