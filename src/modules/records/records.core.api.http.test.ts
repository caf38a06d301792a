import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostB } from '../../test-app.ts';
import { api, apiToken, departmentId, nodeId, startRecordsApp } from './records.core.test-helpers.ts';

interface ErrorBody {
  error: { code: string; message: string; details?: { field: string; message: string }[] };
}

test('an API client with records.write creates a file and a case, and reads them back', async (t) => {
  const app = await startRecordsApp(t);
  const client = api(app, await apiToken(app, ['records.read', 'records.write']));
  const plan = await client.get('/api/v1/records/plan');
  assert.equal(plan.statusCode, 200);
  const nodes = plan.json<{ nodes: { code: string; effective: { retentionYears: number } }[] }>().nodes;
  assert.ok(nodes.length > 50, 'the demo plan has dozens of groups');
  assert.equal(nodes.find((node) => node.code === '34.01')?.effective.retentionYears, 110);

  const created = await client.post('/api/v1/records/files', {
    planNodeId: await nodeId(app.db, app.tenantA.id, '63.02'),
    title: 'Bauvoranfrage Hasensprungmühle',
    departmentId: await departmentId(app.db, app.tenantA.id, '63'),
  });
  assert.equal(created.statusCode, 201, created.body);
  const file = created.json<{
    id: string;
    reference: string;
    retentionYears: number;
    responsibleStaffId: string | null;
  }>();
  assert.equal(file.reference, '63.02-0001/2026');
  assert.equal(file.retentionYears, 10);
  assert.equal(file.responsibleStaffId, null, 'a machine names nobody in charge by default');
  assert.equal(created.headers.location, `/api/v1/records/files/${file.id}`);

  const caseResponse = await client.post(`/api/v1/records/files/${file.id}/cases`, {
    title: 'Voranfrage vom 2. März',
  });
  assert.equal(caseResponse.statusCode, 201, caseResponse.body);
  const created2 = caseResponse.json<{
    id: string;
    number: number;
    file: { reference: string };
    documents: unknown[];
  }>();
  assert.equal(created2.number, 1);
  assert.equal(created2.file.reference, '63.02-0001/2026');
  assert.deepEqual(created2.documents, []);
  const read = await client.get(`/api/v1/records/cases/${created2.id}`);
  assert.equal(read.statusCode, 200);
  const fileRead = await client.get(`/api/v1/records/files/${file.id}`);
  assert.equal(fileRead.json<{ title: string }>().title, 'Bauvoranfrage Hasensprungmühle');
});

test('the API pages files and cases with a cursor and never repeats or skips one', async (t) => {
  const app = await startRecordsApp(t);
  const client = api(app, await apiToken(app, ['records.read', 'records.write']));
  const planNodeId = await nodeId(app.db, app.tenantA.id, '33.01');
  const department = await departmentId(app.db, app.tenantA.id, '32.1');
  for (let index = 0; index < 7; index += 1) {
    const response = await client.post('/api/v1/records/files', {
      planNodeId,
      title: `Meldeakte ${index}`,
      departmentId: department,
    });
    assert.equal(response.statusCode, 201);
  }
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/records/files?planNode=${planNodeId}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await client.get(url)).json<{ items: { title: string }[]; nextCursor: string | null }>();
    seen.push(...page.items.map((item) => item.title));
    cursor = page.nextCursor;
  } while (cursor);
  // All created within the same clock millisecond: the id breaks the tie, so the order is still total.
  assert.equal(seen.length, 7);
  assert.equal(new Set(seen).size, 7);
  const cases = await client.get(`/api/v1/records/cases?department=${department}&status=open`);
  assert.equal(cases.statusCode, 200);
  assert.ok(
    cases
      .json<{ items: { title: string }[] }>()
      .items.some((item) => item.title.startsWith('Gewerbeanmeldung')),
  );
});

test('bad input gets a 400 with a German message per field; a read-only token may not write', async (t) => {
  const app = await startRecordsApp(t);
  const writer = api(app, await apiToken(app, ['records.read', 'records.write']));
  const bad = await writer.post('/api/v1/records/files', {
    planNodeId: 'kein-knoten',
    title: '',
    departmentId: await departmentId(app.db, app.tenantA.id, '32.1'),
    retentionYears: 5,
  });
  assert.equal(bad.statusCode, 400);
  const body = bad.json<ErrorBody>();
  assert.equal(body.error.code, 'records.validation_failed');
  assert.deepEqual(body.error.details?.map((detail) => detail.field).sort(), ['planNodeId', 'title']);
  assert.match(
    body.error.details!.find((detail) => detail.field === 'title')!.message,
    /Bitte geben Sie einen Titel ein/,
  );

  const wrongType = await writer.post('/api/v1/records/files', { title: 'x', retentionYears: 'zehn' });
  assert.equal(wrongType.statusCode, 400);
  const unknownField = await writer.post('/api/v1/records/files', {
    title: 'x',
    reference: 'selbst gewählt',
  });
  assert.equal(unknownField.statusCode, 400, 'a client cannot choose its own reference');

  const reader = api(app, await apiToken(app, ['records.read']));
  const refused = await reader.post('/api/v1/records/files', { title: 'x' });
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json<ErrorBody>().error.code, 'access.forbidden');
});

test('an API client never sees confidential records, nor another town’s, and an unknown id is a 404', async (t) => {
  const app = await startRecordsApp(t);
  const client = api(app, await apiToken(app, ['records.read', 'records.write']));
  const confidential = await client.post('/api/v1/records/files', {
    planNodeId: await nodeId(app.db, app.tenantA.id, '51.02'),
    title: 'Hilfe zur Erziehung',
    departmentId: await departmentId(app.db, app.tenantA.id, '51'),
  });
  assert.equal(confidential.statusCode, 400, 'it could not see the file afterwards');
  assert.match(confidential.body, /könnten Sie die Akte selbst nicht mehr sehen/);

  const own = await client.post('/api/v1/records/files', {
    planNodeId: await nodeId(app.db, app.tenantA.id, '51.01'),
    title: 'Elternbeiträge Kita Sonnenschein',
    departmentId: await departmentId(app.db, app.tenantA.id, '51'),
  });
  const fileId = own.json<{ id: string }>().id;
  const otherTown = api(app, await apiToken(app, ['records.read', 'records.write'], app.tenantB), hostB);
  assert.equal((await otherTown.get(`/api/v1/records/files/${fileId}`)).statusCode, 404);
  assert.equal(
    (await otherTown.post(`/api/v1/records/files/${fileId}/cases`, { title: 'x' })).statusCode,
    404,
  );
  const unknown = await client.get('/api/v1/records/cases/00000000-0000-4000-8000-000000000000');
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json<ErrorBody>().error.code, 'records.not_found');
});
