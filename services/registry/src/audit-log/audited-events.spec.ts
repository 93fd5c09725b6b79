import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { allContracts } from '@loopline/contracts';
import { AUDITED_EVENTS } from './audited-events';

describe('audited events', () => {
  it('are every lifecycle event, failures included', () => {
    for (const name of [
      'TrainingRequested',
      'FeatureSetMaterialized',
      'FeatureSetMaterializationFailed',
    ])
      assert.ok(AUDITED_EVENTS.includes(name as never), name);
  });

  it('leave out the audit checkpoints, which would move the head they anchor', () => {
    assert.equal(AUDITED_EVENTS.includes('AuditCheckpointRecorded'), false);
  });

  it('leave out the state snapshots of compacted topics', () => {
    const snapshots = allContracts().filter((contract) => contract.compacted);
    assert.deepEqual(
      snapshots.map((contract) => contract.name),
      ['OnlineFeaturesUpdated'],
    );
    for (const { name } of snapshots) assert.equal(AUDITED_EVENTS.includes(name), false, name);
    assert.equal(AUDITED_EVENTS.length, allContracts().length - 1 - snapshots.length);
  });
});
