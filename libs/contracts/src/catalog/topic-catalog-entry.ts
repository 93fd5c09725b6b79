import type { EventName } from '../generated';

/** One topic of the layout in schemas/topics.json: the events it carries and how it is keyed. */
export interface TopicCatalogEntry {
  /** Topic name without any environment prefix, e.g. `loopline.training-runs`. */
  readonly topic: string;
  readonly doc: string;
  /** Payload field every event of the topic is keyed by (the aggregate id). */
  readonly keyField: string;
  /** The event types published on the topic; consumers dispatch on the event-type header. */
  readonly events: readonly EventName[];
}
