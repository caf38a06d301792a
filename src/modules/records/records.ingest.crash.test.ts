// An upload is committed completely (blob + rows + audit) or not at all, even when the server dies:
// the real `rathaus serve` runs as a child process, takes many uploads at once, is killed with SIGKILL
// in the middle, starts again, and after the cleanup no row lacks its content or audit entry and no
// blob lacks a row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { runMigrations } from '../../migrations/index.ts';
import { createFsBlobStore, removeStaleTempFiles } from '../../platform/blobs/fs-blob-store.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { seedDemo } from '../../seed.ts';
import { DEMO_PASSWORD } from '../../test-app.ts';
import { letterLines, textPdf } from './fixtures/records.fixtures.ts';
import { multipartBody, people, seedCase } from './records.documents.test-fixtures.ts';
import { collectUnreferencedBlobs } from './records.ingest.blobs.ts';

const bin = fileURLToPath(new URL('../../../bin/rathaus.js', import.meta.url));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Where the server keeps its data: a PGlite directory, or a fresh database on TEST_DATABASE_URL. */
async function createStore(dataDir: string) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl)
    return {
      env: {} as Record<string, string>,
      open: () => openDatabase<unknown>({ dataDir }),
      drop: async () => {},
    };
  const name = `rathaus_crash_${randomUUID().replaceAll('-', '')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  await sql.raw(`create database ${name}`).execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() } as Record<string, string>,
    open: () => openDatabase<unknown>({ databaseUrl: url.toString(), poolSize: 2 }),
    drop: async () => {
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function waitReady(base: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Signs in like a browser: CSRF cookie and token from the form, then the session cookie. */
async function signIn(base: string, email: string) {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      cookies.set(name!, value ?? '');
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const form = await fetch(`${base}/intern/anmelden`, { headers: { accept: 'text/html' } });
  keep(form);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const login = await fetch(`${base}/intern/anmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookieHeader(),
      accept: 'text/html',
    },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD, _csrf: csrf }).toString(),
  });
  keep(login);
  assert.equal(login.status, 303);
  return { cookie: cookieHeader(), csrf };
}

