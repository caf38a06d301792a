// Business accounts (Unternehmenskonto) through the app: creating a company, inviting by mail,
// accepting after sign-in, acting for a company, and the rules on who may change what.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { tenantScope, withTenant } from '../../platform/db/tenant-scope.ts';
import { createBrowser, hostA, startTestApp } from '../../test-app.ts';
import { createPasswords, defaultSessionPolicy, testPasswordCost } from '../identity/index.ts';
import { createCitizensRepository } from './citizens.repository.ts';
import { DEMO_CITIZEN, DEMO_COMPANY, seedCitizenDemo } from './citizens.seed.ts';
import { resolveCitizenSession } from './citizens.sessions.ts';
import type { CitizenTables } from './citizens.tables.ts';

type App = Awaited<ReturnType<typeof startTestApp>>;
const password = 'sehr-geheimes-Passwort-1';

/** A verified local account, as if registered and confirmed. */
async function addCitizen(app: App, email: string, givenName: string, familyName: string) {
  const passwordHash = await createPasswords(testPasswordCost).hash(password);
  await withTenant(app.db as Kysely<CitizenTables>, app.tenantA.id, (trx) =>
    createCitizensRepository({ trx }).insertCitizen({
      email,
      passwordHash,
      givenName,
      familyName,
      now: new Date(),
      emailVerifiedAt: new Date(),
    }),
  );
}

async function signedIn(app: App, email: string, pw = password) {
  const browser = createBrowser(app.server, hostA);
  const login = await browser.submit('/konto/anmelden', '/konto/anmelden', { email, password: pw });
  assert.equal(login.statusCode, 303, `${email} signs in`);
  return browser;
}

async function query<T>(app: App, text: string) {
  const { rows } = await withTenant(app.db as Kysely<unknown>, app.tenantA.id, (trx) =>
    sql<T>`${sql.raw(text)}`.execute(trx),
  );
  return rows;
}

async function demoCompanyId(app: App) {
  const [row] = await query<{ id: string }>(
    app,
    `select id from citizen_companies where name = '${DEMO_COMPANY.name}'`,
  );
  return row!.id;
}

async function citizenId(app: App, email: string) {
  const [row] = await query<{ id: string }>(app, `select id from citizens where email = '${email}'`);
  return row!.id;
}

/** Erika (admin of the demo company) and Max (a second citizen), both signed in. */
async function erikaAndMax(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  await seedCitizenDemo({ db: app.db, tenantId: app.tenantA.id, passwordCost: testPasswordCost });
  await addCitizen(app, 'max.muster@example.org', 'Max', 'Muster');
  const erika = await signedIn(app, DEMO_CITIZEN.email, DEMO_CITIZEN.password);
  const max = await signedIn(app, 'max.muster@example.org');
  return { app, erika, max, companyId: await demoCompanyId(app) };
}

async function invitationLink(app: App, to: string) {
  const { messages } = await app.platform.mailer.listOutbox({ limit: 100 });
  const mail = await app.platform.mailer.getOutboxMessage(messages.find((m) => m.to === to)!.id);
  const match = /https?:\/\/[^/\s]+(\/konto\/unternehmen\/einladung\?token=[A-Za-z0-9_-]+)/.exec(mail!.text);
  assert.ok(match?.[1], 'the mail carries the invitation link');
  return { link: match[1], subject: mail!.subject };
}

async function invite(
  app: App,
  erika: ReturnType<typeof createBrowser>,
  companyId: string,
  email: string,
  role = 'member',
) {
  const page = `/konto/unternehmen/${companyId}`;
  return erika.submit(page, `${page}/einladen`, { email, role });
}

async function join(
  app: App,
  companyId: string,
  erika: ReturnType<typeof createBrowser>,
  who: ReturnType<typeof createBrowser>,
  email: string,
) {
  assert.equal((await invite(app, erika, companyId, email)).statusCode, 303);
  const { link } = await invitationLink(app, email);
  const token = new URL(link, 'http://x').searchParams.get('token')!;
  return who.submit(link, '/konto/unternehmen/einladung', { token });
}

