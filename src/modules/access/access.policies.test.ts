import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasPermission, permissions, type Permission } from './access.policies.ts';
import type { ApiClientActor, StaffActor } from './access.types.ts';

const tenantId = '00000000-0000-4000-8000-000000000001';
const departmentId = '00000000-0000-4000-8000-000000000002';

function apiClient(scopes: string[]): ApiClientActor {
  return { kind: 'api_client', id: 'c', tenantId, name: 'System', scopes };
}
const admin: StaffActor = {
  kind: 'staff',
  id: 's',
  tenantId,
  displayName: 'Admin',
  roles: [{ role: 'admin', departmentId }],
};

test('an API client holds a permission only through a scope that grants it, or one open to every client', () => {
  assert.equal(hasPermission(apiClient([]), 'api.me'), true);
  assert.equal(hasPermission(apiClient([]), 'operations.read'), false);
  assert.equal(hasPermission(apiClient(['operations.read']), 'operations.read'), true);
  // A scope named like a staff permission grants nothing: only the declared scopes count.
  assert.equal(hasPermission(apiClient(['staff.area', 'platform.operate']), 'staff.area'), false);
});

test('no scope reaches a page for people: staff area, operations pages, API client administration', () => {
  const everyScope = apiClient(['operations.read']);
  for (const permission of ['staff.area', 'platform.operate', 'identity.manage_api_clients'] as Permission[])
    assert.equal(hasPermission(everyScope, permission), false, permission);
});

test('staff keep their permissions through roles, whatever the scopes say', () => {
  // Citizen-only permissions (the Bürgerkonto) are no staff matter, not even an administrator's; and
  // the IT administration reads the E-Akte but does not write into the departments' files, nor does it
  // decide citizens' applications or do the departments' work (dog tax, Fundbüro, invoices); invoices are
  // submitted by other systems only.
  const notForAdministrators: Permission[] = [
    'records.write',
    'portal.work_applications',
    'dogtax.work',
    'lostfound.work',
    'invoices.work',
    'invoices.submit',
    'invoices.manage',
  ];
  for (const permission of Object.keys(permissions) as Permission[])
    assert.equal(
      hasPermission(admin, permission),
      !('citizens' in permissions[permission]) && !notForAdministrators.includes(permission),
      permission,
    );
  assert.equal(
    hasPermission({ ...admin, roles: [{ role: 'clerk', departmentId }] }, 'identity.manage_api_clients'),
    false,
  );
});

test('a citizen holds exactly the citizen permissions, and a staff role never gives them', () => {
  const citizen = {
    kind: 'citizen' as const,
    id: 'c',
    tenantId,
    displayName: 'Erika',
    trustLevel: 'basic' as const,
  };
  for (const permission of Object.keys(permissions) as Permission[])
    assert.equal(hasPermission(citizen, permission), 'citizens' in permissions[permission], permission);
  assert.equal(hasPermission(admin, 'citizen.account'), false);
});
