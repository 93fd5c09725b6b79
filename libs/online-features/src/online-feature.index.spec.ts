import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type OnlineFeatureEntry, toOnlineFeatureEntry } from './online-feature-entry';
import { OnlineFeatureIndex } from './online-feature.index';
import { onlineFeatureKey } from './online-feature-key';

function entry(entity: string, version: number, mean: number | null): OnlineFeatureEntry {
  return toOnlineFeatureEntry({
    featureKey: onlineFeatureKey('flight-delay', version, entity),
    featureViewName: 'flight-delay',
    featureViewVersion: version,
    entity,
    values: [
      { name: 'dep_delay_mean_7d', value: mean },
      { name: 'constructor', value: 1 },
    ],
    asOf: 1_000,
    featureSetId: 'set-1',
    datasetVersionId: 'dv-1',
    updatedAt: 2_000,
  });
}

describe('OnlineFeatureIndex', () => {
  it('finds an entry by view, version and entity, and by its featureKey', () => {
    const index = new OnlineFeatureIndex();
    const sea = entry('SEA', 3, 12.5);
    index.put(sea);
    index.put(entry('SEA', 4, 9));
    assert.equal(index.size, 2);
    assert.equal(index.get('flight-delay', 3, 'SEA'), sea);
    assert.equal(index.getByKey('flight-delay@3/SEA'), sea);
    assert.equal(index.get('flight-delay', 4, 'SEA')?.values['dep_delay_mean_7d'], 9);
    assert.equal(index.get('flight-delay', 5, 'SEA'), undefined);
    assert.equal(index.get('other-view', 3, 'SEA'), undefined);
  });

  it('replaces the entry of a featureKey whole', () => {
    const index = new OnlineFeatureIndex();
    index.put(entry('SEA', 3, 12.5));
    const newer = entry('SEA', 3, null);
    index.put(newer);
    assert.equal(index.size, 1);
    assert.equal(index.get('flight-delay', 3, 'SEA'), newer);
    assert.equal(newer.values['dep_delay_mean_7d'], null, 'null means no value');
  });

  it('removes a key and the maps it leaves empty', () => {
    const index = new OnlineFeatureIndex();
    index.put(entry('SEA', 3, 1));
    assert.equal(index.remove('flight-delay@3/SEA'), true);
    assert.equal(index.remove('flight-delay@3/SEA'), false);
    assert.equal(index.size, 0);
    assert.equal(index.get('flight-delay', 3, 'SEA'), undefined);
    index.put(entry('PDX', 3, 2));
    assert.equal(index.get('flight-delay', 3, 'PDX')?.values['dep_delay_mean_7d'], 2);
  });

  it('serves frozen values without a prototype, so any feature name reads as itself', () => {
    const { values } = entry('SEA', 3, 1);
    assert.ok(Object.isFrozen(values));
    assert.equal(values['constructor'], 1);
    assert.equal(values['toString'], undefined);
  });
});
