export { CatalogModule } from './catalog.module';
export { CATALOG_ENTITIES, CATALOG_MIGRATIONS } from './catalog.database';
export { MonitoringCatalog } from './monitoring-catalog';
export type { KnownFeatureSet, MonitoredVersion, ServingChampion } from './catalog-records';
