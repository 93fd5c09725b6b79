import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { ContractErrorCode } from '../errors/contract-error-code';
import { EVENT_NAMES, type EventName } from '../generated';
import { readSample } from '../spec-support/contracts-fixtures';
import {
  EVENT_CONTRACTS,
  allContracts,
  allTopics,
  contractFor,
  topicEntry,
} from './event-contracts';

/** The lifecycle events the platform design requires (DESIGN.md, services table). */
const REQUIRED_EVENTS = [
  'DataBatchSubmitted',
  'DatasetVersionCreated',
  'DatasetRejected',
  'GroundTruthObserved',
  'FeatureViewRegistered',
  'FeatureSetMaterialized',
  'TrainingRequested',
  'TrainingRunStarted',
  'TrainingEpochCompleted',
  'ModelTrained',
  'TrainingFailed',
  'ModelGatePassed',
  'ModelGateFailed',
  'ModelVersionRegistered',
  'ModelAliasAssigned',
  'PromotionApproved',
  'PromotionRejected',
  'RollbackRequested',
  'RolloutStarted',
  'RolloutStepCompleted',
  'RolloutCompleted',
  'RolloutRolledBack',
  'PredictionsLogged',
  'DriftDetected',
  'PerformanceDegraded',
  'MonitoringWindowSummarized',
];

describe('event contracts', () => {
  it('cover every event of the design', () => {
    for (const name of REQUIRED_EVENTS) assert.ok(EVENT_NAMES.includes(name as EventName), name);
    assert.equal(allContracts().length, EVENT_NAMES.length);
  });

  it('publish each event on the one topic of its aggregate in schemas/topics.json', () => {
    assert.equal(contractFor('DatasetVersionCreated').topic, 'loopline.dataset-versions');
    for (const name of ['RolloutStarted', 'RolloutStepCompleted', 'RolloutRolledBack'] as const)
      assert.equal(contractFor(name).topic, 'loopline.rollouts');
    for (const name of ['TrainingRunStarted', 'TrainingEpochCompleted', 'ModelTrained'] as const)
      assert.equal(contractFor(name).topic, 'loopline.training-runs');
    const listed = allTopics().flatMap((entry) => entry.events);
    assert.deepEqual(
      [...listed].sort(),
      [...EVENT_NAMES].sort(),
      'every event on exactly one topic',
    );
    for (const entry of allTopics()) {
      assert.match(entry.topic, /^loopline\.[a-z]+(-[a-z]+)*$/);
      for (const name of entry.events) {
        assert.equal(contractFor(name).topic, entry.topic);
        assert.equal(contractFor(name).keyField, entry.keyField, `${name} keyed like its topic`);
      }
    }
  });

  it('find a topic of the layout with its events, and nothing for a foreign topic', () => {
    assert.deepEqual(topicEntry('loopline.model-evaluations')?.events, [
      'ModelGatePassed',
      'ModelGateFailed',
    ]);
    assert.equal(topicEntry('loopline.no-such-topic'), undefined);
  });

  it('key each message by its aggregate id', () => {
    assert.equal(contractFor('DatasetVersionCreated').keyField, 'datasetName');
    assert.equal(contractFor('ModelTrained').keyField, 'modelName');
    for (const contract of allContracts()) {
      const sample = readSample(contract.name);
      assert.equal(contract.keyOf(sample as never), sample[contract.keyField], contract.name);
    }
  });

  it('carry an 8-byte fingerprint and its hex', () => {
    for (const contract of allContracts()) {
      assert.equal(contract.fingerprint.length, 8);
      assert.equal(contract.fingerprintHex, contract.fingerprint.toString('hex'));
    }
  });

  it('throw CONTRACTS.UNKNOWN_EVENT_TYPE for an unknown name, inherited properties included', () => {
    for (const name of ['DatasetVersionDeleted', 'toString', '__proto__']) {
      assert.throws(
        () => contractFor(name as EventName),
        (error: unknown) =>
          error instanceof PlatformError && error.code === ContractErrorCode.UnknownEventType,
      );
    }
  });

  it('cannot be changed at run time', () => {
    assert.ok(Object.isFrozen(EVENT_CONTRACTS));
    assert.ok(Object.isFrozen(EVENT_CONTRACTS.ModelTrained));
  });
});
