import type { MigrationClass } from '@loopline/persistence';
import { CreateCatalogTables1790000100000 } from './1790000100000-create-catalog-tables';
import { KnownFeatureSetRow } from './known-feature-set.row';
import { MonitoredVersionRow } from './monitored-version.row';
import { ServingChampionRow } from './serving-champion.row';
import { VersionEvaluationRow } from './version-evaluation.row';

export const CATALOG_ENTITIES = [
  MonitoredVersionRow,
  VersionEvaluationRow,
  KnownFeatureSetRow,
  ServingChampionRow,
];
export const CATALOG_MIGRATIONS: MigrationClass[] = [CreateCatalogTables1790000100000];
