import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { PlatformError } from '@loopline/errors';
import { parseRequestTrainingDto } from './request-training.dto';

function problemsOf(body: unknown): string[] {
  try {
    parseRequestTrainingDto(body);
  } catch (error) {
    assert.ok(error instanceof PlatformError);
    assert.equal(error.code, 'TRAINING.INVALID_TRAINING_REQUEST');
    assert.equal(error.httpStatus, 400);
    return error.details.problems as string[];
  }
  assert.fail('expected the body to be rejected');
}

describe('parseRequestTrainingDto', () => {
  it('accepts a minimal request and fills optional fields', () => {
    const dto = parseRequestTrainingDto({ modelName: 'flight-delay', reason: 'weekly' });
    assert.deepEqual(dto, {
      modelName: 'flight-delay',
      reason: 'weekly',
      featureViewName: null,
      featureViewVersion: null,
      featureSetId: null,
      configOverrides: {},
    });
  });

  it('names every problem of a bad body at once', () => {
    const problems = problemsOf({
      modelName: 'Flight Delay',
      featureViewVersion: 0,
      configOverrides: { lr: 1 },
      colour: 'red',
    });
    assert.deepEqual(problems, [
      "unknown field 'colour'",
      "modelName must be kebab-case, 1-63 characters (got 'Flight Delay')",
      'featureViewVersion must be a positive integer or null',
      'configOverrides must map dotted config paths to string values, e.g. {"optimizer.learningRate": "0.001"}',
      'reason is required',
    ]);
  });

  it('refuses requestedBy, which is the authenticated principal, saying so', () => {
    const problems = problemsOf({ modelName: 'flight-delay', reason: 'weekly', requestedBy: 'x' });
    assert.equal(problems.length, 1);
    assert.match(problems[0], /requestedBy .*principal of the bearer token; remove the field/);
  });

  it('rejects a body that is not an object', () => {
    assert.equal(problemsOf([1, 2]).length, 1);
  });
});
