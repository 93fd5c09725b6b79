import { allContracts, type EventName } from '@loopline/contracts';

/**
 * Every lifecycle event, which leaves out two kinds:
 * - the registry's own audit checkpoints: auditing a checkpoint would move the chain head it
 *   anchors, so each checkpoint would call for another;
 * - events on compacted topics (OnlineFeaturesUpdated): they are state snapshots, re-published
 *   for every entity on every materialization, not decisions to record. What they derive from
 *   (the materialization's FeatureSetMaterialized) is audited; auditing each snapshot would grow
 *   the chain by the number of entities per run.
 */
export const AUDITED_EVENTS = allContracts()
  .filter((contract) => contract.name !== 'AuditCheckpointRecorded' && !contract.compacted)
  .map((contract) => contract.name) as [EventName, ...EventName[]];
