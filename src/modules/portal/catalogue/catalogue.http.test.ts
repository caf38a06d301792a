import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import { DEMO_PASSWORD, createBrowser, hostA, hostB, startTestApp } from '../../../test-app.ts';
import { seedCatalogueDemo } from './catalogue.index.ts';
import { validInput } from './catalogue.test-helpers.ts';
import type { ServiceInput } from './catalogue.validation.ts';

const admin = 'katrin.hoffmann@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

async function startCatalogueApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  await seedCatalogueDemo(app.db, app.tenantA.id);
  const rows = async <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, app.tenantA.id, async (trx) => (await query.execute(trx)).rows);
  const serviceId = async (slug: string) =>
    (await rows<{ id: string }>(sql`select id from portal_services where slug = ${slug}`))[0]!.id;
  const departmentId = async (number: string) =>
    (await rows<{ id: string }>(sql`select id from identity_departments where number = ${number}`))[0]!.id;
  const signedIn = async (email: string) => {
    const browser = createBrowser(app.server, hostA);
    await browser.signIn(email, DEMO_PASSWORD);
    return browser;
  };
  return { ...app, rows, serviceId, departmentId, signedIn };
}

/** The admin form's fields as a browser sends them (an unticked checkbox is left out). */
function formOf(input: ServiceInput): Record<string, string> {
  const { fees, online, ...fields } = input;
  const form: Record<string, string> = { ...fields };
  fees.forEach((fee, index) => {
    form[`feeLabel${index}`] = fee.label;
    form[`feeAmount${index}`] = fee.amount;
    form[`feeNote${index}`] = fee.note;
  });
  if (online) form.online = 'ja';
  return form;
}

test('the public catalogue lists and searches services; a service page shows all its facts', async (t) => {
  const app = await startCatalogueApp(t);
  const citizen = createBrowser(app.server, hostA);
  const list = await citizen.get('/leistungen');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /<h1[^>]*>Leistungen von A bis Z<\/h1>/);
  assert.match(list.body, /href="\/leistungen\/bewohnerparkausweis">Bewohnerparkausweis beantragen<\/a>/);
  assert.match(list.body, /20 Leistungen gefunden/);

  const hunde = await citizen.get('/leistungen?q=Hunde');
  assert.match(hunde.body, /Hund anmelden \(Hundesteuer\)/);
  assert.doesNotMatch(hunde.body, /Personalausweis beantragen/);
  assert.match(hunde.body, /value="Hunde"/);

  const online = await citizen.get('/leistungen?online=ja');
  assert.match(online.body, /3 Leistungen gefunden/);
  assert.match(online.body, /kern-badge--success"><span class="kern-label">Vollständig digital/);

  const page = await citizen.get('/leistungen/bewohnerparkausweis');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1[^>]*>Bewohnerparkausweis beantragen<\/h1>/);
  assert.match(page.body, /Ausstellung: 30,70\u00a0€ \(für ein Jahr\)/);
  assert.match(page.body, /Zuständige Stelle<\/dt><dd class="kern-description-list-item__value">Bürgerbüro</);
  assert.match(page.body, /Zulassungsbescheinigung Teil I/);
  assert.match(page.body, /§ 45 Abs\. 1b Satz 1 Nr\. 2a/);
  assert.match(page.body, /<a class="kern-btn kern-btn--primary" href="\/antrag\/bewohnerparkausweis">/);
  assert.match(page.body, /Online beantragen/);

  // In person only: no button. Temporarily offline: no button, a notice instead.
  const passport = await citizen.get('/leistungen/personalausweis');
  assert.match(passport.body, /Ab 24 Jahren: 37,00\u00a0€/);
  assert.doesNotMatch(passport.body, /href="\/antrag\//);
  const offline = await citizen.get('/leistungen/sondernutzungserlaubnis');
  assert.doesNotMatch(offline.body, /href="\/antrag\//);
  assert.match(offline.body, /Der Online-Antrag ist vorübergehend nicht verfügbar/);

  const english = await citizen.get('/leistungen/bewohnerparkausweis?lang=en');
  assert.match(english.body, /Apply for a residents’ parking permit/);
  assert.match(english.body, /€30\.70/);

  assert.equal((await citizen.get('/leistungen/gibt-es-nicht')).statusCode, 404);
  // Another town has its own (here: empty) catalogue.
  const otherTown = await createBrowser(app.server, hostB).get('/leistungen/bewohnerparkausweis');
  assert.equal(otherTown.statusCode, 404);
});

test('"Was ist bereits digital?" lists online services by level with counts, never an offline one', async (t) => {
  const app = await startCatalogueApp(t);
  const page = await createBrowser(app.server, hostA).get('/leistungen/digital');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /3 Leistungen online: 1 vollständig digital, 2 mit Online-Antrag\./);
  assert.match(page.body, /Vollständig digital \(1\)/);
  assert.match(page.body, /Online beantragen \(2\)/);
  assert.match(page.body, /Hund anmelden \(Hundesteuer\)/);
  assert.match(page.body, /Meldebescheinigung beantragen/);
  assert.match(page.body, /Bewohnerparkausweis beantragen/);
  assert.doesNotMatch(page.body, /Sondernutzungserlaubnis/);
  assert.doesNotMatch(page.body, /Personalausweis/);
});

