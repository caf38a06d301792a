import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { hostA } from '../../test-app.ts';
import {
  auditActions,
  csrfTokenIn,
  nodeId,
  people,
  post,
  rows,
  signedIn,
  startRecordsApp,
  type Browser,
  type RecordsApp,
} from './records.core.test-helpers.ts';

/** Uploads `content` as the CSV file of the import form, as a browser sends multipart/form-data. */
async function upload(app: RecordsApp, browser: Browser, content: Buffer | string) {
  const form = await browser.get('/intern/aktenplan/import');
  const csrf = csrfTokenIn(form.body);
  const boundary = '----rathaus-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="csv"; filename="aktenplan.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.server.inject({
    method: 'POST',
    url: `/intern/aktenplan/import?_csrf=${encodeURIComponent(csrf)}`,
    headers: {
      host: hostA,
      accept: 'text/html',
      cookie: [...browser.jar].map(([name, value]) => `${name}=${value}`).join('; '),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
}

const count = async (app: RecordsApp) =>
  (
    await rows<{ n: number }>(app.db, app.tenantA.id, sql`select count(*)::int as n from records_plan_nodes`)
  )[0]!.n;

test('everyone in the staff area reads the plan as a tree with the inherited defaults; only the Registratur sees the forms', async (t) => {
  const app = await startRecordsApp(t);
  const treasury = await signedIn(app, people.treasury);
  const tree = await treasury.get('/intern/aktenplan');
  assert.equal(tree.statusCode, 200);
  assert.match(tree.body, /32\.11\.05 Gewerbeuntersagungen und Zuverlässigkeitsprüfungen/);
  assert.match(tree.body, /34\.01 Geburten<\/a> <span[^>]*>110 Jahre · dem Archiv anbieten · intern/);
  assert.doesNotMatch(tree.body, /Gruppe hinzufügen/);
  assert.match(tree.body, /aria-current="page">Aktenplan</);

  const registry = await signedIn(app, people.registry);
  const node = await nodeId(app.db, app.tenantA.id, '32.11.01');
  const page = await registry.get(`/intern/aktenplan/${node}`);
  assert.match(page.body, /5 Jahre<\/dd>/);
  assert.match(page.body, /vernichten \(geerbt\)/);
  assert.match(page.body, /Gruppe stilllegen/);
});

test('the Registratur adds a group whose parent follows from its code; a missing parent or a taken code is refused', async (t) => {
  const app = await startRecordsApp(t);
  const registry = await signedIn(app, people.registry);
  const form = {
    title: 'Spielhallen',
    description: '',
    retentionYears: '',
    disposal: '',
    confidentiality: '',
  };
  const added = await post(registry, '/intern/aktenplan', '/intern/aktenplan', { ...form, code: '32.11.06' });
  assert.equal(added.statusCode, 303);
  const [row] = await rows<{ parent: string }>(
    app.db,
    app.tenantA.id,
    sql`select p.code as parent from records_plan_nodes n join records_plan_nodes p on p.id = n.parent_id where n.code = '32.11.06'`,
  );
  assert.equal(row!.parent, '32.11');
  const orphan = await post(registry, '/intern/aktenplan', '/intern/aktenplan', {
    ...form,
    code: '32.19.01',
  });
  assert.equal(orphan.statusCode, 400);
  assert.match(orphan.body, /href="#code">Die übergeordnete Gruppe 32\.19 gibt es im Aktenplan nicht/);
  const taken = await post(registry, '/intern/aktenplan', '/intern/aktenplan', { ...form, code: '32.11.06' });
  assert.match(taken.body, /Das Kennzeichen 32\.11\.06 ist im Aktenplan bereits vergeben/);
  const invalid = await post(registry, '/intern/aktenplan', '/intern/aktenplan', {
    ...form,
    code: '32..1',
    retentionYears: 'zehn',
  });
  assert.match(invalid.body, /href="#code">Das Kennzeichen besteht aus Ziffern/);
  assert.match(invalid.body, /href="#retentionYears">Die Aufbewahrungsfrist muss eine ganze Zahl/);
});

test('editing a group records only what changed; deactivating takes its subtree out of use for new files', async (t) => {
  const app = await startRecordsApp(t);
  const registry = await signedIn(app, people.registry);
  const node = await nodeId(app.db, app.tenantA.id, '32.12');
  const page = `/intern/aktenplan/${node}`;
  const edited = await post(registry, page, page, {
    title: 'Straßenverkehrsangelegenheiten',
    description: 'Verkehrsbehörde',
    retentionYears: '',
    disposal: '',
    confidentiality: '',
  });
  assert.equal(edited.statusCode, 303);
  const [entry] = await rows<{ summary: { changes: Record<string, unknown> } }>(
    app.db,
    app.tenantA.id,
    sql`select summary from audit_entries where action = 'records.plan_node_changed'`,
  );
  assert.deepEqual(Object.keys(entry!.summary.changes).sort(), ['description', 'title']);

  assert.equal((await post(registry, page, `${page}/stilllegen`, {})).statusCode, 303);
  const inactive = await rows<{ code: string }>(
    app.db,
    app.tenantA.id,
    sql`select code from records_plan_nodes where not active order by code`,
  );
  assert.deepEqual(
    inactive.map((r) => r.code),
    ['32.12', '32.12.01', '32.12.02', '32.12.03'],
  );
  const child = await nodeId(app.db, app.tenantA.id, '32.12.01');
  const underInactive = await post(
    registry,
    `/intern/aktenplan/${child}`,
    `/intern/aktenplan/${child}/aktivieren`,
    {},
  );
  assert.equal(underInactive.statusCode, 409, 'a group cannot be active under a deactivated parent');
  assert.equal((await post(registry, page, `${page}/aktivieren`, {})).statusCode, 303);
  assert.deepEqual(await auditActions(app.db, app.tenantA.id, node), [
    'records.plan_node_changed',
    'records.plan_node_deactivated',
    'records.plan_node_reactivated',
  ]);

  const clerk = await signedIn(app, people.clerk32);
  assert.equal(
    (await post(clerk, '/intern/aktenplan', '/intern/aktenplan', { code: '9', title: 'x' })).statusCode,
    403,
  );
});

test('a CSV plan as Excel saves it (BOM, semicolons, quotes, CRLF) is imported: new groups added, known ones updated', async (t) => {
  const app = await startRecordsApp(t);
  const registry = await signedIn(app, people.registry);
  const csv =
    '\uFEFFcode;title;retention_years;disposal;confidentiality\r\n' +
    '9;Sonstiges;5;V;intern\r\n' +
    '91;"Städtepartnerschaften; Austausch";10;A;offen\r\n' +
    '91.01;"Partnerstadt ""Leichlingen-Süd""";;;\r\n' +
    '32.11.05;Gewerbeuntersagungen;10;prüfen;vertraulich\r\n';
  const before = await count(app);
  const response = await upload(app, registry, Buffer.from(csv, 'utf8'));
  assert.equal(response.statusCode, 303, response.body.slice(0, 3000));
  assert.match(String(response.headers.location), /ergebnis=eingelesen&neu=3&geaendert=1&gleich=0/);
  assert.equal(await count(app), before + 3);
  const [partner] = await rows<{ title: string; parent: string; retention_years: number | null }>(
    app.db,
    app.tenantA.id,
    sql`select n.title, p.code as parent, n.retention_years from records_plan_nodes n join records_plan_nodes p on p.id = n.parent_id where n.code = '91.01'`,
  );
  assert.deepEqual(partner, { title: 'Partnerstadt "Leichlingen-Süd"', parent: '91', retention_years: null });
  const [decimal] = await rows<{ parent: string }>(
    app.db,
    app.tenantA.id,
    sql`select p.code as parent from records_plan_nodes n join records_plan_nodes p on p.id = n.parent_id where n.code = '91'`,
  );
  assert.equal(decimal!.parent, '9', 'decimal codes: 91 belongs to 9');
  const page = await registry.get(String(response.headers.location));
  assert.match(page.body, /3 Gruppen neu, 1 geändert, 0 unverändert/);
  const imported = await rows<{ action: string }>(
    app.db,
    app.tenantA.id,
    sql`select action from audit_entries where action = 'records.plan_imported'`,
  );
  assert.equal(imported.length, 1);
});

test('a CSV with errors is refused as a whole and every problem is named by its line', async (t) => {
  const app = await startRecordsApp(t);
  const registry = await signedIn(app, people.registry);
  const csv = [
    'code;title;retention_years;disposal;confidentiality',
    '95;Neue Gruppe;10;vernichten;intern',
    '95.01;;10;vernichten;intern',
    '95.02;Frist falsch;zehn;vernichten;intern',
    '96.01;Ohne Eltern;;;',
    '95;Doppelt;;;',
    '95.03;Unbekannt;;verbrennen;geheim',
  ].join('\n');
  const before = await count(app);
  const response = await upload(app, registry, csv);
  assert.equal(response.statusCode, 400);
  for (const expected of [
    /Zeile 3: Die Bezeichnung fehlt/,
    /Zeile 4: Die Aufbewahrungsfrist „zehn“ ist keine ganze Zahl/,
    /Zeile 6: Das Kennzeichen 95 steht schon in Zeile 2/,
    /Zeile 7: Die Aussonderung „verbrennen“ ist unbekannt/,
    /Zeile 7: Die Vertraulichkeit „geheim“ ist unbekannt/,
  ])
    assert.match(response.body, expected);
  assert.equal(await count(app), before, 'nothing written');

  const orphan = await upload(app, registry, '96.01;Ohne Eltern;;;\n');
  assert.equal(orphan.statusCode, 400);
  assert.match(orphan.body, /Zeile 1: Zu 96\.01 fehlt die übergeordnete Gruppe 96/);

  const latin1 = await upload(app, registry, Buffer.from('97;Gebührenübersicht;;;\n', 'latin1'));
  assert.equal(latin1.statusCode, 400);
  assert.match(latin1.body, /nicht UTF-8-kodiert/);
  const empty = await upload(app, registry, '');
  assert.match(empty.body, /Bitte wählen Sie eine CSV-Datei/);
  assert.equal(await count(app), before);
});
