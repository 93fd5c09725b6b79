import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { grants, isRole, ROLES } from './roles';

describe('grants', () => {
  it('lets admin do everything', () => {
    for (const role of ROLES) assert.equal(grants(['admin'], role), true, role);
  });

  it('lets operator and approver look, but not act for each other', () => {
    assert.equal(grants(['operator'], 'viewer'), true);
    assert.equal(grants(['approver'], 'viewer'), true);
    assert.equal(grants(['approver'], 'operator'), false);
    assert.equal(grants(['operator'], 'approver'), false);
    assert.equal(grants(['operator'], 'admin'), false);
  });

  it('lets viewer only look', () => {
    assert.deepEqual(
      ROLES.filter((role) => grants(['viewer'], role)),
      ['viewer'],
    );
  });

  it('grants what any held role includes, and nothing to nobody', () => {
    assert.equal(grants(['viewer', 'approver'], 'approver'), true);
    assert.equal(grants(['operator', 'approver'], 'admin'), false);
    assert.equal(grants([], 'viewer'), false);
  });
});

describe('isRole', () => {
  it('accepts exactly the roles', () => {
    assert.deepEqual(
      ['viewer', 'operator', 'approver', 'admin', 'Admin', 'root', '', 1, null].filter(isRole),
      ['viewer', 'operator', 'approver', 'admin'],
    );
  });
});
