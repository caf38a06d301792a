import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../config.ts';

test('the role mapping names group, role and department number; a typo stops the start', () => {
  const config = loadConfig({
    OIDC_ISSUER: 'https://login.example.de/realms/rathaus',
    OIDC_ROLE_MAPPING: 'rathaus-admin=admin@10, sachbearbeitung-buergerbuero=clerk@32.1',
  });
  assert.deepEqual(config.oidc.roleMapping, [
    { claimValue: 'rathaus-admin', role: 'admin', departmentNumber: '10' },
    { claimValue: 'sachbearbeitung-buergerbuero', role: 'clerk', departmentNumber: '32.1' },
  ]);
  assert.equal(config.oidc.roleClaim, 'roles');
  assert.equal(config.oidc.buttonLabel, 'Mit dem Verwaltungskonto anmelden');
  assert.throws(() => loadConfig({ OIDC_ROLE_MAPPING: 'rathaus-admin=superuser@10' }), /OIDC_ROLE_MAPPING/);
  assert.throws(() => loadConfig({ OIDC_ROLE_MAPPING: 'rathaus-admin' }), /OIDC_ROLE_MAPPING/);
});

test('OIDC is off unless an issuer is set', () => {
  assert.equal(loadConfig({}).oidc.issuer, undefined);
});
