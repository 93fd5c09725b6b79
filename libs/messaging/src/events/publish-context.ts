import type { PublishedEvent } from './consumed-event';

/**
 * Lineage of an event about to be published. Either the event that caused it (correlation is
 * inherited, causation points at it) or, for events started by a person or a schedule, an
 * optional correlation id (a new one is minted when absent).
 */
export type PublishContext =
  | { causedBy: PublishedEvent; traceparent?: string }
  | { correlationId?: string; traceparent?: string };
