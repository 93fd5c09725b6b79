import type { EventName } from '../generated';

/** One topic of the layout in schemas/topics.json: the events it carries and how it is keyed. */
export interface TopicCatalogEntry {
  /** Topic name without any environment prefix, e.g. `loopline.training-runs`. */
  readonly topic: string;
  readonly doc: string;
  /** Payload field every event of the topic is keyed by (the aggregate id). */
  readonly keyField: string;
  /**
   * Whether the topic is compacted (`"compacted": true` in topics.json): the broker keeps the
   * latest message per key for good, so it holds state that consumers rebuild by reading it from
   * the beginning (snapshots re-published as they change), not a history of lifecycle events.
   */
  readonly compacted: boolean;
  /** The event types published on the topic; consumers dispatch on the event-type header. */
  readonly events: readonly EventName[];
}
