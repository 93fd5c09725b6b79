import { Global, Module } from '@nestjs/common';
import { CatalogConsumer } from './catalog.consumer';
import { CatalogProjections } from './catalog-projections';
import { MonitoringCatalog } from './monitoring-catalog';

/** The catalog every slice reads (`MonitoringCatalog`), and the consumer that keeps it. */
@Global()
@Module({
  controllers: [CatalogConsumer],
  providers: [CatalogProjections, { provide: MonitoringCatalog, useExisting: CatalogProjections }],
  exports: [CatalogProjections, MonitoringCatalog],
})
export class CatalogModule {}
