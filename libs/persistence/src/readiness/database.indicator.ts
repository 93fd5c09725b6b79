import type { ReadinessIndicator } from '@loopline/observability';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { toConnectionError } from '../errors/to-persistence-error';

/** Readiness check `database`: one `SELECT 1` through the service's pool. */
export class DatabaseIndicator implements ReadinessIndicator {
  readonly name = 'database';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      throw toConnectionError(
        error,
        (this.dataSource.options as PostgresConnectionOptions).url ?? '',
      );
    }
  }
}
