import type { EventCodec } from '@loopline/contracts';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { PlatformMetrics, ReadinessRegistry } from '@loopline/observability';
import type { INestApplication } from '@nestjs/common';
import { MessagingErrorCode } from '../errors/messaging-error-code';
import { EVENT_CODEC, MESSAGING_OPTIONS } from '../messaging.constants';
import { MessagingShutdown } from '../messaging-shutdown';
import type { ResolvedMessagingOptions } from '../messaging-options.interface';
import { LooplineKafkaServer } from './loopline-kafka.server';

/**
 * Attaches the Kafka consumer to a Nest application: every `@ConsumeEvent` handler in the app is
 * subscribed, and consumer readiness joins the app's `/ready`. Call before
 * `app.startAllMicroservices()`.
 */
export function connectEventConsumer(app: INestApplication): LooplineKafkaServer {
  const options = app.get<ResolvedMessagingOptions>(MESSAGING_OPTIONS);
  const server = new LooplineKafkaServer(
    options,
    app.get<EventCodec>(EVENT_CODEC),
    app.get(PlatformMetrics),
  );
  app.connectMicroservice({ strategy: server });
  app.get(MessagingShutdown).registerConsumer(server);
  app.get(ReadinessRegistry).register({
    name: 'kafka-consumer',
    check: async () => {
      if (!server.isReady()) {
        throw new PlatformError(
          MessagingErrorCode.ConsumerNotJoined,
          `Consumer group '${options.consumerGroup}' has not joined yet.`,
          { kind: ErrorKind.Unavailable },
        );
      }
    },
  });
  return server;
}
