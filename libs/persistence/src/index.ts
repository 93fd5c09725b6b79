export { bigintAsNumber } from './columns/bigint-as-number';
export { migrateServiceSchema } from './data-source/migrate-service-schema';
export { quoteIdentifier } from './data-source/quote-identifier';
export {
  createServiceDataSource,
  DEFAULT_POOL_SIZE,
  openServiceDataSource,
  serviceDataSourceOptions,
} from './data-source/service-data-source';
export { describeDatabaseUrl, toConnectionError } from './errors/to-persistence-error';
export { migrationSchema, qualifiedTable } from './migrations/migration-schema';
export { PersistenceErrorCode } from './persistence-error-code';
export { MigrationClass, PersistenceOptions } from './persistence-options.interface';
export { DATABASE_READINESS_INDICATOR, PersistenceModule } from './persistence.module';
export { DatabaseIndicator } from './readiness/database.indicator';
