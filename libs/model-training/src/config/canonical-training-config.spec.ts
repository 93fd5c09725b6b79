import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { TrainingConfig } from './training-config';
import { canonicalTrainingConfigJson, trainingConfigSha256 } from './canonical-training-config';
import { flights, REMOVE, shippedJson } from './training-config-fixtures';

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).reverse();
  return Object.fromEntries(entries.map(([key, item]) => [key, reversedKeys(item)]));
}

const asConfig = (json: unknown) => json as TrainingConfig;

describe('canonical training configuration', () => {
  it('sorts keys and keeps the layer order', () => {
    const json = canonicalTrainingConfigJson(asConfig(shippedJson('seattle-weather')));
    assert.ok(json.startsWith('{"autoTrain":true,"description":'));
    const layers = JSON.parse(json).model.hiddenLayers as { units: number }[];
    assert.deepEqual(
      layers.map((layer) => layer.units),
      [32, 16],
    );
  });

  it('gives the same hash whatever the key order', () => {
    const config = shippedJson('flights-delay');
    assert.equal(
      trainingConfigSha256(asConfig(reversedKeys(config))),
      trainingConfigSha256(asConfig(config)),
    );
    assert.match(trainingConfigSha256(asConfig(config)), /^[0-9a-f]{64}$/);
  });

  it('gives the same hash whether a default is written out or left implicit', () => {
    const implicit = flights({ 'model.hiddenLayers[1].l2': REMOVE, 'optimizer.momentum': REMOVE });
    assert.equal(
      trainingConfigSha256(asConfig(implicit)),
      trainingConfigSha256(asConfig(flights())),
    );
  });

  it('gives another hash when a hyperparameter changes', () => {
    assert.notEqual(
      trainingConfigSha256(asConfig(flights({ 'training.epochs': 9 }))),
      trainingConfigSha256(asConfig(flights())),
    );
  });
});
