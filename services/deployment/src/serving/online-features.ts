import { EVENT_CODEC, MESSAGING_OPTIONS, type ResolvedMessagingOptions } from '@loopline/messaging';
import type { EventCodec } from '@loopline/contracts';
import { type OnlineFeatureValues, OnlineFeatureView } from '@loopline/online-features';
import { ReadinessRegistry } from '@loopline/observability';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { logLevel } from 'kafkajs';

/**
 * Serving's in-memory view of the feature store's compacted online-features topic. Started after
 * the topics are provisioned; the service reports not ready until it has caught up, so no
 * instance answers with features older than the topic holds.
 */
@Injectable()
export class OnlineFeatures implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OnlineFeatures.name);
  private view: OnlineFeatureView;
  private starting?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(MESSAGING_OPTIONS) options: ResolvedMessagingOptions,
    @Inject(EVENT_CODEC) codec: EventCodec,
    private readonly readiness: ReadinessRegistry,
  ) {
    this.newView = () =>
      new OnlineFeatureView({
        kafka: {
          clientId: `${options.serviceName}-online-features`,
          brokers: options.brokers,
          logLevel: logLevel.WARN,
        },
        topicPrefix: options.topicPrefix,
        codec,
      });
    this.view = this.newView();
  }

  private readonly newView: () => OnlineFeatureView;

  onApplicationBootstrap(): void {
    this.readiness.register({
      name: 'online-features',
      check: async () => {
        if (!this.view.caughtUp) throw new Error(`catching up with ${this.view.topic}`);
      },
    });
    this.starting = this.startWithRetry();
  }

  lookup(name: string, version: number, entity: string): OnlineFeatureValues | undefined {
    return this.view.lookup(name, version, entity);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.view.stop();
    await this.starting?.catch(() => undefined);
  }

  /** The topic may not exist for a moment on a fresh cluster; keep trying until it does. */
  private async startWithRetry(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.view.start();
        return;
      } catch (error) {
        if (this.stopped) return;
        if (attempt % 10 === 0) this.logger.warn((error as Error).message);
        await this.view.stop().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        this.view = this.newView();
      }
    }
  }
}
