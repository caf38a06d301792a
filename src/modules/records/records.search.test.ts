import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { tenantScope, withTenant } from '../../platform/db/tenant-scope.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import type { RecordsViewer } from './records.policies.ts';
import {
  addDocument,
  addVersionText,
  createFileWithCase,
  createSearchWorld,
  viewers,
  type SearchWorld,
} from './records.search.test-data.ts';
import { searchRecords, type SearchFilters } from './records.search.usecases.ts';
import type { RecordsDb } from './records.tables.ts';

async function setUp(t: { after: (fn: () => Promise<void>) => void }) {
  const handle = await createMigratedTestDatabase<unknown>();
  t.after(() => handle.close());
  const world = await createSearchWorld(handle.db, 'leichlingen');
  return { db: handle.db, world, as: viewers(world) };
}

function search(
  world: SearchWorld,
  viewer: RecordsViewer,
  text: string,
  filters: SearchFilters = {},
  cursor?: string,
) {
  return searchRecords({
    scope: tenantScope(world.db as Kysely<RecordsDb>, world.tenantId),
    viewer,
    text,
    filters,
    cursor,
  });
}

async function titlesFound(
  world: SearchWorld,
  viewer: RecordsViewer,
  text: string,
  filters: SearchFilters = {},
) {
  const { hits } = await search(world, viewer, text, filters);
  return hits.map((hit) => hit.title).sort();
}

test('German words are found in their other forms, spellings and as prefixes, and typos are corrected', async (t) => {
  const { world, as } = await setUp(t);
  const { caseId } = await createFileWithCase(world, { department: 'bauaufsicht', planCode: '63' });
  await addDocument(world, {
    caseId,
    title: 'Anmeldung',
    text: 'Der Hund des Antragstellers ist ein Dackel.',
  });
  await addDocument(world, { caseId, title: 'Schreiben Müller', text: 'Sehr geehrter Herr Müller, danke.' });
  await addDocument(world, { caseId, title: 'Schreiben Mueller', text: 'Sehr geehrte Frau Mueller, danke.' });
  await addDocument(world, { caseId, title: 'Ortstermin', text: 'Treffpunkt ist die Gartenstraße 4.' });
  await addDocument(world, { caseId, title: 'Lageplan', text: 'Zufahrt über die Hauptstrasse.' });
  await addDocument(world, { caseId, title: 'Eingang', text: 'Ihr Bauantrag vom 2. März ist eingegangen.' });
  await addDocument(world, { caseId, title: 'Bescheid', text: 'Festsetzung der Hundesteuer für 2026.' });
  const clerk = as.clerkBauaufsicht;

  assert.deepEqual(
    await titlesFound(world, clerk, 'Hunde'),
    ['Anmeldung', 'Bescheid'],
    'Hunde → Hund (and Hunde… as prefix)',
  );
  assert.deepEqual(
    await titlesFound(world, clerk, 'Hunde Dackel'),
    ['Anmeldung'],
    'only the last word is a prefix',
  );
  assert.deepEqual(await titlesFound(world, clerk, 'Müller'), ['Schreiben Mueller', 'Schreiben Müller']);
  assert.deepEqual(await titlesFound(world, clerk, 'Mueller'), ['Schreiben Mueller', 'Schreiben Müller']);
  assert.deepEqual(await titlesFound(world, clerk, 'Gartenstrasse'), ['Ortstermin']);
  assert.deepEqual(await titlesFound(world, clerk, 'Hauptstraße'), ['Lageplan']);
  // The last word also counts as the beginning of a word (its stem "hund" matches the dog as well).
  assert.ok((await titlesFound(world, clerk, 'Hundest')).includes('Bescheid'), 'prefix of Hundesteuer');
  assert.deepEqual(await titlesFound(world, clerk, 'Festsetzung Hundest'), ['Bescheid']);

  const typo = await search(world, clerk, 'Bauantarg');
  assert.deepEqual(
    typo.hits.map((hit) => hit.title),
    ['Eingang'],
  );
  assert.deepEqual(typo.corrected, ['Bauantarg']);
  assert.deepEqual((await search(world, clerk, 'Bauantrag')).corrected, [], 'a real word is not corrected');
  assert.deepEqual(await titlesFound(world, clerk, 'Baugenehmigung'), [], 'no similar word: no hits');
  assert.deepEqual(await titlesFound(world, clerk, 'für die'), [], 'stop words alone find nothing');
});

