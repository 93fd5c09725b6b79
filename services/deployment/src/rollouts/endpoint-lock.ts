import type { EntityManager } from 'typeorm';
import { EndpointRow } from './endpoint.row';

/**
 * The endpoint's row, locked for the caller's transaction (created empty on first use), so rollout
 * starts, steps and rollbacks of one endpoint apply one at a time, whichever instance runs them.
 */
export async function lockEndpoint(
  manager: EntityManager,
  endpointName: string,
  modelName: string,
): Promise<EndpointRow> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(EndpointRow)
    .values({ endpointName, modelName, updatedAt: new Date() })
    .orIgnore()
    .execute();
  return manager
    .getRepository(EndpointRow)
    .createQueryBuilder('endpoint')
    .setLock('pessimistic_write')
    .where('endpoint.endpoint_name = :endpointName', { endpointName })
    .getOneOrFail();
}

/** Saves the endpoint with a new revision and tells every instance to reload it. */
export async function publishEndpoint(
  manager: EntityManager,
  endpoint: EndpointRow,
  channel: string,
): Promise<void> {
  endpoint.revision += 1;
  endpoint.updatedAt = new Date();
  await manager.save(EndpointRow, endpoint);
  // Delivered at commit, so instances never reload a state that was rolled back.
  await manager.query('SELECT pg_notify($1, $2)', [channel, endpoint.endpointName]);
}
