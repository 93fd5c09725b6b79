import type { IdempotentOutcome } from './idempotent-outcome';

/** The response header that tells a client it received a stored response. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** The part of an HTTP response (Express or Fastify reply) this needs. */
export interface HeaderWritable {
  header(name: string, value: string): unknown;
}

/**
 * Marks a replay with `Idempotent-Replayed: true` and returns the body to send. The status needs
 * no help: only successful responses are stored, with the route's own status, which Nest applies
 * to the replay too. Use with `@Res({ passthrough: true })`.
 */
export function markReplayedResponse<T>(
  response: HeaderWritable,
  outcome: IdempotentOutcome<T>,
): T {
  if (outcome.replayed) response.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
  return outcome.body;
}
