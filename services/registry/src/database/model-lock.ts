import type { EntityManager } from 'typeorm';

/**
 * Serialises every change to one model's versions, aliases and stages until the transaction
 * ends: event projections and HTTP decisions on the same model take turns, so a version number
 * is never given twice and an alias never moves from a state someone else just changed.
 */
export async function lockModel(manager: EntityManager, modelName: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `loopline-registry-model:${modelName}`,
  ]);
}
