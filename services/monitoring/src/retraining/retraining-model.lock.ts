import type { EntityManager } from 'typeorm';
import { RetrainingModelRow } from './database';

/**
 * The model's retraining row, locked for the caller's transaction (created on first use), so
 * decisions about one model apply one at a time whichever instance makes them.
 */
export async function lockRetrainingModel(
  manager: EntityManager,
  modelName: string,
): Promise<RetrainingModelRow> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(RetrainingModelRow)
    .values({ modelName, updatedAt: new Date() })
    .orIgnore()
    .execute();
  return manager
    .getRepository(RetrainingModelRow)
    .createQueryBuilder('model')
    .setLock('pessimistic_write')
    .where('model.model_name = :modelName', { modelName })
    .getOneOrFail();
}
