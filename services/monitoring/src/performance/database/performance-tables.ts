import { quoteIdentifier } from '@loopline/persistence';
import type { EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';

/** Schema-qualified names of the performance tables, for the statements TypeORM cannot express. */
export interface PerformanceTables {
  windows: string;
  bins: string;
  predictions: string;
  pending: string;
  batches: string;
}

const bySchema = new Map<string, PerformanceTables>();

export function performanceTables(manager: EntityManager): PerformanceTables {
  const schema = (manager.connection.options as PostgresConnectionOptions).schema ?? 'public';
  let tables = bySchema.get(schema);
  if (tables === undefined) {
    const quoted = quoteIdentifier(schema);
    tables = {
      windows: `${quoted}.performance_windows`,
      bins: `${quoted}.performance_window_score_bins`,
      predictions: `${quoted}.performance_predictions`,
      pending: `${quoted}.performance_pending_labels`,
      batches: `${quoted}.performance_label_batches`,
    };
    bySchema.set(schema, tables);
  }
  return tables;
}
