import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { canonicalContractJson, dataContractSha256 } from './canonical-contract-json';
import { parseDataContract } from './parse-data-contract';

describe('canonicalContractJson', () => {
  const written = {
    dataset: 'weather',
    version: 1,
    columns: [{ name: 'day', type: 'date' }],
    rules: [{ rule: 'row_count', min: 1 }],
  };

  it('gives the same text and hash however the same contract is spelt', () => {
    const spelt = {
      rules: [{ severity: 'error', min: 1, rule: 'row_count' }],
      additionalColumns: 'reject',
      columns: [{ type: 'date', required: true, nullable: true, name: 'day' }],
      version: 1,
      dataset: 'weather',
    };
    const a = parseDataContract(written);
    const b = parseDataContract(spelt);
    assert.equal(canonicalContractJson(a), canonicalContractJson(b));
    assert.equal(dataContractSha256(a), dataContractSha256(b));
    assert.match(dataContractSha256(a), /^[0-9a-f]{64}$/);
    assert.ok(canonicalContractJson(a).startsWith('{"additionalColumns":"reject","columns":[{'));
  });

  it('changes with any change of promise, including the order of columns', () => {
    const base = dataContractSha256(parseDataContract(written));
    const widened = parseDataContract({ ...written, rules: [{ rule: 'row_count', min: 0 }] });
    const reordered = parseDataContract({
      ...written,
      columns: [
        { name: 'b', type: 'string' },
        { name: 'a', type: 'string' },
      ],
    });
    const swapped = parseDataContract({
      ...written,
      columns: [
        { name: 'a', type: 'string' },
        { name: 'b', type: 'string' },
      ],
    });
    assert.notEqual(dataContractSha256(widened), base);
    assert.notEqual(dataContractSha256(reordered), dataContractSha256(swapped));
  });
});