test(
  'uploads cut off by a server crash leave no orphan rows and, after cleanup, no unreferenced blobs',
  { timeout: 300_000 },
  async (t) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rathaus-crash-'));
    const store = await createStore(dataDir);
    t.after(async () => {
      await store.drop();
      await rm(dataDir, { recursive: true, force: true });
    });
    // Prepare the town and one case, then hand the database to the server.
    const setup = await store.open();
    await runMigrations(setup.db);
    const { tenant } = await seedDemo(setup.db);
    const { caseId } = await seedCase(setup.db, tenant.id, { department: '32.1' });
    await setup.close();

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const tmp = path.join(dataDir, 'tmp');
    await mkdir(tmp);
    // TMPDIR: the upload staging directory lands in this test's folder.
    const env = {
      ...store.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'silent',
      JOBS_IN_PROCESS: 'false',
      TMPDIR: tmp,
    };
    let server = startServer(env);
    t.after(() => {
      server.kill('SIGKILL');
    });
    await waitReady(base, server);
    const session = await signIn(base, people.clerk);

    // Eight clients upload one after another, each a PDF and a few MB of text, all at once.
    let completed = 0;
    let failed = 0;
    let resolveEnough!: () => void;
    const enough = new Promise<void>((resolve) => (resolveEnough = resolve));
    const client = async (number: number) => {
      for (let round = 0; round < 20; round += 1) {
        const { body, contentType } = multipartBody([
          {
            name: 'dateien',
            file: {
              fileName: `brief-${number}-${round}.pdf`,
              content: textPdf([[...letterLines, `Nr. ${number}/${round}`]]),
            },
          },
          {
            name: 'dateien',
            file: {
              fileName: `protokoll-${number}-${round}.txt`,
              content: Buffer.from(randomBytes(1536 * 1024).toString('base64')),
            },
          },
        ]);
        try {
          const response = await fetch(
            `${base}/intern/vorgaenge/${caseId}/dokumente/neu?_csrf=${encodeURIComponent(session.csrf)}`,
            {
              method: 'POST',
              headers: { cookie: session.cookie, 'content-type': contentType, accept: 'text/html' },
              body,
            },
          );
          await response.text();
          assert.equal(response.status, 200);
          completed += 1;
          if (completed === 6) resolveEnough();
        } catch {
          failed += 1;
          return;
        }
      }
    };
    const clients = Array.from({ length: 8 }, (_, number) => client(number));
    await enough;
    server.kill('SIGKILL');
    await Promise.all(clients);
    await exited(server);
    assert.ok(failed > 0, 'the crash cut off uploads in flight');

    // The server starts again on the same data, and serves.
    server = startServer(env);
    await waitReady(base, server);
    server.kill('SIGTERM');
    await exited(server);

    const database = await store.open();
    t.after(() => database.close());
    const blobs = createFsBlobStore({ directory: path.join(dataDir, 'blobs') });
    const sweep = await collectUnreferencedBlobs({
      db: database.db,
      blobs,
      graceMs: 0,
      now: new Date(Date.now() + 1000),
    });
    t.diagnostic(
      `${completed} uploads done, ${failed} cut off; cleanup: ${sweep.staleClaims} claims, ${sweep.deletedBlobs.length} blobs`,
    );
    await removeStaleTempFiles(path.join(dataDir, 'blobs'), 0);

    const facts = await withTenant(database.db, tenant.id, async (trx) => ({
      versions: (
        await sql<{ sha256: string; rendition: string | null }>`select content_sha256 as sha256,
      rendition_sha256 as rendition from records_document_versions`.execute(trx)
      ).rows,
      documentsWithoutVersion: (
        await sql<{ id: string }>`select d.id from records_documents d
      where not exists (select 1 from records_document_versions v where v.document_id = d.id and v.version = d.current_version)`.execute(
          trx,
        )
      ).rows,
      documentsWithoutAudit: (
        await sql<{ id: string }>`select d.id from records_documents d where not exists
      (select 1 from audit_entries a where a.object_id = d.id::text and a.action = 'records.document_added')`.execute(
          trx,
        )
      ).rows,
      auditWithoutDocument: (
        await sql<{ id: string }>`select a.object_id as id from audit_entries a
      where a.action = 'records.document_added' and not exists (select 1 from records_documents d where d.id::text = a.object_id)`.execute(
          trx,
        )
      ).rows,
    }));
    const claims = (
      await sql<{ n: string }>`select count(*) as n from records_blob_claims`.execute(database.db)
    ).rows[0]!;
    assert.ok(facts.versions.length >= 12, `some uploads committed (${facts.versions.length})`);
    assert.deepEqual(facts.documentsWithoutVersion, []);
    assert.deepEqual(facts.documentsWithoutAudit, []);
    assert.deepEqual(facts.auditWithoutDocument, []);
    assert.equal(Number(claims.n), 0);

    const referenced = new Set(
      facts.versions.flatMap((version) => [version.sha256, version.rendition]).filter(Boolean),
    );
    for (const sha256 of referenced)
      assert.ok(await blobs.has(sha256!), `content ${sha256} of a version is in the store`);
    const stored = await blobFiles(path.join(dataDir, 'blobs'));
    assert.deepEqual(
      stored.filter((sha256) => !referenced.has(sha256)),
      [],
      'no blob without a version',
    );
    assert.deepEqual(await readdir(path.join(dataDir, 'blobs', 'tmp')).catch(() => []), []);
  },
);

async function blobFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const first of await readdir(root)) {
    if (!/^[0-9a-f]{2}$/.test(first)) continue;
    for (const second of await readdir(path.join(root, first)))
      for (const name of await readdir(path.join(root, first, second))) found.push(name);
  }
  return found;
}
