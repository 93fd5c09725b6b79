import { openServiceDataSource } from '@loopline/persistence';
import { loadRegistryConfig, REGISTRY_SERVICE_NAME } from '../config/registry.config';
import { REGISTRY_ENTITIES } from '../database/entities';
import { REGISTRY_MIGRATIONS } from '../database/migrations';
import { AuditChainChecker } from './audit-chain.checker';

/**
 * Operator command: re-computes the audit log's hash chain and names the first broken entry.
 * Exit code 0 when intact, 1 when broken, 2 when it could not check.
 */
async function main(): Promise<number> {
  const config = loadRegistryConfig();
  const dataSource = await openServiceDataSource(
    {
      url: config.DATABASE_URL,
      schema: config.DATABASE_SCHEMA,
      serviceName: `${REGISTRY_SERVICE_NAME}-audit-verify`,
      entities: REGISTRY_ENTITIES,
      migrations: REGISTRY_MIGRATIONS,
      poolSize: 2,
    },
    { runMigrations: false },
  );
  try {
    const report = await new AuditChainChecker(dataSource).check();
    if (report.intact) {
      console.log(`audit chain intact: ${report.checkedEntries} entries verified`);
      return 0;
    }
    const broken = report.firstBroken!;
    console.error(
      `audit chain BROKEN at entry ${broken.sequence} (${broken.reason}): expected ${broken.expected}, found ${broken.found}; ` +
        `${report.checkedEntries} entries before it are intact`,
    );
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const code = (error as { code?: string }).code ?? 'PLATFORM.UNEXPECTED';
    console.error(
      `could not verify the audit chain: ${code}: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(2);
  },
);
