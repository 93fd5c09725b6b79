import { allContracts, type EventName } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { ReadinessRegistry } from '@loopline/observability';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { type Admin, type ITopicConfig, Kafka, logLevel } from 'kafkajs';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import { MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { sleep } from '../server/sleep';
import { TopicNamer } from './topic-namer';

const PROVISIONING_ATTEMPTS = 6;

/**
 * Topics are part of the platform's public interface, so the platform declares them (partitions,
 * replication, retention) instead of relying on broker auto-creation. At start-up each service
 * makes sure the topics it needs exist; it also answers the broker readiness check.
 */
@Injectable()
export class TopicProvisioner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(TopicProvisioner.name);
  private readonly admin: Admin;
  private readonly topics: TopicNamer;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: ResolvedMessagingOptions,
    private readonly readiness: ReadinessRegistry,
  ) {
    const kafka = new Kafka({
      clientId: `${options.serviceName}-admin`,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
    });
    this.admin = kafka.admin();
    this.topics = new TopicNamer(options.topicPrefix);
  }

  async onModuleInit(): Promise<void> {
    await this.admin.connect();
    await this.ensureTopicsWithRetry();
    this.readiness.register({ name: 'kafka-broker', check: () => this.checkBroker() });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin.disconnect();
  }

  /**
   * Services start together and race to create the same topics; the loser sees transient
   * metadata errors for topics that exist but have no leader yet, so it looks again.
   */
  private async ensureTopicsWithRetry(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.ensureTopics();
        return;
      } catch (error) {
        const retriable = (error as { retriable?: boolean }).retriable === true;
        if (!retriable || attempt >= PROVISIONING_ATTEMPTS) {
          throw new PlatformError(
            MessagingErrorCode.TopicProvisioningFailed,
            `Could not create the topics on ${this.options.brokers.join(',')}: ${(error as Error).message}. ` +
              'Check that the broker is up (infra/stack.sh status) and allows topic creation.',
            { kind: ErrorKind.Unavailable, cause: error },
          );
        }
        this.logger.warn(
          `topic provisioning attempt ${attempt} failed (${(error as Error).message}); retrying`,
        );
        await sleep(200 * attempt);
      }
    }
  }

  /** Creates the declared topics that are missing; existing ones are left as they are. */
  async ensureTopics(): Promise<string[]> {
    const wanted = this.declaredTopics();
    const existing = new Set(await this.admin.listTopics());
    const missing = wanted.filter((topic) => !existing.has(topic.topic));
    if (missing.length === 0) return [];
    // Another service may create the same topic at the same moment; that is not an error.
    await this.admin.createTopics({ topics: missing, waitForLeaders: true });
    this.logger.log(
      `created ${missing.length} topic(s): ${missing.map((t) => t.topic).join(', ')}`,
    );
    return missing.map((topic) => topic.topic);
  }

  private declaredTopics(): ITopicConfig[] {
    const { topics } = this.options;
    const names: readonly EventName[] =
      topics.provision === 'all'
        ? allContracts().map((contract) => contract.name)
        : topics.provision;
    const eventTopics = names.map((name) =>
      this.topicConfig(this.topics.topicFor(name), topics.retentionMs),
    );
    const deadLetters = this.topicConfig(
      this.topics.deadLetterTopicFor(this.options.consumerGroup),
      topics.deadLetterRetentionMs,
    );
    return [...eventTopics, deadLetters];
  }

  private topicConfig(topic: string, retentionMs: number): ITopicConfig {
    return {
      topic,
      numPartitions: this.options.topics.partitions,
      replicationFactor: this.options.topics.replicationFactor,
      configEntries: [
        { name: 'retention.ms', value: String(retentionMs) },
        { name: 'cleanup.policy', value: 'delete' },
      ],
    };
  }

  /** The readiness registry bounds this with its per-check timeout. */
  private async checkBroker(): Promise<void> {
    await this.admin.describeCluster();
  }
}