test('a citizen creates a company and becomes its representative; the entries are checked and normalised', async (t) => {
  const app = await startTestApp(t);
  await addCitizen(app, 'gruenderin@example.org', 'Gerda', 'Gründer');
  const gerda = await signedIn(app, 'gruenderin@example.org');
  const form = {
    name: 'Gründer Bau GmbH',
    legalForm: 'GmbH',
    registerCourt: '',
    registerNumber: '',
    taxNumber: '',
    street: 'Hauptstraße 1',
    postalCode: '42799',
    city: 'Leichlingen',
  };
  const missing = await gerda.submit('/konto/unternehmen/neu', '/konto/unternehmen/neu', form);
  assert.equal(missing.statusCode, 400);
  assert.match(
    missing.body,
    /id="error-summary"[\s\S]*href="#registerCourt"[\s\S]*Registergericht und Registernummer/,
  );
  const wrongNumber = await gerda.submit('/konto/unternehmen/neu', '/konto/unternehmen/neu', {
    ...form,
    registerCourt: 'Amtsgericht Köln',
    registerNumber: '12345',
  });
  assert.equal(wrongNumber.statusCode, 400);
  assert.match(wrongNumber.body, /id="registerNumber-error"/);

  const created = await gerda.submit('/konto/unternehmen/neu', '/konto/unternehmen/neu', {
    ...form,
    registerCourt: 'Amtsgericht Köln',
    registerNumber: 'hrb12345',
  });
  assert.equal(created.statusCode, 303);
  const page = await gerda.get(String(created.headers.location));
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Das Unternehmen ist angelegt/);
  assert.match(page.body, /HRB 12345, Amtsgericht Köln/);
  assert.match(page.body, /Gerda Gründer \(Sie\)[\s\S]*Vertretungsberechtigt/);

  const list = await gerda.get('/konto/unternehmen');
  assert.match(list.body, /Gründer Bau GmbH/);
  const trail = await query<{ action: string; object_type: string }>(
    app,
    `select action, object_type from audit_entries where action like 'citizens.company%' order by seq`,
  );
  assert.deepEqual(trail, [{ action: 'citizens.company_created', object_type: 'company' }]);
});

test('an invitation is mailed, and only the account of the invited address accepts it, after signing in, once', async (t) => {
  const { app, erika, max, companyId } = await erikaAndMax(t);
  await addCitizen(app, 'dritte@example.org', 'Dora', 'Dritte');
  assert.equal((await invite(app, erika, companyId, 'Max.Muster@example.org')).statusCode, 303);
  const { link, subject } = await invitationLink(app, 'max.muster@example.org');
  assert.match(subject, /Mustermann Gartenbau GmbH/);

  const anonymous = await createBrowser(app.server, hostA).get(link);
  assert.equal(anonymous.statusCode, 303);
  assert.equal(anonymous.headers.location, `/konto/anmelden?returnTo=${encodeURIComponent(link)}`);

  const token = new URL(link, 'http://x').searchParams.get('token')!;
  const dora = await signedIn(app, 'dritte@example.org');
  const foreign = await dora.submit(link, '/konto/unternehmen/einladung', { token });
  assert.equal(foreign.statusCode, 403);
  assert.match(foreign.body, /gilt für eine andere E-Mail-Adresse/);

  const shown = await max.get(link);
  assert.equal(shown.statusCode, 200);
  assert.match(shown.body, /für „Mustermann Gartenbau GmbH“ zu handeln, als Mitglied/);
  const accepted = await max.submit(link, '/konto/unternehmen/einladung', { token });
  assert.equal(accepted.statusCode, 303);
  assert.equal(accepted.headers.location, `/konto/unternehmen/${companyId}?hinweis=angenommen`);
  assert.match((await max.get(String(accepted.headers.location))).body, /Max Muster \(Sie\)/);
  const again = await max.submit('/konto/unternehmen', '/konto/unternehmen/einladung', { token });
  assert.equal(again.statusCode, 400, 'a used invitation is refused');

  const members = await query<{ role: string }>(
    app,
    `select role from citizen_company_members order by role`,
  );
  assert.deepEqual(
    members.map((m) => m.role),
    ['admin', 'member'],
  );
  const actions = await query<{ action: string }>(
    app,
    `select action from audit_entries where action like 'citizens.company%' order by seq`,
  );
  assert.deepEqual(
    actions.map((a) => a.action),
    ['citizens.company_invited', 'citizens.company_joined'],
  );
});

