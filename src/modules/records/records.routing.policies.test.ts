import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StaffActor } from '../access/index.ts';
import { mayActOnStep, mayCancelRouting } from './records.routing.policies.ts';

const clerkOf = (id: string, departmentId: string): StaffActor => ({
  kind: 'staff',
  id,
  tenantId: 't',
  displayName: id,
  roles: [{ role: 'clerk', departmentId }],
});

test('a step addressed to a person is theirs, or their substitute’s on their behalf', () => {
  const step = { staffId: 'anna', departmentId: null };
  assert.deepEqual(mayActOnStep(clerkOf('anna', 'd32'), step), { onBehalfOf: null });
  assert.equal(mayActOnStep(clerkOf('ben', 'd32'), step), undefined, 'a colleague of the same department');
  const substitute = {
    ...clerkOf('ben', 'd50'),
    actingFor: [{ staffId: 'anna', displayName: 'Anna', roles: [] }],
  };
  assert.deepEqual(mayActOnStep(substitute, step), { onBehalfOf: 'anna' });
});

test('a step addressed to a department is any clerk’s or head’s of it; other roles and departments are not', () => {
  const step = { staffId: null, departmentId: 'd63' };
  assert.deepEqual(mayActOnStep(clerkOf('lukas', 'd63'), step), { onBehalfOf: null });
  const head: StaffActor = {
    ...clerkOf('maria', 'x'),
    roles: [{ role: 'head_of_department', departmentId: 'd63' }],
  };
  assert.deepEqual(mayActOnStep(head, step), { onBehalfOf: null });
  const treasury: StaffActor = { ...clerkOf('tom', 'x'), roles: [{ role: 'treasury', departmentId: 'd63' }] };
  assert.equal(mayActOnStep(treasury, step), undefined);
  assert.equal(mayActOnStep(clerkOf('ben', 'd32'), step), undefined);
  const covering = {
    ...clerkOf('ben', 'd32'),
    actingFor: [
      { staffId: 'lukas', displayName: 'Lukas', roles: [{ role: 'clerk' as const, departmentId: 'd63' }] },
    ],
  };
  assert.deepEqual(mayActOnStep(covering, step), { onBehalfOf: 'lukas' });
});

test('a routing is cancelled by whoever started it, whom it was started for, or a substitute of either', () => {
  const routing = { initiatedBy: 'ben', initiatedOnBehalfOf: 'anna' };
  assert.deepEqual(mayCancelRouting(clerkOf('ben', 'd'), routing), { onBehalfOf: null });
  assert.deepEqual(mayCancelRouting(clerkOf('anna', 'd'), routing), { onBehalfOf: null });
  assert.equal(mayCancelRouting(clerkOf('carl', 'd'), routing), undefined);
  const substitute = {
    ...clerkOf('carl', 'd'),
    actingFor: [{ staffId: 'ben', displayName: 'Ben', roles: [] }],
  };
  assert.deepEqual(mayCancelRouting(substitute, routing), { onBehalfOf: 'ben' });
});
