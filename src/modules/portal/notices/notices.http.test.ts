import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import { flat, pdfText } from '../../../platform/pdf/pdf.test-tools.ts';
import { DEMO_PASSWORD, createBrowser, hostA, hostB, startTestApp } from '../../../test-app.ts';
import { seedCatalogueDemo } from '../catalogue/catalogue.index.ts';
import { seedPortalDemo } from '../portal.seed.ts';
import { seedNoticeTemplatesDemo } from './notices.index.ts';

const admin = 'katrin.hoffmann@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

async function startNoticesApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  await seedPortalDemo({ db: app.db, tenantId: app.tenantA.id });
  await seedCatalogueDemo(app.db, app.tenantA.id);
  await seedNoticeTemplatesDemo(app.db, app.tenantA.id);
  const rows = async <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, app.tenantA.id, async (trx) => (await query.execute(trx)).rows);
  const [service] = await rows<{ id: string }>(
    sql`select id from portal_services where slug = 'bewohnerparkausweis'`,
  );
  const templateId = async (name: string) =>
    (await rows<{ id: string }>(sql`select id from portal_notice_templates where name = ${name}`))[0]!.id;
  const signedIn = async (email: string) => {
    const browser = createBrowser(app.server, hostA);
    await browser.signIn(email, DEMO_PASSWORD);
    return browser;
  };
  return { ...app, rows, serviceId: service!.id, templateId, signedIn };
}

const form = {
  name: 'Teilbewilligung',
  kind: 'partial',
  subject: 'Bewohnerparkausweis {{angaben.licencePlate}} für ein Jahr',
  body: 'Guten Tag {{antragsteller.name}},\n\nwir bewilligen Ihren Antrag {{antrag.zeichen}} für ein Jahr.\n\n- Gebühr: {{gebuehr}}',
  legalRemedy: 'Gegen diesen Bescheid können Sie Klage beim Verwaltungsgericht Köln erheben.',
  active: 'ja',
};

test('an administrator lists, creates and edits the templates of a service', async (t) => {
  const app = await startNoticesApp(t);
  const browser = await app.signedIn(admin);
  const listUrl = `/intern/leistungen/${app.serviceId}/bescheidvorlagen`;
  const list = await browser.get(listUrl);
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Bescheidvorlagen: Bewohnerparkausweis beantragen/);
  assert.match(list.body, />Bewilligung<\/a>/);
  assert.match(list.body, />Ablehnung<\/a>/);

  const newUrl = `${listUrl}/neu`;
  const page = await browser.get(newUrl);
  assert.match(page.body, /<code>\{\{antragsteller\.name\}\}<\/code>/);
  assert.match(page.body, /<code>\{\{angaben\.licencePlate\}\}<\/code>/, 'the form’s answers are listed');
  const created = await browser.submit(newUrl, newUrl, form);
  assert.equal(created.statusCode, 303);
  const id = await app.templateId('Teilbewilligung');
  assert.equal(created.headers.location, `/intern/bescheidvorlagen/${id}?ergebnis=angelegt`);
  const edit = await browser.get(String(created.headers.location));
  assert.match(edit.body, /Die Bescheidvorlage wurde angelegt\./);
  assert.match(
    edit.body,
    /id="subject"[^>]*value="Bewohnerparkausweis \{\{angaben.licencePlate\}\} für ein Jahr"/,
  );

  const { active: _active, ...inactive } = form;
  const saved = await browser.submit(`/intern/bescheidvorlagen/${id}`, `/intern/bescheidvorlagen/${id}`, {
    ...inactive,
    name: 'Teilbewilligung (1 Jahr)',
  });
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, `/intern/bescheidvorlagen/${id}?ergebnis=gespeichert`);
  const [row] = await app.rows<{ name: string; active: boolean }>(
    sql`select name, active from portal_notice_templates where id = ${id}`,
  );
  assert.deepEqual(row, { name: 'Teilbewilligung (1 Jahr)', active: false });
  const trail = await app.rows<{ action: string }>(
    sql`select action from audit_entries where object_id = ${id} order by seq`,
  );
  assert.deepEqual(
    trail.map((entry) => entry.action),
    ['portal.notice_template_created', 'portal.notice_template_updated'],
  );
  assert.match((await browser.get(listUrl)).body, /Inaktiv/);
});

