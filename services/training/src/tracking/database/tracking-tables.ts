import { quoteIdentifier } from '@loopline/persistence';
import type { EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Quoted, schema-qualified names of the tracking tables, for the store's hand-written SQL. */
export interface TrackingTables {
  runs: string;
  points: string;
  attempts: string;
}

const bySchema = new Map<string, TrackingTables>();

export function trackingTables(manager: EntityManager): TrackingTables {
  const schema = (manager.connection.options as PostgresConnectionOptions).schema ?? 'public';
  let tables = bySchema.get(schema);
  if (tables === undefined) {
    const quoted = quoteIdentifier(schema);
    tables = {
      runs: `${quoted}.runs`,
      points: `${quoted}.run_metric_points`,
      attempts: `${quoted}.run_attempts`,
    };
    bySchema.set(schema, tables);
  }
  return tables;
}
