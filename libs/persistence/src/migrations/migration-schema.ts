import type { QueryRunner } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { quoteIdentifier } from '../data-source/quote-identifier';

/**
 * The quoted schema a migration must write into: the one the data source was opened with.
 * Migrations never hard-code a schema, so the same class builds `registry` in production and a
 * throwaway `it_3f9a…` schema in a test.
 *
 * ```ts
 * const schema = migrationSchema(queryRunner);
 * await queryRunner.query(`CREATE TABLE ${schema}.model_versions (...)`);
 * ```
 */
export function migrationSchema(queryRunner: QueryRunner): string {
  return quoteIdentifier((queryRunner.connection.options as PostgresConnectionOptions).schema);
}

/** `"<schema>"."<table>"` for the migration's schema; `table` must be a plain identifier too. */
export function qualifiedTable(queryRunner: QueryRunner, table: string): string {
  return `${migrationSchema(queryRunner)}.${quoteIdentifier(table, 'table')}`;
}
