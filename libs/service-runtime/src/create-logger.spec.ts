import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { enabledLogLevels } from './create-logger';

describe('enabledLogLevels', () => {
  it('enables the chosen level and every more severe one, mapping info to Nest "log"', () => {
    assert.deepEqual(enabledLogLevels('info'), ['fatal', 'error', 'warn', 'log']);
    assert.deepEqual(enabledLogLevels('fatal'), ['fatal']);
    assert.deepEqual(enabledLogLevels('verbose'), [
      'fatal',
      'error',
      'warn',
      'log',
      'debug',
      'verbose',
    ]);
  });
});