test('an unknown placeholder gets a 400 page naming it and the known ones; nothing is stored', async (t) => {
  const app = await startNoticesApp(t);
  const browser = await app.signedIn(admin);
  const id = await app.templateId('Bewilligung');
  const url = `/intern/bescheidvorlagen/${id}`;
  const response = await browser.submit(url, url, {
    ...form,
    name: 'Bewilligung',
    body: 'Guten Tag {{antragsteller.vorname}}, Ihr {{angaben.farbe}}.',
  });
  assert.equal(response.statusCode, 400);
  assert.match(response.body, /<title>Fehler: /);
  assert.match(response.body, /id="error-summary"/);
  assert.match(
    response.body,
    /href="#body">„Text des Bescheids“ enthält unbekannte Platzhalter: \{\{antragsteller.vorname\}\}, \{\{angaben.farbe\}\}\. Bekannt sind: \{\{antragsteller.name\}\}/,
  );
  assert.match(response.body, /id="body-error"/);
  // What was typed is shown again.
  assert.match(response.body, /Guten Tag \{\{antragsteller.vorname\}\}/);
  const [row] = await app.rows<{ body: string }>(
    sql`select body from portal_notice_templates where id = ${id}`,
  );
  assert.match(row!.body, /^Guten Tag \{\{antragsteller.name\}\},/);
  assert.deepEqual(await app.rows(sql`select 1 from audit_entries where object_id = ${id}`), []);
});

test('the preview is an inline PDF of the template with the made-up applicant', async (t) => {
  const app = await startNoticesApp(t);
  const browser = await app.signedIn(admin);
  const response = await browser.get(
    `/intern/bescheidvorlagen/${await app.templateId('Bewilligung')}/vorschau.pdf`,
  );
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['content-type'], 'application/pdf');
  assert.match(String(response.headers['content-disposition']), /^inline;/);
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  const text = flat(await pdfText(response.rawPayload));
  assert.ok(text.includes('Erika Mustermann'), text);
  assert.ok(text.includes('Am Büscherhof 1 42799 Leichlingen'), text);
  assert.ok(text.includes('Bewohnerparkausweis für das Fahrzeug (Beispiel)'), text);
  assert.ok(text.includes('Ihr Zeichen: A-2026-000000'), text);
  assert.ok(text.includes('gültig für 1 Jahr(e)'), text);
  assert.ok(text.includes('Rechtsbehelfsbelehrung'), text);
  assert.ok(text.includes('Im Auftrag Katrin Hoffmann'), text);
  assert.doesNotMatch(text, /\{\{|\}\}/);
});

test('a clerk may not see or change notice templates; another town does not find them', async (t) => {
  const app = await startNoticesApp(t);
  const browser = await app.signedIn(clerk);
  const id = await app.templateId('Bewilligung');
  assert.equal((await browser.get(`/intern/leistungen/${app.serviceId}/bescheidvorlagen`)).statusCode, 403);
  assert.equal((await browser.get(`/intern/bescheidvorlagen/${id}`)).statusCode, 403);
  assert.equal((await browser.get(`/intern/bescheidvorlagen/${id}/vorschau.pdf`)).statusCode, 403);
  const page = await browser.get('/intern');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const post = await browser.post(`/intern/bescheidvorlagen/${id}`, { _csrf: csrf, ...form });
  assert.equal(post.statusCode, 403);
  const [row] = await app.rows<{ name: string }>(
    sql`select name from portal_notice_templates where id = ${id}`,
  );
  assert.equal(row?.name, 'Bewilligung');

  const otherAdmin = createBrowser(app.server, hostB);
  await otherAdmin.signIn(admin, DEMO_PASSWORD);
  assert.equal((await otherAdmin.get(`/intern/bescheidvorlagen/${id}`)).statusCode, 404);
});