test('snippets show the hit marked in the spelling of the text; title matches are flagged', async (t) => {
  const { world, as } = await setUp(t);
  const { caseId } = await createFileWithCase(world, { department: 'bauaufsicht', planCode: '63' });
  await addDocument(world, {
    caseId,
    title: 'Stellungnahme',
    text: 'Anlage <script>alert(1)</script> & Hinweis: Die Garage von Herrn Mueller überschreitet die Baugrenze.',
  });
  await addDocument(world, { caseId, title: 'Brief an Herrn Müller', text: 'Kein weiterer Inhalt.' });
  const { hits } = await search(world, as.clerkBauaufsicht, 'Müller');
  assert.deepEqual(hits.map((hit) => [hit.title, hit.titleMatch]).sort(), [
    ['Brief an Herrn Müller', true],
    ['Stellungnahme', false],
  ]);
  const snippet = hits.find((hit) => hit.title === 'Stellungnahme')!.snippet!;
  assert.deepEqual(
    snippet.filter((part) => part.hit).map((part) => part.text),
    ['Mueller'],
    'the spelling in the text is highlighted',
  );
  const { snippetHtml } = await import('./records.search.snippet.ts');
  const html = snippetHtml(snippet);
  assert.match(html, /<mark>Mueller<\/mark>/);
  assert.doesNotMatch(html.replaceAll(/<\/?mark>/g, ''), /[<>]/, 'no markup from the text survives');
  assert.match(html, /&amp;/);
});

test('filters narrow by department, plan group (with its subgroups), type, case status and date', async (t) => {
  const { db, world, as } = await setUp(t);
  const building = await createFileWithCase(world, {
    department: 'bauaufsicht',
    planCode: '63',
    confidentiality: 'open',
  });
  const sub = await createFileWithCase(world, {
    department: 'bauaufsicht',
    planCode: '63.1',
    planParentCode: '63',
    confidentiality: 'open',
  });
  const office = await createFileWithCase(world, {
    department: 'buergerbuero',
    planCode: '32',
    confidentiality: 'open',
  });
  const text = 'Antrag auf Genehmigung';
  await addDocument(world, {
    caseId: building.caseId,
    title: 'A',
    text,
    documentType: 'application',
    receivedOn: '2026-01-10',
  });
  await addDocument(world, {
    caseId: sub.caseId,
    title: 'B',
    text,
    documentType: 'notice',
    receivedOn: '2026-02-10',
  });
  await addDocument(world, {
    caseId: office.caseId,
    title: 'C',
    text,
    documentType: 'application',
    receivedOn: '2026-03-10',
  });
  await withTenant(db, world.tenantId, (trx) =>
    sql`update records_cases set status = 'closed', closed_at = now() where id = ${office.caseId}`.execute(
      trx,
    ),
  );
  const viewer = as.clerkBuergerbuero;
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag'), ['A', 'B', 'C']);
  assert.deepEqual(
    await titlesFound(world, viewer, 'Antrag', { departmentId: world.departments.bauaufsicht }),
    ['A', 'B'],
  );
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag', { planCode: '63' }), ['A', 'B']);
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag', { planCode: '63.1' }), ['B']);
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag', { documentType: 'application' }), ['A', 'C']);
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag', { status: 'closed' }), ['C']);
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag', { status: 'open' }), ['A', 'B']);
  assert.deepEqual(await titlesFound(world, viewer, 'Antrag', { from: '2026-02-01', to: '2026-02-28' }), [
    'B',
  ]);
  assert.deepEqual(
    await titlesFound(world, viewer, '', { documentType: 'notice' }),
    ['B'],
    'filters alone list documents',
  );
  await assert.rejects(search(world, viewer, 'Antrag', { from: '2026-02-31' }), {
    code: 'records.search_invalid_date',
  });
});

test('only what the person may see is found: confidentiality, department, and never another municipality', async (t) => {
  const { db, world, as } = await setUp(t);
  const text = 'Vertrauliche Stellungnahme zur Baulast Grundstück Lindenweg';
  const confidential = await createFileWithCase(world, {
    department: 'bauaufsicht',
    planCode: '63',
    confidentiality: 'confidential',
    responsibleStaffId: world.staff.clerkBauaufsicht,
  });
  const internal = await createFileWithCase(world, {
    department: 'bauaufsicht',
    planCode: '63',
    confidentiality: 'internal',
  });
  const open = await createFileWithCase(world, {
    department: 'bauaufsicht',
    planCode: '63',
    confidentiality: 'open',
  });
  await addDocument(world, { caseId: confidential.caseId, title: 'vertraulich', text });
  await addDocument(world, { caseId: internal.caseId, title: 'intern', text });
  await addDocument(world, { caseId: open.caseId, title: 'offen', text });
  const other = await createSearchWorld(db, 'burscheid');
  const otherFile = await createFileWithCase(other, {
    department: 'bauaufsicht',
    planCode: '63',
    confidentiality: 'open',
  });
  await addDocument(other, { caseId: otherFile.caseId, title: 'andere Stadt', text });

  assert.deepEqual(
    await titlesFound(world, as.clerkBuergerbuero, 'Baulast'),
    ['offen'],
    'another department',
  );
  assert.deepEqual(
    await titlesFound(world, as.registrar, 'Baulast'),
    ['intern', 'offen', 'vertraulich'],
    'Registratur',
  );
  assert.deepEqual(await titlesFound(world, as.headBauaufsicht, 'Baulast'), [
    'intern',
    'offen',
    'vertraulich',
  ]);
  assert.deepEqual(
    await titlesFound(world, as.clerkBauaufsicht, 'Baulast'),
    ['intern', 'offen', 'vertraulich'],
    'responsible',
  );
  assert.deepEqual(await titlesFound(world, as.apiClient, 'Baulast'), ['intern', 'offen']);
  assert.deepEqual(await titlesFound(other, viewers(other).registrar, 'Baulast'), ['andere Stadt']);
  // The correction word list is per municipality too: a word only the other town has is no correction here.
  await addDocument(other, { caseId: otherFile.caseId, title: 'Zisterne', text: 'Regenwasserzisterne' });
  assert.deepEqual((await search(world, as.registrar, 'Regenwasserzistern')).corrected, []);

  // Changing the file changes who finds its documents, through the triggers alone.
  await withTenant(db, world.tenantId, (trx) =>
    sql`update records_files set confidentiality = 'open' where id = ${confidential.fileId}`.execute(trx),
  );
  assert.deepEqual(await titlesFound(world, as.clerkBuergerbuero, 'Baulast'), ['offen', 'vertraulich']);
});

