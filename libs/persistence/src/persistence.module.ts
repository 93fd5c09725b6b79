import { DynamicModule, Logger, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { PlatformError } from '@loopline/errors';
import { ReadinessRegistry } from '@loopline/observability';
import { DataSource, DataSourceOptions } from 'typeorm';
import { openServiceDataSource, serviceDataSourceOptions } from './data-source/service-data-source';
import type { PersistenceOptions } from './persistence-options.interface';
import { DatabaseIndicator } from './readiness/database.indicator';

/** Token of the registered `DatabaseIndicator` (mostly so Nest instantiates it eagerly). */
export const DATABASE_READINESS_INDICATOR = Symbol('LOOPLINE_DATABASE_READINESS_INDICATOR');

/**
 * The service's PostgreSQL connection (TypeORM's default data source), opened at start-up with
 * its schema created and migrated before anything else can use it. Requires
 * `ObservabilityModule` (registers the `database` readiness check). Feature modules get
 * repositories with `TypeOrmModule.forFeature([...])` as usual.
 */
@Module({})
export class PersistenceModule {
  static forRoot(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...serviceDataSourceOptions(options),
            retryAttempts: options.retryAttempts ?? 10,
            retryDelay: options.retryDelayMs ?? 1000,
            verboseRetryLog: true,
            // Bad credentials or a failing migration will not fix themselves: fail fast.
            toRetry: (error: unknown) => !(error instanceof PlatformError) || error.retriable,
          }),
          // Nest passes back the options above (plus any auto-loaded entities).
          dataSourceFactory: (dataSourceOptions?: DataSourceOptions) =>
            openServiceDataSource(
              new DataSource(dataSourceOptions ?? serviceDataSourceOptions(options)),
              {
                onMigrated: (applied) => logMigrations(options.schema, applied),
              },
            ),
        }),
      ],
      providers: [
        {
          provide: DATABASE_READINESS_INDICATOR,
          useFactory: (readiness: ReadinessRegistry, dataSource: DataSource) => {
            const indicator = new DatabaseIndicator(dataSource);
            readiness.register(indicator);
            return indicator;
          },
          inject: [ReadinessRegistry, getDataSourceToken()],
        },
      ],
      exports: [TypeOrmModule],
    };
  }
}

function logMigrations(schema: string, applied: string[]): void {
  const logger = new Logger(PersistenceModule.name);
  if (applied.length === 0) logger.log(`schema "${schema}" is up to date`);
  else
    logger.log(`schema "${schema}": applied ${applied.length} migration(s): ${applied.join(', ')}`);
}
