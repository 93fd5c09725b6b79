import { randomUUID } from 'node:crypto';
import { ErrorKind, PlatformError } from '@loopline/errors';
import { SchemaTopicLookup, TopicNamer } from '@loopline/messaging';
import { Logger } from '@nestjs/common';
import { type Consumer, Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { CatchUpTracker } from './catch-up.tracker';
import type { OnlineFeatureEntry, OnlineFeatureValues } from './online-feature-entry';
import { OnlineFeatureIndex } from './online-feature.index';
import { OnlineFeatureMessageReader } from './online-feature-message.reader';
import type { OnlineFeatureViewOptions } from './online-feature-view-options';
import { OnlineFeaturesErrorCode } from './online-features-error-code';

const DEFAULT_SCHEMA_LOOKUP_TIMEOUT_MS = 10_000;

/**
 * An in-memory view of the compacted `loopline.online-features` topic for serving: the latest
 * OnlineFeaturesUpdated of every featureKey, looked up in well under a microsecond.
 *
 * `start()` reads the topic from the beginning and resolves once it has consumed every partition
 * up to the end offsets seen at start; it keeps applying updates afterwards until `stop()`. Later
 * messages replace earlier ones per featureKey, tombstones remove a key, messages of other event
 * types are passed over (`ignored`), and a message that cannot be decoded is logged and counted
 * (`skipped`), never fatal: one bad snapshot must not take serving down.
 */
export class OnlineFeatureView {
  private readonly logger = new Logger(OnlineFeatureView.name);
  private readonly index = new OnlineFeatureIndex();
  private readonly kafka: Kafka;
  private readonly reader: OnlineFeatureMessageReader;
  private readonly stopping = new AbortController();
  private consumer?: Consumer;
  private skippedCount = 0;
  private ignoredCount = 0;
  private isCaughtUp = false;

  /** Full name of the topic read, environment prefix included. */
  readonly topic: string;
  /**
   * kafkajs consumes only through a consumer group. Each view gets a group of its own, so it is
   * assigned every partition (a group shared by serving replicas would split them, each replica
   * seeing part of the keys) and always starts from the beginning: the group never commits
   * offsets, the state lives in the topic. stop() deletes the group.
   */
  readonly groupId: string;

  constructor(options: OnlineFeatureViewOptions) {
    this.kafka = new Kafka({ logLevel: logLevel.WARN, ...options.kafka });
    const namer = new TopicNamer(options.topicPrefix);
    this.topic = namer.topicFor('OnlineFeaturesUpdated');
    this.groupId = `${options.kafka.clientId ?? 'loopline'}-online-features-${randomUUID()}`;
    const schemas = new SchemaTopicLookup(
      this.kafka,
      namer.schemaTopic(),
      options.codec,
      options.schemaLookupTimeoutMs ?? DEFAULT_SCHEMA_LOOKUP_TIMEOUT_MS,
    );
    this.reader = new OnlineFeatureMessageReader(options.codec, schemas);
  }

  /** Number of featureKeys held. */
  get size(): number {
    return this.index.size;
  }

  /** Messages that could not be decoded into values and were passed over. */
  get skipped(): number {
    return this.skippedCount;
  }

  /** Messages of other event types on the topic, passed over. */
  get ignored(): number {
    return this.ignoredCount;
  }

  /** Whether the view has read the topic up to where it ended when start() was called. */
  get caughtUp(): boolean {
    return this.isCaughtUp;
  }

  /**
   * The latest values of an entity for a feature view version, or undefined when the topic holds
   * none. Three Map lookups on the caller's strings, returning the object built at ingest: no
   * allocation on the serving path. Do not keep it across requests if newer values matter: an
   * update replaces the object, it never changes it.
   */
  lookup(
    featureViewName: string,
    featureViewVersion: number,
    entity: string,
  ): OnlineFeatureValues | undefined {
    return this.index.get(featureViewName, featureViewVersion, entity)?.values;
  }

  /** The instant the entity's values hold at (they cover events strictly before it), epoch ms. */
  asOf(featureViewName: string, featureViewVersion: number, entity: string): number | undefined {
    return this.index.get(featureViewName, featureViewVersion, entity)?.asOf;
  }

  /** Everything held for an entity: values with their lineage (feature set, dataset version). */
  entry(
    featureViewName: string,
    featureViewVersion: number,
    entity: string,
  ): OnlineFeatureEntry | undefined {
    return this.index.get(featureViewName, featureViewVersion, entity);
  }

  /** The entry under a featureKey (`<featureViewName>@<featureViewVersion>/<entity>`). */
  entryByKey(featureKey: string): OnlineFeatureEntry | undefined {
    return this.index.getByKey(featureKey);
  }

  /**
   * Reads the topic from the beginning; resolves once caught up with the end offsets seen now,
   * and keeps consuming afterwards. Rejects with ONLINE_FEATURES.START_FAILED when the topic does
   * not exist (it is never auto-created: a broker default would not be compacted) or the
   * consumer fails for good before catching up.
   */
  async start(): Promise<void> {
    if (this.consumer) throw new Error('OnlineFeatureView.start() was already called.');
    const tracker = new CatchUpTracker(await this.endOffsets());
    const consumer = this.kafka.consumer({ groupId: this.groupId, allowAutoTopicCreation: false });
    this.consumer = consumer;
    const caughtUp = new Promise<void>((resolve, reject) => {
      const done = () => {
        this.isCaughtUp = true;
        resolve();
      };
      if (tracker.caughtUp) done();
      consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
        // lastOffset covers the whole fetched batch, offsets compaction removed included.
        if (!this.isCaughtUp && tracker.consumedThrough(payload.partition, payload.lastOffset))
          done();
      });
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (payload.restart) {
          this.logger.warn(`online-features consumer restarting: ${payload.error.message}`);
          return;
        }
        this.logger.error(`online-features consumer stopped: ${payload.error.message}`);
        reject(this.startFailure(payload.error));
      });
      this.stopping.signal.addEventListener('abort', () =>
        reject(this.startFailure(new Error('stopped before catching up'))),
      );
    });
    // Nobody may be waiting any more when a late crash rejects it.
    caughtUp.catch(() => undefined);
    try {
      await consumer.connect();
      await consumer.subscribe({ topic: this.topic, fromBeginning: true });
      await consumer.run({ autoCommit: false, eachMessage: ({ message }) => this.ingest(message) });
    } catch (error) {
      throw this.startFailure(error);
    }
    await caughtUp;
    this.logger.log(`online features caught up: ${this.size} keys from ${this.topic}`);
  }

  /** Stops consuming and removes the view's consumer group; the values held stay readable. */
  async stop(): Promise<void> {
    this.stopping.abort();
    const consumer = this.consumer;
    if (!consumer) return;
    await consumer.disconnect();
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      await admin.deleteGroups([this.groupId]);
    } catch (error) {
      // An empty group expires on its own; leaving it behind is harmless.
      this.logger.warn(`could not delete consumer group ${this.groupId}: ${String(error)}`);
    } finally {
      await admin.disconnect();
    }
  }

  private async endOffsets() {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      if (!(await admin.listTopics()).includes(this.topic)) {
        throw new Error(
          `topic ${this.topic} does not exist; provision it (messaging topics.provision: ` +
            "['OnlineFeaturesUpdated']) so it is created compacted",
        );
      }
      return await admin.fetchTopicOffsets(this.topic);
    } catch (error) {
      throw this.startFailure(error);
    } finally {
      await admin.disconnect();
    }
  }

  private async ingest(message: KafkaMessage): Promise<void> {
    try {
      const read = await this.reader.read(message, this.stopping.signal);
      if (read.kind === 'update') this.index.put(read.entry);
      else if (read.kind === 'tombstone') this.index.remove(read.featureKey);
      else this.ignoredCount++;
    } catch (error) {
      this.skippedCount++;
      this.logger.warn(
        `skipped online-features message at offset ${message.offset} of ${this.topic}: ` +
          `${(error as Error).message}`,
      );
    }
  }

  private startFailure(cause: unknown): PlatformError {
    if (cause instanceof PlatformError && cause.code === OnlineFeaturesErrorCode.StartFailed)
      return cause;
    return new PlatformError(
      OnlineFeaturesErrorCode.StartFailed,
      `Online feature view could not read ${this.topic}: ${(cause as Error).message}. Check that ` +
        'the broker is up (infra/stack.sh status) and the topic is provisioned.',
      { kind: ErrorKind.Unavailable, cause },
    );
  }
}
