import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { ServiceWorld, TEST_PRINCIPALS } from '@loopline/testing';
import { TrainingTestWorld } from '../test-support/training-test-world';

describe('training requests are made by an operator, who is recorded as requestedBy', () => {
  let world: ServiceWorld;

  before(async () => {
    // Training alone: a request needs no data to be accepted or refused.
    world = await new ServiceWorld('training-requests-it').start(
      [TrainingTestWorld.trainingService()],
      ['TrainingRequested'],
    );
  });
  after(() => world?.close());

  const ask = (reason: string, headers: Record<string, string> = {}, extra = {}) =>
    world.request(
      'training',
      'POST',
      '/training-requests',
      { modelName: 'seattle-weather', reason, ...extra },
      headers,
    );

  it('refuses a viewer with 403 and publishes nothing; accepts an operator, recorded by name', async () => {
    const viewer = await ask('asked by a viewer', TEST_PRINCIPALS.viewer.headers);
    assert.equal(viewer.status, 403);
    assert.equal(viewer.body.code, 'AUTH.MISSING_ROLE');
    assert.equal(viewer.body.details.required, 'operator');
    const anonymous = await ask('asked by nobody', { authorization: '' });
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'AUTH.MISSING_TOKEN');

    const operator = await ask('asked by an operator', TEST_PRINCIPALS.operator.headers);
    assert.equal(operator.status, 202, JSON.stringify(operator.body));
    const event = await world.waitForEvent(
      'TrainingRequested',
      (payload) => payload.requestId === operator.body.requestId,
    );
    assert.equal(event.payload.requestedBy, TEST_PRINCIPALS.operator.name);
    // The topic is this world's own and keyed by model: the refused requests would precede it.
    assert.deepEqual(
      world.eventsOf('TrainingRequested').map((each) => each.payload.reason),
      ['asked by an operator'],
    );
  });

  it('refuses a body that tries to name who asked, with a 400 saying why', async () => {
    const named = await ask('asked for someone else', {}, { requestedBy: 'someone-else' });
    assert.equal(named.status, 400);
    assert.equal(named.body.code, 'TRAINING.INVALID_TRAINING_REQUEST');
    assert.match(named.body.message, /principal of the bearer token/);
  });
});
