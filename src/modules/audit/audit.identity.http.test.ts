import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, hostA, startTestApp } from '../../test-app.ts';
import type { AuditTables } from './audit.tables.ts';
import { verifyAuditChain } from './index.ts';

const clerk = 'jonas.becker@leichlingen.example';

test('a failed login, a login and a logout are each written to the audit trail, never the password', async (t) => {
  const { server, db, tenantA, tenantB } = await startTestApp(t);
  const browser = createBrowser(server, hostA);

  assert.equal((await browser.signIn(' Jonas.Becker@leichlingen.example', 'Falsch-2026!')).statusCode, 400);
  assert.equal((await browser.signIn('niemand@leichlingen.example', DEMO_PASSWORD)).statusCode, 400);
  assert.equal((await browser.signIn(clerk, DEMO_PASSWORD)).statusCode, 303);
  assert.equal((await browser.submit('/intern', '/intern/abmelden', {})).statusCode, 303);
  // Signing out again without a session records nothing more.
  await browser.submit('/intern/anmelden', '/intern/abmelden', {});

  const entries = await withTenant(db as Kysely<AuditTables>, tenantA.id, (trx) =>
    trx.selectFrom('audit_entries').selectAll().orderBy('seq').execute(),
  );
  const staffId = entries[2]?.actor_id;
  assert.deepEqual(
    entries.map((e) => [String(e.seq), e.action, e.actor_type, e.actor_id, e.object_type, e.object_id]),
    [
      ['1', 'identity.login_failed', 'anonymous', null, 'staff', staffId],
      ['2', 'identity.login_failed', 'anonymous', null, 'staff', null],
      ['3', 'identity.login', 'staff', staffId, 'staff', staffId],
      ['4', 'identity.logout', 'staff', staffId, 'staff', staffId],
    ],
  );
  assert.ok(staffId);
  assert.deepEqual(entries[0]!.summary, {
    email: ' Jonas.Becker@leichlingen.example',
    reason: 'wrong_password',
  });
  assert.deepEqual(entries[1]!.summary, { email: 'niemand@leichlingen.example', reason: 'unknown_account' });
  assert.equal(entries[2]!.summary.email, clerk);
  const everything = JSON.stringify(entries);
  assert.ok(
    !everything.includes('Falsch-2026!') && !everything.includes(DEMO_PASSWORD),
    'no password stored',
  );

  // The other municipality's chain is untouched; the whole trail verifies.
  const other = await withTenant(db as Kysely<AuditTables>, tenantB.id, (trx) =>
    trx.selectFrom('audit_entries').select('id').execute(),
  );
  assert.equal(other.length, 0);
  assert.deepEqual(await verifyAuditChain({ db }), { ok: true, entries: 4 });
});
