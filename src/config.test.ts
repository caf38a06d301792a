import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from './config.ts';

test('defaults give the embedded installation: port 3000, ./data, PGlite', () => {
  const config = loadConfig({});
  assert.equal(config.http.port, 3000);
  assert.equal(config.core.dataDir, './data');
  assert.equal(config.db.databaseUrl, undefined);
});

test('an invalid value stops with a message that names the variable and what is wrong', () => {
  assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT: "abc" ist keine ganze Zahl/);
  assert.throws(() => loadConfig({ PORT: '70000' }), /PORT: 70000 liegt nicht zwischen 0 und 65535/);
  assert.throws(
    () => loadConfig({ DATABASE_URL: 'mysql://x' }),
    /DATABASE_URL: Protokoll mysql: nicht erlaubt/,
  );
  assert.throws(() => loadConfig({ BLOB_DRIVER: 'ftp' }), /BLOB_DRIVER: "ftp" ist nicht erlaubt/);
});
