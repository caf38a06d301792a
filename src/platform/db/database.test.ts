import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { DatabaseUnavailableError, openDatabase } from './database.ts';

test('the embedded database is created in the data directory and keeps its data across restarts', async (t) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-db-'));
  t.after(() => rm(dataDir, { recursive: true, force: true }));
  const first = await openDatabase<unknown>({ dataDir });
  await sql`create table notes (text text)`.execute(first.db);
  await sql`insert into notes values ('Aktenvermerk')`.execute(first.db);
  await first.close();
  const second = await openDatabase<unknown>({ dataDir });
  const { rows } = await sql<{ text: string }>`select text from notes`.execute(second.db);
  assert.deepEqual(rows, [{ text: 'Aktenvermerk' }]);
  const { rows: settings } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(second.db);
  assert.equal(settings[0]?.shared_buffers, '16MB');
  await second.close();
});

test('a data directory that cannot be created stops with one clear message', async (t) => {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'rathaus-db-'));
  t.after(() => rm(parent, { recursive: true, force: true }));
  const file = path.join(parent, 'not-a-directory');
  await writeFile(file, 'x');
  await assert.rejects(openDatabase({ dataDir: file }), (error: Error) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.match(error.message, /nicht beschreibbar \/ data directory not writable/);
    return true;
  });
});

test('an unreachable PostgreSQL server stops with one clear message naming the server', async () => {
  await assert.rejects(openDatabase({ databaseUrl: 'postgres://root@127.0.0.1:1/test' }), (error: Error) => {
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.match(error.message, /Datenbank 127\.0\.0\.1:1\/test nicht erreichbar/);
    return true;
  });
});
