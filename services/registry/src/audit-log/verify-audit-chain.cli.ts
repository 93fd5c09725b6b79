import { AvroSingleObjectCodec } from '@loopline/contracts';
import { openServiceDataSource } from '@loopline/persistence';
import { AuditCheckpointReader } from '../audit-checkpoint/audit-checkpoint.reader';
import { loadRegistryConfig, REGISTRY_SERVICE_NAME } from '../config/registry.config';
import { REGISTRY_ENTITIES } from '../database/entities';
import { REGISTRY_MIGRATIONS } from '../database/migrations';
import { describeChainBreak } from '../domain/audit-chain';
import { AuditChainChecker } from './audit-chain.checker';

/**
 * Operator command: re-computes the audit log's hash chain, holds it against the chain's
 * checkpoints in Kafka and names the first broken entry. Reads the registry's variables
 * (DATABASE_URL, DATABASE_SCHEMA, KAFKA_BROKERS, KAFKA_TOPIC_PREFIX).
 * Exit code 0 when intact, 1 when broken, 2 when it could not check.
 */
async function main(): Promise<number> {
  const config = loadRegistryConfig();
  const checkpoints = AuditCheckpointReader.create({
    brokers: config.KAFKA_BROKERS,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    clientId: `${REGISTRY_SERVICE_NAME}-audit-verify`,
    codec: new AvroSingleObjectCodec(),
    chainId: config.DATABASE_SCHEMA,
  });
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
    const report = await new AuditChainChecker(dataSource, checkpoints).check();
    const anchored = `${report.checkedCheckpoints} checkpoint(s) from ${checkpoints.topic} matched`;
    if (report.intact) {
      console.log(`audit chain intact: ${report.checkedEntries} entries verified, ${anchored}`);
      return 0;
    }
    console.error(
      `audit chain BROKEN at ${describeChainBreak(report.firstBroken!)}; ` +
        `${report.checkedEntries} entries link correctly up to it, ${anchored}`,
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