test('an administrator adds a service, takes it offline, and brings it back', async (t) => {
  const app = await startCatalogueApp(t);
  const browser = await app.signedIn(admin);
  const list = await browser.get('/intern/leistungen');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Bewohnerparkausweis beantragen/);

  const input = validInput(await app.departmentId('63'), { leikaKey: '99000000000001' });
  const created = await browser.submit('/intern/leistungen/neu', '/intern/leistungen/neu', formOf(input));
  assert.equal(created.statusCode, 303);
  const id = await app.serviceId('baumfaellgenehmigung');
  assert.equal(created.headers.location, `/intern/leistungen/${id}?ergebnis=angelegt`);
  const edit = await browser.get(String(created.headers.location));
  assert.match(edit.body, /Die Leistung wurde angelegt\./);
  assert.match(edit.body, /id="feeAmount0"[^>]*value="45,00"/);

  const page = await browser.get('/leistungen/baumfaellgenehmigung');
  assert.match(page.body, /99000000000001/);
  assert.match(page.body, /Bauaufsicht/);
  assert.match(page.body, /href="\/antrag\/baumfaellgenehmigung"/);

  const offline = await browser.submit(`/intern/leistungen/${id}`, `/intern/leistungen/${id}/online`, {
    online: 'nein',
  });
  assert.equal(offline.headers.location, `/intern/leistungen/${id}?ergebnis=offline`);
  assert.doesNotMatch((await browser.get('/leistungen/baumfaellgenehmigung')).body, /href="\/antrag\//);
  assert.doesNotMatch((await browser.get('/leistungen/digital')).body, /Baum fällen/);
  await browser.submit(`/intern/leistungen/${id}`, `/intern/leistungen/${id}/online`, { online: 'ja' });
  assert.match((await browser.get('/leistungen/digital')).body, /Baum fällen/);
});

test('an edit with a wrong LeiKa key and amount gets a 400 page with the errors and stores nothing', async (t) => {
  const app = await startCatalogueApp(t);
  const browser = await app.signedIn(admin);
  const id = await app.serviceId('bewohnerparkausweis');
  const input = validInput(await app.departmentId('32'), {
    slug: 'bewohnerparkausweis',
    name: 'Geänderter Name',
    leikaKey: '12345',
    fees: [{ label: 'Ausstellung', amount: '30.70', note: '' }],
  });
  const response = await browser.submit(
    `/intern/leistungen/${id}`,
    `/intern/leistungen/${id}`,
    formOf(input),
  );
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /<title>Fehler: /);
  assert.match(response.body, /id="error-summary"/);
  assert.match(response.body, /href="#leikaKey">Der LeiKa-Schlüssel hat genau 14 Ziffern/);
  assert.match(response.body, /href="#feeAmount0">Bitte geben Sie den Betrag der Gebühr 1 in Euro an/);
  assert.match(response.body, /id="leikaKey-error"/);
  // What was typed is shown again, so nothing has to be typed twice.
  assert.match(response.body, /id="name"[^>]*value="Geänderter Name"/);
  const [row] = await app.rows<{ name: string; leika_key: string | null; fees: unknown }>(
    sql`select name, leika_key, fees from portal_services where id = ${id}`,
  );
  assert.equal(row?.name, 'Bewohnerparkausweis beantragen');
  assert.equal(row?.leika_key, null);
  const trail = await app.rows(sql`select 1 from audit_entries where object_id = ${id}`);
  assert.deepEqual(trail, []);
});

test('a clerk may not maintain the catalogue; a visitor is sent to the staff login', async (t) => {
  const app = await startCatalogueApp(t);
  const browser = await app.signedIn(clerk);
  const id = await app.serviceId('bewohnerparkausweis');
  assert.equal((await browser.get('/intern/leistungen')).statusCode, 403);
  assert.equal((await browser.get(`/intern/leistungen/${id}`)).statusCode, 403);
  const page = await browser.get('/intern');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const post = await browser.post(`/intern/leistungen/${id}/online`, { _csrf: csrf, online: 'nein' });
  assert.equal(post.statusCode, 403);
  const [row] = await app.rows<{ online: boolean }>(sql`select online from portal_services where id = ${id}`);
  assert.equal(row?.online, true);
  const visitor = await createBrowser(app.server, hostA).get('/intern/leistungen');
  assert.equal(visitor.statusCode, 303);
  assert.match(String(visitor.headers.location), /^\/intern\/anmelden/);
});
