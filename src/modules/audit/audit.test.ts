import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { GENESIS_HASH, hashEntry } from './audit.hash.ts';
import type { AuditTables } from './audit.tables.ts';
import { auditCommand, createAuditTrail, verifyAuditChain, type AuditEvent } from './index.ts';

async function setup(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenants = createTenantsRepository({ db: handle.db as Kysely<PlatformTables> });
  const tenantA = await tenants.upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [],
  });
  const tenantB = await tenants.upsert({ slug: 'burscheid', name: 'Stadt Burscheid', hosts: [] });
  const db = handle.db as Kysely<AuditTables>;
  let tick = Date.parse('2026-03-02T08:00:00.123Z');
  const audit = createAuditTrail({ now: () => new Date((tick += 1000)) });
  const event = (n: number): AuditEvent => ({
    actor: { type: 'staff', id: `staff-${n}` },
    action: 'records.file_opened',
    object: { type: 'file', id: `file-${n}` },
    summary: { n, title: `Akte ${n}`, nested: { z: 1, a: [true, null, 'ä'] } },
  });
  const appendMany = async (tenantId: string, count: number) => {
    const appended = [];
    for (let n = 1; n <= count; n++)
      appended.push(await withTenant(db, tenantId, (trx) => audit.append(trx, event(n))));
    return appended;
  };
  /** As the connecting superuser, past the trigger: what an intruder with database access could do. */
  const behindTheAppsBack = (statement: ReturnType<typeof sql>) =>
    db.transaction().execute(async (trx) => {
      await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(trx);
      await statement.execute(trx);
      await sql`alter table audit_entries enable trigger audit_entries_append_only`.execute(trx);
    });
  return { db, rawDb: handle.db, audit, event, appendMany, behindTheAppsBack, tenantA, tenantB };
}

test('entries of each municipality form their own chain 1, 2, 3 … from 64 zeros, and it verifies', async (t) => {
  const { db, rawDb, appendMany, tenantA, tenantB } = await setup(t);
  const a = await appendMany(tenantA.id, 7);
  const b = await appendMany(tenantB.id, 3);
  assert.deepEqual(
    a.map((e) => e.seq),
    ['1', '2', '3', '4', '5', '6', '7'],
  );
  assert.deepEqual(
    b.map((e) => e.seq),
    ['1', '2', '3'],
  );
  const rows = await withTenant(db, tenantA.id, (trx) =>
    trx.selectFrom('audit_entries').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute(),
  );
  assert.equal(rows[0]!.prev_hash, GENESIS_HASH);
  for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);

  assert.deepEqual(await verifyAuditChain({ db: rawDb }), { ok: true, entries: 10 });
  // Small batches walk the same chain (keyset paging across batch borders).
  assert.deepEqual(await verifyAuditChain({ db: rawDb, tenantId: tenantA.id, batchSize: 2 }), {
    ok: true,
    entries: 7,
  });
});

test('an entry whose summary was changed behind the application’s back is named by its number', async (t) => {
  const { rawDb, appendMany, behindTheAppsBack, tenantA } = await setup(t);
  const entries = await appendMany(tenantA.id, 6);
  const victim = entries[3]!;
  await behindTheAppsBack(
    sql`update audit_entries set summary = jsonb_set(summary, '{title}', '"Akte 99"') where id = ${victim.id}`,
  );
  const result = await verifyAuditChain({ db: rawDb, batchSize: 2 });
  assert.deepEqual(result, {
    ok: false,
    tenantId: tenantA.id,
    seq: '4',
    entryId: victim.id,
    reason: 'hash_mismatch',
    entries: 3,
  });
});

test('a deleted entry in the middle shows as a gap at the entry after it', async (t) => {
  const { rawDb, appendMany, behindTheAppsBack, tenantA } = await setup(t);
  const entries = await appendMany(tenantA.id, 5);
  await behindTheAppsBack(sql`delete from audit_entries where id = ${entries[2]!.id}`);
  const result = await verifyAuditChain({ db: rawDb });
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.equal(result.seq, '4');
  assert.equal(result.entryId, entries[3]!.id);
  assert.equal(result.reason, 'seq_gap');
});

