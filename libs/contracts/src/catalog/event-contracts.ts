import { ContractErrorCode } from '../errors/contract-error-code';
import { contractError } from '../errors/contract-error';
import { EVENT_CATALOG, EVENT_NAMES, type EventName, TOPIC_CATALOG } from '../generated';
import { createEventContract } from './event-contract.factory';
import type { EventContract } from './event-contract.interface';
import type { TopicCatalogEntry } from './topic-catalog-entry';

type EventContracts = { readonly [N in EventName]: EventContract<N> };

const contractOf = <N extends EventName>(name: N): EventContract<N> =>
  createEventContract(EVENT_CATALOG[name]);

function buildContracts(): EventContracts {
  const contracts: Partial<Record<EventName, unknown>> = {};
  for (const name of EVENT_NAMES) contracts[name] = contractOf(name);
  return Object.freeze(contracts) as EventContracts;
}

/** Every event contract, by event name, built once from the generated catalog. */
export const EVENT_CONTRACTS: EventContracts = buildContracts();

const TOPICS_BY_NAME: ReadonlyMap<string, TopicCatalogEntry> = new Map(
  TOPIC_CATALOG.map((entry) => [entry.topic, entry]),
);

/**
 * The contract of an event. Throws CONTRACTS.UNKNOWN_EVENT_TYPE for a name outside the catalog,
 * which happens when the name comes from a header written by a newer producer.
 */
export function contractFor<N extends EventName>(name: N): EventContract<N> {
  if (!Object.prototype.hasOwnProperty.call(EVENT_CONTRACTS, name)) {
    throw contractError(
      ContractErrorCode.UnknownEventType,
      `Unknown event type "${String(name)}": it is not in this build's contract catalog. ` +
        'Check the loopline-event-type header, or upgrade @loopline/contracts if the event is new.',
      { eventType: name },
    );
  }
  return EVENT_CONTRACTS[name];
}

/** Every contract, in event-name order. */
export function allContracts(): EventContract[] {
  return EVENT_NAMES.map((name) => EVENT_CONTRACTS[name] as EventContract);
}

/** Every topic of the layout (schemas/topics.json), in topic-name order. */
export function allTopics(): readonly TopicCatalogEntry[] {
  return TOPIC_CATALOG;
}

/** A topic of the layout with the events it carries, or undefined for a topic outside it. */
export function topicEntry(topic: string): TopicCatalogEntry | undefined {
  return TOPICS_BY_NAME.get(topic);
}
