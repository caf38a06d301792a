// Who works the Fundbüro's register: a role with lostfound.work in its department or a department above.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StaffActor, StaffRole } from '../access/index.ts';
import { departmentAndAbove, worksOffice } from './lostfound.policies.ts';

// The demo town's tree: 32 Ordnungsamt above 32.1 Bürgerbüro; 50 Sozialamt beside them.
const departments = [
  { id: 'd32', parentId: null },
  { id: 'd32.1', parentId: 'd32' },
  { id: 'd50', parentId: null },
];

const person = (roles: [StaffRole, string][], actingFor: [StaffRole, string][] = []): StaffActor => ({
  kind: 'staff',
  id: 's',
  tenantId: 't',
  displayName: 'S',
  roles: roles.map(([role, departmentId]) => ({ role, departmentId })),
  ...(actingFor.length > 0
    ? {
        actingFor: [
          {
            staffId: 'absent',
            displayName: 'A',
            roles: actingFor.map(([role, departmentId]) => ({ role, departmentId })),
          },
        ],
      }
    : {}),
});

test('the clerk of the Bürgerbüro and the head of the Ordnungsamt above it work its register', () => {
  assert.equal(worksOffice(person([['clerk', 'd32.1']]), 'd32.1', departments), true);
  assert.equal(worksOffice(person([['head_of_department', 'd32']]), 'd32.1', departments), true);
});

test('a clerk of the Sozialamt does not, nor does a role below the office or without lostfound.work', () => {
  assert.equal(worksOffice(person([['clerk', 'd50']]), 'd32.1', departments), false);
  // The office run by the Ordnungsamt itself: the Bürgerbüro below it does not see its finds.
  assert.equal(worksOffice(person([['clerk', 'd32.1']]), 'd32', departments), false);
  assert.equal(worksOffice(person([['records_manager', 'd32.1']]), 'd32.1', departments), false);
});

test('a substitute works the register with the absent clerk’s role', () => {
  assert.equal(worksOffice(person([['clerk', 'd50']], [['clerk', 'd32.1']]), 'd32.1', departments), true);
});

test('the chain upwards ends at the root, and at a cycle in a broken tree', () => {
  assert.deepEqual(departmentAndAbove('d32.1', departments), ['d32.1', 'd32']);
  const cyclic = [
    { id: 'a', parentId: 'b' },
    { id: 'b', parentId: 'a' },
  ];
  assert.deepEqual(departmentAndAbove('a', cyclic), ['a', 'b']);
});
