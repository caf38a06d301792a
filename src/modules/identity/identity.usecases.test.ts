import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOptions } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { createPasswords, productionPasswordCost, testPasswordCost } from './identity.passwords.ts';
import { DEMO_PASSWORD, seedIdentityDemo } from './identity.seed.ts';
import { defaultSessionPolicy, sessionIdFor } from './identity.sessions.ts';
import type { IdentityTables } from './identity.tables.ts';
import { describeStaffMember, resolveSession, signIn, signOut } from './identity.usecases.ts';

const policy = defaultSessionPolicy;
const passwords = createPasswords(testPasswordCost);
const email = 'michael.braun@leichlingen.example';
const t0 = new Date('2026-03-02T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

async function setup(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const tenant = await createTenantsRepository({ db: handle.db as Kysely<PlatformTables> }).upsert({
    slug: 'leichlingen',
    name: 'Stadt Leichlingen (Rheinland)',
    hosts: [],
  });
  await seedIdentityDemo({ db: handle.db, tenantId: tenant.id, passwordCost: testPasswordCost });
  const db = handle.db as Kysely<IdentityTables>;
  const scope = tenantScope(db, tenant.id);
  const sessions = () => scope((trx) => trx.selectFrom('identity_sessions').selectAll().execute());
  const login = (now: Date, previousToken?: string) =>
    signIn({
      scope,
      passwords,
      email,
      password: DEMO_PASSWORD,
      userAgent: 'test',
      previousToken,
      now,
      policy,
    });
  return { scope, sessions, login, tenant };
}

test('the database keeps only the SHA-256 of a session token, never the token', async (t) => {
  const { sessions, login } = await setup(t);
  const { session } = await login(t0);
  const rows = await sessions();
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.id, sessionIdFor(session.token));
  assert.ok(!JSON.stringify(rows).includes(session.token));
  assert.equal(rows[0]!.expires_at.getTime(), at(policy.absoluteMs).getTime());
});

test('a session resolves to the staff member with the roles of each department', async (t) => {
  const { scope, login, tenant } = await setup(t);
  const { session } = await login(t0);
  const { actor } = await resolveSession({ scope, token: session.token, now: at(1000), policy });
  assert.equal(actor?.displayName, 'Michael Braun');
  assert.equal(actor?.tenantId, tenant.id);
  assert.deepEqual(
    actor?.roles.map((grant) => grant.role),
    ['head_of_department'],
  );
  const { staff } = await describeStaffMember({ scope, staffId: actor!.id });
  assert.deepEqual(
    staff?.assignments.map((a) => `${a.department.number} ${a.department.name}: ${a.role}`),
    ['32 Ordnungsamt: head_of_department'],
  );
});

test('last_seen_at is written at most once a minute, so reading pages does not write on every request', async (t) => {
  const { scope, sessions, login } = await setup(t);
  const { session } = await login(t0);
  await resolveSession({ scope, token: session.token, now: at(59_000), policy });
  assert.equal((await sessions())[0]!.last_seen_at.getTime(), t0.getTime());
  await resolveSession({ scope, token: session.token, now: at(61_000), policy });
  assert.equal((await sessions())[0]!.last_seen_at.getTime(), at(61_000).getTime());
});

test('a session idle for exactly the idle time has ended and is deleted', async (t) => {
  const { scope, sessions, login } = await setup(t);
  const { session } = await login(t0);
  const { actor } = await resolveSession({ scope, token: session.token, now: at(policy.idleMs), policy });
  assert.equal(actor, undefined);
  assert.equal((await sessions()).length, 0);
});

test('signing in clears the person’s ended sessions but leaves other open ones', async (t) => {
  const { sessions, login } = await setup(t);
  await login(t0); // will be idle long enough to end
  const open = await login(at(policy.idleMs - 60_000));
  const { session } = await login(at(policy.idleMs + 1000));
  const ids = (await sessions()).map((row) => row.id).sort();
  assert.deepEqual(ids, [sessionIdFor(open.session.token), sessionIdFor(session.token)].sort());
});

test('signing out deletes the session; malformed or unknown tokens are ignored', async (t) => {
  const { scope, sessions, login } = await setup(t);
  const { session } = await login(t0);
  await signOut({ scope, token: 'not-a-token' });
  await signOut({ scope, token: undefined });
  assert.equal((await sessions()).length, 1);
  await signOut({ scope, token: session.token });
  assert.equal((await sessions()).length, 0);
  assert.deepEqual(await resolveSession({ scope, token: session.token, now: t0, policy }), {
    actor: undefined,
  });
});

test('password hashes are argon2id at production cost unless a test explicitly asks for less', async () => {
  const hash = await createPasswords().hash('Demo-2026!');
  assert.match(hash, /^\$argon2id\$/);
  const options = parseOptions(hash);
  assert.equal(options.memoryCost, productionPasswordCost.memoryCost);
  assert.equal(options.timeCost, productionPasswordCost.timeCost);
  const production = createPasswords();
  assert.equal(await production.verify(hash, 'Demo-2026!'), true);
  assert.equal(await production.verify(hash, 'demo-2026!'), false);
  assert.equal(await production.verify('not a hash', 'Demo-2026!'), false);
  assert.equal(await production.verifyWithoutAccount('Demo-2026!'), false);
});