test('the index follows changes: new version text, metadata, case title, moving a case', async (t) => {
  const { db, world, as } = await setUp(t);
  const first = await createFileWithCase(world, {
    department: 'bauaufsicht',
    planCode: '63',
    confidentiality: 'open',
  });
  const second = await createFileWithCase(world, {
    department: 'buergerbuero',
    planCode: '32',
    confidentiality: 'internal',
  });
  const id = await addDocument(world, {
    caseId: first.caseId,
    title: 'Entwurf',
    text: 'Carport an der Grenze',
  });
  const viewer = as.clerkBauaufsicht;
  assert.deepEqual(await titlesFound(world, viewer, 'Carport'), ['Entwurf']);

  await withTenant(db, world.tenantId, async (trx) => {
    await addVersionText(trx, world.tenantId, id, 2, 'Gartenhaus an der Grenze');
    await sql`update records_documents set current_version = 2, title = 'Endfassung' where id = ${id}`.execute(
      trx,
    );
  });
  assert.deepEqual(await titlesFound(world, viewer, 'Carport'), [], 'the old version is no longer searched');
  assert.deepEqual(await titlesFound(world, viewer, 'Gartenhaus'), ['Endfassung']);

  await withTenant(db, world.tenantId, (trx) =>
    sql`update records_cases set title = 'Nachbarbeschwerde Lindenweg' where id = ${first.caseId}`.execute(
      trx,
    ),
  );
  assert.deepEqual(await titlesFound(world, viewer, 'Nachbarbeschwerde'), ['Endfassung'], 'case title');

  await withTenant(db, world.tenantId, (trx) =>
    sql`update records_cases set file_id = ${second.fileId}, department_id = ${world.departments.buergerbuero}
        where id = ${first.caseId}`.execute(trx),
  );
  assert.deepEqual(
    await titlesFound(world, viewer, 'Gartenhaus'),
    [],
    'moved into an internal file of another department',
  );
  assert.deepEqual(await titlesFound(world, as.clerkBuergerbuero, 'Gartenhaus'), ['Endfassung']);

  await withTenant(db, world.tenantId, (trx) =>
    sql`update records_document_texts set body = 'Gerätehaus' where document_id = ${id} and version = 2`.execute(
      trx,
    ),
  );
  assert.deepEqual(
    await titlesFound(world, as.clerkBuergerbuero, 'Gerätehaus'),
    ['Endfassung'],
    'text replaced',
  );
});

test('pages are complete and without repeats, newest first, also when all hits share the same date', async (t) => {
  const { world, as } = await setUp(t);
  const { caseId } = await createFileWithCase(world, { department: 'bauaufsicht', planCode: '63' });
  const expected = new Set<string>();
  for (let n = 0; n < 23; n++)
    expected.add(await addDocument(world, { caseId, title: `Bescheid ${n}`, text: 'Gebührenbescheid' }));
  for (let n = 0; n < 24; n++)
    expected.add(await addDocument(world, { caseId, title: `Anlage ${n}`, text: 'Bescheid über Gebühren' }));
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await search(world, as.clerkBauaufsicht, 'Bescheid', {}, cursor);
    seen.push(...page.hits.map((hit) => hit.documentId));
    const keys = page.hits.map((hit) => `${hit.documentDate}.${hit.documentId}`);
    assert.deepEqual(keys, [...keys].sort().reverse(), 'newest first, then by id');
    cursor = page.nextCursor ?? undefined;
    pages += 1;
    // A document filed while someone pages through does not shift the pages already shown.
    if (pages === 1)
      await addDocument(world, { caseId, title: 'Bescheid neu', text: 'x', receivedOn: '2026-01-01' });
  } while (cursor && pages < 10);
  assert.equal(pages, 3);
  assert.equal(new Set(seen).size, seen.length, 'no document twice');
  for (const id of expected) assert.ok(seen.includes(id), 'every hit shows up once');
  assert.equal(seen.length, 48, 'plus the one filed in between, which sorts after the cursor');
});