test('an entry edited and re-hashed by someone who knows the algorithm breaks the chain at the next entry', async (t) => {
  const { db, rawDb, appendMany, behindTheAppsBack, tenantA } = await setup(t);
  const entries = await appendMany(tenantA.id, 4);
  const row = await db
    .selectFrom('audit_entries')
    .selectAll()
    .where('id', '=', entries[1]!.id)
    .executeTakeFirstOrThrow();
  const forged = {
    tenantId: row.tenant_id,
    seq: String(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    actorType: row.actor_type,
    actorId: 'someone-else',
    onBehalfOf: row.on_behalf_of,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    summary: row.summary,
    prevHash: row.prev_hash,
  };
  await behindTheAppsBack(
    sql`update audit_entries set actor_id = 'someone-else', hash = ${hashEntry(forged)} where id = ${row.id}`,
  );
  const result = await verifyAuditChain({ db: rawDb });
  assert.ok(!result.ok);
  assert.equal(result.seq, '3');
  assert.equal(result.entryId, entries[2]!.id);
  assert.equal(result.reason, 'prev_hash_mismatch');
});

test('the database refuses UPDATE, DELETE and TRUNCATE, through the application role and as superuser', async (t) => {
  const { db, rawDb, appendMany, tenantA } = await setup(t);
  await appendMany(tenantA.id, 2);
  for (const statement of [
    sql`update audit_entries set action = 'identity.nothing'`,
    sql`delete from audit_entries`,
    sql`truncate audit_entries`,
  ]) {
    await assert.rejects(
      withTenant(db, tenantA.id, (trx) => statement.execute(trx)),
      /permission denied|append-only/,
    );
    await assert.rejects(statement.execute(db), /append-only/);
  }
  assert.deepEqual(await verifyAuditChain({ db: rawDb }), { ok: true, entries: 2 });
});

test('an entry rolls back with the transaction it was written in', async (t) => {
  const { db, audit, event, tenantA } = await setup(t);
  await assert.rejects(
    withTenant(db, tenantA.id, async (trx) => {
      await audit.append(trx, event(1));
      throw new Error('the recorded change failed');
    }),
    /recorded change failed/,
  );
  const first = await withTenant(db, tenantA.id, (trx) => audit.append(trx, event(2)));
  assert.equal(first.seq, '1');
});

test('20 concurrent appends produce a gap-free chain that verifies', async (t) => {
  const { db, rawDb, audit, event, tenantA, tenantB } = await setup(t);
  const appended = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      withTenant(db, n % 4 === 0 ? tenantB.id : tenantA.id, (trx) => audit.append(trx, event(n))),
    ),
  );
  const seqs = (tenant: string) =>
    withTenant(db, tenant, (trx) => trx.selectFrom('audit_entries').select('seq').orderBy('seq').execute());
  assert.deepEqual(
    (await seqs(tenantA.id)).map((r) => Number(r.seq)),
    Array.from({ length: 15 }, (_, i) => i + 1),
  );
  assert.deepEqual(
    (await seqs(tenantB.id)).map((r) => Number(r.seq)),
    [1, 2, 3, 4, 5],
  );
  assert.equal(new Set(appended.map((e) => e.hash)).size, 20);
  assert.deepEqual(await verifyAuditChain({ db: rawDb }), { ok: true, entries: 20 });
});

test('audit verify prints one German line per municipality and exits 1 when a chain is broken', async (t) => {
  const { rawDb, appendMany, behindTheAppsBack, tenantA, tenantB } = await setup(t);
  const entries = await appendMany(tenantA.id, 3);
  await appendMany(tenantB.id, 2);
  const lines: string[] = [];
  assert.equal(await auditCommand(rawDb, (line) => lines.push(line)), 0);
  assert.deepEqual(lines, [
    'Stadt Burscheid (burscheid): 2 Einträge geprüft, Protokollkette unversehrt.',
    'Stadt Leichlingen (Rheinland) (leichlingen): 3 Einträge geprüft, Protokollkette unversehrt.',
  ]);

  await behindTheAppsBack(
    sql`update audit_entries set actor_id = 'someone-else' where id = ${entries[1]!.id}`,
  );
  lines.length = 0;
  assert.equal(await auditCommand(rawDb, (line) => lines.push(line)), 1);
  assert.match(
    lines[1]!,
    /^Stadt Leichlingen \(Rheinland\) \(leichlingen\): MANIPULATION ERKANNT bei Eintrag Nr\. 2 /,
  );
  assert.match(lines[1]!, new RegExp(entries[1]!.id));
  assert.match(lines[0]!, /unversehrt/);
});
