import type { AddressInfo } from 'node:net';
import { AccessControlModule } from '@loopline/access-control';
import {
  AvroSingleObjectCodec,
  type EventName,
  type EventPayloads,
  type TrainingRequested,
} from '@loopline/contracts';
import {
  connectEventConsumer,
  createEventMetadata,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  MessagingModule,
  OutboxWriter,
  type PublishContext,
  type PublishedEvent,
  TopicNamer,
} from '@loopline/messaging';
import { ObservabilityModule, PlatformErrorFilter } from '@loopline/observability';
import { PersistenceModule } from '@loopline/persistence';
import {
  contractSample,
  dropSchema,
  testAccessTokensFile,
  testStackConfig,
  TopicRecorder,
  uniqueIdentifier,
  uniqueName,
} from '@loopline/testing';
import { Global, type INestApplication, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { CATALOG_ENTITIES, CATALOG_MIGRATIONS, CatalogModule } from '../../catalog';
import { CatalogProjections } from '../../catalog/catalog-projections';
import { loadMonitoringConfig } from '../../config/monitoring.config';
import {
  MONITORING_SETTINGS,
  type MonitoringSettings,
  monitoringSettings,
} from '../../config/monitoring.settings';
import { MonitoringPolicies } from '../../policies/monitoring-policies';
import type { MonitoringPolicy, RetrainingPolicy } from '../../policies/monitoring-policy';
import { defaultMonitoringPolicy } from '../../policies/parse-monitoring-policy';
import { ShippedMonitoringPolicies } from '../../policies/shipped-monitoring-policies';
import { RETRAINING_ENTITIES, RETRAINING_MIGRATIONS } from '../database';
import { RetrainingClock } from '../retraining-clock';
import { RetrainingModule } from '../retraining.module';
import { RetrainingScheduleTicker } from '../retraining-schedule.ticker';
import { RetrainingTriggers } from '../retraining-triggers';
import { ManualClock } from './manual-clock';

const stack = testStackConfig();
const codec = new AvroSingleObjectCodec();

/** One monitoring instance of the world: its own Nest application on the shared schema. */
export interface RetrainingInstance {
  app: INestApplication;
  dataSource: DataSource;
  triggers: RetrainingTriggers;
  ticker: RetrainingScheduleTicker;
  baseUrl: string;
}

/**
 * A throwaway monitoring deployment: one Postgres schema and topic prefix shared by several
 * instances (as replicas share them), each with the real catalog and retraining slices, the real
 * outbox relay and consumers on the local broker, and one clock the test moves.
 */
export class RetrainingTestWorld {
  readonly schema = uniqueIdentifier('it_retraining');
  readonly prefix = `${uniqueName('it-retraining')}.`;
  readonly group = uniqueName('it-monitoring');
  readonly clock = new ManualClock(Date.parse('2030-01-01T00:00:00Z'));
  private readonly policies = new Map<string, MonitoringPolicy>();
  private readonly instances: INestApplication[] = [];
  private recorder?: TopicRecorder;

  setPolicy(modelName: string, retraining: Partial<RetrainingPolicy>): void {
    const policy = defaultMonitoringPolicy(modelName);
    this.policies.set(modelName, {
      ...policy,
      retraining: { ...policy.retraining, ...retraining },
    });
  }

  /** Starts an instance; only consuming instances join the consumer group. */
  async start(instanceId: string, consumes: boolean): Promise<RetrainingInstance> {
    const settings: MonitoringSettings = {
      ...monitoringSettings(loadMonitoringConfig()),
      databaseSchema: this.schema,
      instanceId,
      // The tests tick by hand; the timer must never fire during one.
      tickIntervalMs: 3_600_000,
    };
    @Global()
    @Module({
      providers: [
        { provide: MONITORING_SETTINGS, useValue: settings },
        { provide: MonitoringPolicies, useValue: new ShippedMonitoringPolicies(this.policies) },
      ],
      exports: [MONITORING_SETTINGS, MonitoringPolicies],
    })
    class TestMonitoringCoreModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        AccessControlModule.forRoot({
          tokensFile: testAccessTokensFile(),
          openReadsOnLoopback: false,
        }),
        ObservabilityModule.forRoot({ serviceName: 'monitoring' }),
        PersistenceModule.forRoot({
          url: stack.databaseUrl,
          schema: this.schema,
          serviceName: 'monitoring',
          entities: [...MESSAGING_ENTITIES, ...CATALOG_ENTITIES, ...RETRAINING_ENTITIES],
          migrations: [...MESSAGING_MIGRATIONS, ...CATALOG_MIGRATIONS, ...RETRAINING_MIGRATIONS],
          poolSize: 6,
        }),
        MessagingModule.forRoot({
          serviceName: 'monitoring',
          brokers: stack.brokers,
          consumerGroup: this.group,
          topicPrefix: this.prefix,
          topics: { partitions: 1 },
          retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
          housekeeping: { enabled: false },
        }),
        TestMonitoringCoreModule,
        CatalogModule,
        RetrainingModule,
      ],
    })
      .overrideProvider(RetrainingClock)
      .useValue(this.clock)
      .compile();
    const app = moduleRef.createNestApplication({ logger: ['error'] });
    app.useGlobalFilters(new PlatformErrorFilter(app.get(HttpAdapterHost)));
    if (consumes) connectEventConsumer(app);
    await app.init();
    await app.startAllMicroservices();
    await app.listen(0, '127.0.0.1');
    this.instances.push(app);
    const { port } = app.getHttpServer().address() as AddressInfo;
    return {
      app,
      dataSource: app.get(DataSource),
      triggers: app.get(RetrainingTriggers),
      ticker: app.get(RetrainingScheduleTicker),
      baseUrl: `http://127.0.0.1:${port}`,
    };
  }

  /** Records every TrainingRequested that reaches the broker. */
  async recordRequests(): Promise<void> {
    this.recorder = await new TopicRecorder(
      stack.brokers,
      new TopicNamer(this.prefix).topicFor('TrainingRequested'),
    ).start();
  }

  /** TrainingRequested messages of one model that reached the broker, decoded, with headers. */
  requestsOnBroker(modelName: string) {
    return (this.recorder?.messages ?? [])
      .filter((message) => message.key === modelName)
      .map((message) => ({
        payload: codec.decode('TrainingRequested', message.value!) as TrainingRequested,
        headers: message.headers,
      }));
  }

  /** Publishes an event as its producing service would, through the instance's outbox. */
  async publish<N extends EventName>(
    instance: RetrainingInstance,
    name: N,
    payload: EventPayloads[N],
    context: PublishContext = {},
  ): Promise<void> {
    const outbox = instance.app.get(OutboxWriter);
    await instance.dataSource.transaction((manager) =>
      outbox.enqueue(manager, name, payload, context),
    );
  }

  /** A model version and feature sets, as the catalog learns them from registry and feature store. */
  async catalogue(
    instance: RetrainingInstance,
    version: { modelName: string; trainingRunId: string; featureSetId: string },
    featureSets: { featureSetId: string; datasetVersionId: string; materializedAt: number }[],
  ): Promise<void> {
    const catalog = instance.app.get(CatalogProjections);
    const registered = contractSample('ModelVersionRegistered');
    const materialized = contractSample('FeatureSetMaterialized');
    await instance.dataSource.transaction(async (manager) => {
      await catalog.recordVersion(manager, {
        ...registered,
        modelName: version.modelName,
        lineage: {
          ...registered.lineage,
          trainingRunId: version.trainingRunId,
          featureSetId: version.featureSetId,
          featureViewName: `${version.modelName}-features`,
        },
      });
      for (const featureSet of featureSets)
        await catalog.recordFeatureSet(manager, {
          ...materialized,
          ...featureSet,
          featureViewName: `${version.modelName}-features`,
          featureViewVersion: 1,
          datasetName: version.modelName,
        });
    });
  }

  async close(): Promise<void> {
    await this.recorder?.stop();
    for (const app of this.instances.reverse()) await app.close();
    await dropSchema(stack.databaseUrl, this.schema);
  }
}

/** A finding's event as the drift slice holds it when it calls `consider` (just published). */
export function driftEvent(modelName: string, windowId: string): PublishedEvent<'DriftDetected'> {
  return {
    name: 'DriftDetected',
    key: modelName,
    payload: { ...contractSample('DriftDetected'), modelName, windowId },
    metadata: createEventMetadata('DriftDetected', 'monitoring'),
  };
}
