import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { ReadinessRegistry } from '@loopline/observability';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import { MESSAGING_OPTIONS } from '../messaging.constants';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { applyTopicPlan } from './apply-topic-plan';
import { type DeclaredTopic, declaredTopic } from './declared-topic';
import { observeTopics } from './observe-topics';
import { topicDeclarations } from './topic-declaration';
import { planTopics, type TopicAction, type TopicPlan, withEarlierAttempts } from './topic-plan';
import { describeAction, describeDrift, summarizePlan } from './topic-report';

const PROVISIONING_ATTEMPTS = 6;

/**
 * Another instance changed the same topic between our look and our request: planning again
 * from what the broker now holds settles it.
 */
const CONCURRENT_CHANGE = new Set(['TOPIC_ALREADY_EXISTS', 'INVALID_PARTITIONS']);

/**
 * Topics are part of the platform's public interface, so the platform declares them (partitions,
 * replication, retention, in-sync minimum) instead of relying on broker auto-creation. At
 * start-up each service reconciles the topics it needs with the declaration: missing ones are
 * created, existing ones grown and reconfigured, and what it must not change is reported. It
 * also answers the broker readiness check.
 */
@Injectable()
export class TopicProvisioner implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(TopicProvisioner.name);
  private readonly admin: Admin;
  private report?: TopicPlan;

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
  }

  async onModuleInit(): Promise<void> {
    await this.admin.connect();
    this.report = await this.reconcileWithRetry();
    this.readiness.register({ name: 'kafka-broker', check: () => this.checkBroker() });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin.disconnect();
  }

  /** What start-up reconciliation did and found; undefined before the module is initialised. */
  startupReport(): TopicPlan | undefined {
    return this.report;
  }

  /** The topics this service declares, with their settings resolved. */
  declaredTopics(): DeclaredTopic[] {
    return topicDeclarations(this.options).map((declaration) =>
      declaredTopic(declaration, this.options.topics, this.options.topicPrefix),
    );
  }

  /**
   * Brings the declared topics to their declared state and returns what was done and what was
   * found but left alone, logging one line for each.
   */
  async reconcile(): Promise<TopicPlan> {
    return this.reconcileOnce([]);
  }

  /** One reconciliation; `issued` collects its actions before they are sent. */
  private async reconcileOnce(issued: TopicAction[]): Promise<TopicPlan> {
    const declared = this.declaredTopics();
    const observed = await observeTopics(
      this.admin,
      declared.map((topic) => topic.name),
    );
    const plan = planTopics(declared, observed);
    issued.push(...plan.actions);
    await applyTopicPlan(this.admin, plan);
    for (const action of plan.actions) this.logger.log(describeAction(action));
    for (const drift of plan.drift) this.logger.warn(describeDrift(drift));
    this.logger.log(summarizePlan(plan));
    return plan;
  }

  /**
   * Services start together and race to create and change the same topics; the loser sees
   * transient metadata errors, or a refusal for a change just made by another, and looks again.
   */
  private async reconcileWithRetry(): Promise<TopicPlan> {
    const earlierActions: TopicAction[] = [];
    for (let attempt = 1; ; attempt++) {
      const issued: TopicAction[] = [];
      try {
        return withEarlierAttempts(await this.reconcileOnce(issued), earlierActions);
      } catch (error) {
        const { retriable, type } = error as { retriable?: boolean; type?: string };
        const transient = retriable === true || CONCURRENT_CHANGE.has(type ?? '');
        if (!transient || attempt >= PROVISIONING_ATTEMPTS) throw this.failure(error);
        this.logger.warn(
          `topic reconciliation attempt ${attempt} failed (${(error as Error).message}); retrying`,
        );
        earlierActions.push(...issued);
        await sleep(200 * attempt);
      }
    }
  }

  private failure(error: unknown): PlatformError {
    const { replicationFactor } = this.options.topics;
    return new PlatformError(
      MessagingErrorCode.TopicProvisioningFailed,
      `Could not reconcile the topics on ${this.options.brokers.join(',')}: ${(error as Error).message}. ` +
        'Check that the broker is up (infra/stack.sh status), that it allows creating and ' +
        `altering topics, and that it has at least ${replicationFactor} broker(s) for the ` +
        'declared replication factor.',
      { kind: ErrorKind.Unavailable, cause: error },
    );
  }

  /** The readiness registry bounds this with its per-check timeout. */
  private async checkBroker(): Promise<void> {
    await this.admin.describeCluster();
  }
}