test('acting for a company puts its id into the session and the CitizenActor; leaving takes it out again', async (t) => {
  const { app, erika, max, companyId } = await erikaAndMax(t);
  const actorOf = async (browser: ReturnType<typeof createBrowser>) =>
    (
      await resolveCitizenSession({
        scope: tenantScope(app.db as Kysely<CitizenTables>, app.tenantA.id),
        token: browser.jar.get('rathaus_citizen_session'),
        now: app.clock.now(),
        policy: defaultSessionPolicy,
      })
    ).actor;
  assert.equal((await actorOf(erika))?.businessId, undefined);

  const switched = await erika.submit('/konto/unternehmen', '/konto/unternehmen/handeln-fuer', { companyId });
  assert.equal(switched.statusCode, 303);
  assert.equal((await actorOf(erika))?.businessId, companyId);
  assert.match(
    (await erika.get('/konto/unternehmen')).body,
    /Sie handeln derzeit für: Mustermann Gartenbau GmbH/,
  );
  assert.match((await erika.get('/konto')).body, /Sie handeln derzeit für: Mustermann Gartenbau GmbH/);

  // Max is no member yet: the company does not exist for him.
  const refused = await max.submit('/konto', '/konto/unternehmen/handeln-fuer', { companyId });
  assert.equal(refused.statusCode, 404);
  assert.equal((await actorOf(max))?.businessId, undefined);

  assert.equal((await join(app, companyId, erika, max, 'max.muster@example.org')).statusCode, 303);
  await max.submit('/konto/unternehmen', '/konto/unternehmen/handeln-fuer', { companyId });
  assert.equal((await actorOf(max))?.businessId, companyId);

  const maxId = await citizenId(app, 'max.muster@example.org');
  const page = `/konto/unternehmen/${companyId}`;
  assert.equal((await erika.submit(page, `${page}/mitglieder/${maxId}/entfernen`, {})).statusCode, 303);
  assert.equal((await actorOf(max))?.businessId, undefined, 'a removed member acts for himself again');
  assert.equal((await max.get(page)).statusCode, 404);

  await erika.submit('/konto/unternehmen', '/konto/unternehmen/handeln-fuer', { companyId: '' });
  assert.equal((await actorOf(erika))?.businessId, undefined);
  const actions = await query<{ action: string }>(
    app,
    `select action from audit_entries where action in ('citizens.acting_for_changed', 'citizens.company_member_removed') order by seq`,
  );
  assert.deepEqual(
    actions.map((a) => a.action),
    [
      'citizens.acting_for_changed',
      'citizens.acting_for_changed',
      'citizens.company_member_removed',
      'citizens.acting_for_changed',
    ],
  );
});

test('the last representative can neither leave nor become a mere member; once there is a second, she can', async (t) => {
  const { app, erika, max, companyId } = await erikaAndMax(t);
  const erikaId = await citizenId(app, DEMO_CITIZEN.email);
  const page = `/konto/unternehmen/${companyId}`;
  const leave = await erika.submit(page, `${page}/mitglieder/${erikaId}/entfernen`, {});
  assert.equal(leave.statusCode, 409);
  assert.match(leave.body, /mindestens eine vertretungsberechtigte Person/);
  const demote = await erika.submit(page, `${page}/mitglieder/${erikaId}/rolle`, { role: 'member' });
  assert.equal(demote.statusCode, 409);

  await join(app, companyId, erika, max, 'max.muster@example.org');
  const maxId = await citizenId(app, 'max.muster@example.org');
  assert.equal(
    (await erika.submit(page, `${page}/mitglieder/${maxId}/rolle`, { role: 'admin' })).statusCode,
    303,
  );
  const left = await erika.submit(page, `${page}/mitglieder/${erikaId}/entfernen`, {});
  assert.equal(left.statusCode, 303);
  assert.equal(left.headers.location, '/konto/unternehmen?hinweis=verlassen');
  const members = await query<{ citizen_id: string; role: string }>(
    app,
    'select citizen_id, role from citizen_company_members',
  );
  assert.deepEqual(members, [{ citizen_id: maxId, role: 'admin' }]);
});

test('a member who is no representative sees the company but cannot change it, invite or remove anyone', async (t) => {
  const { app, erika, max, companyId } = await erikaAndMax(t);
  await join(app, companyId, erika, max, 'max.muster@example.org');
  const page = `/konto/unternehmen/${companyId}`;
  const view = await max.get(page);
  assert.equal(view.statusCode, 200);
  assert.doesNotMatch(view.body, /Person einladen/);
  assert.equal((await max.get(`${page}/bearbeiten`)).statusCode, 403);
  const invited = await max.submit(page, `${page}/einladen`, { email: 'jemand@example.org', role: 'admin' });
  assert.equal(invited.statusCode, 403);
  assert.match(invited.body, /Das dürfen nur vertretungsberechtigte Personen/);
  const erikaId = await citizenId(app, DEMO_CITIZEN.email);
  assert.equal((await max.submit(page, `${page}/mitglieder/${erikaId}/entfernen`, {})).statusCode, 403);
  const { messages } = await app.platform.mailer.listOutbox({ limit: 100 });
  assert.ok(!messages.some((m) => m.to === 'jemand@example.org'));
});

test('to someone outside, a company does not exist: its pages answer 404', async (t) => {
  const { app, max, companyId } = await erikaAndMax(t);
  const page = `/konto/unternehmen/${companyId}`;
  assert.equal((await max.get(page)).statusCode, 404);
  assert.equal((await max.get(`${page}/bearbeiten`)).statusCode, 404);
  const edit = await max.submit('/konto', `${page}/bearbeiten`, {
    ...DEMO_COMPANY,
    name: 'Übernommen GmbH',
  } as unknown as Record<string, string>);
  assert.equal(edit.statusCode, 404);
  const [company] = await query<{ name: string }>(app, 'select name from citizen_companies');
  assert.equal(company!.name, DEMO_COMPANY.name);
});
