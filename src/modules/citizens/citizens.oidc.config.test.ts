import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../config.ts';

test('BundID is off unless an issuer is set; the defaults name the acr claim and know the STORK and eIDAS levels', () => {
  const { citizenOidc } = loadConfig({});
  assert.equal(citizenOidc.issuer, undefined);
  assert.equal(citizenOidc.label, 'BundID');
  assert.equal(citizenOidc.levelClaim, 'acr');
  assert.equal(citizenOidc.scopes, 'openid profile email');
  assert.equal(citizenOidc.levelMapping['STORK-QAA-Level-1'], 'basic');
  assert.equal(citizenOidc.levelMapping['STORK-QAA-Level-3'], 'substantial');
  assert.equal(citizenOidc.levelMapping['STORK-QAA-Level-4'], 'high');
  assert.equal(citizenOidc.levelMapping['http://eidas.europa.eu/LoA/substantial'], 'substantial');
  assert.equal(Object.hasOwn(citizenOidc.levelMapping, 'toString'), false);
});

test('the level mapping takes value=level pairs (values may be URIs); a typo stops the start', () => {
  const { citizenOidc } = loadConfig({
    CITIZEN_OIDC_LEVEL_MAPPING: 'urn:example:loa:2=substantial, urn:example:loa:3 = high',
    CITIZEN_OIDC_SCOPES: 'openid  profile address',
  });
  assert.deepEqual(citizenOidc.levelMapping, {
    'urn:example:loa:2': 'substantial',
    'urn:example:loa:3': 'high',
  });
  assert.equal(citizenOidc.scopes, 'openid profile address');
  assert.throws(
    () => loadConfig({ CITIZEN_OIDC_LEVEL_MAPPING: 'STORK-QAA-Level-3=substanziell' }),
    /CITIZEN_OIDC_LEVEL_MAPPING/,
  );
  assert.throws(() => loadConfig({ CITIZEN_OIDC_LEVEL_MAPPING: 'high' }), /CITIZEN_OIDC_LEVEL_MAPPING/);
  assert.throws(() => loadConfig({ CITIZEN_OIDC_SCOPES: 'profile email' }), /CITIZEN_OIDC_SCOPES/);
});
