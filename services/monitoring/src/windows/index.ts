import type { MigrationClass } from '@loopline/persistence';
import { CreateWindowTables1790000200000 } from './1790000200000-create-window-tables';
import { MonitoringWindowRow } from './monitoring-window.row';

export { WindowsModule } from './windows.module';
export const WINDOWS_ENTITIES = [MonitoringWindowRow];
export const WINDOWS_MIGRATIONS: MigrationClass[] = [CreateWindowTables1790000200000];
