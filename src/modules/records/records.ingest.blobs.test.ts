// An upload is all or nothing: when the transaction after the blob write fails, or the process dies in
// between, the cleanup removes exactly the blobs nobody references — in any municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID, createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { createAuditTrail } from '../audit/index.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createJobQueue } from '../../platform/jobs/index.ts';
import { textPdf } from './fixtures/records.fixtures.ts';
import { recordsCaller } from './records.core.actor.ts';
import { addDocument } from './records.documents.usecases.ts';
import {
  createDocumentsWorld,
  people,
  seedCase,
  staffCaller,
  type DocumentsWorld,
} from './records.documents.test-fixtures.ts';
import { claimAndStoreBlob, collectUnreferencedBlobs } from './records.ingest.blobs.ts';
import { stageUpload } from './records.ingest.ts';

type World = DocumentsWorld;
const world = createDocumentsWorld;

async function storeClaimed(w: World, tenantId: string, content: Buffer) {
  const file = path.join(w.directory, `${randomUUID()}.bin`);
  await writeFile(file, content);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await claimAndStoreBlob({ db: w.db, blobs: w.blobs, tenantId, sha256, sourcePath: file });
  return sha256;
}

async function referenceFrom(w: World, tenantId: string, sha256: string) {
  const { caseId } = await seedCase(w.db, tenantId, { department: '32.1' });
  await withTenant(w.db, tenantId, async (trx) => {
    const { rows } = await sql<{
      id: string;
    }>`insert into records_documents (tenant_id, case_id, title, document_type)
      values (app_tenant_id(), ${caseId}, 'Verweis', 'other') returning id`.execute(trx);
    await sql`insert into records_document_versions (tenant_id, document_id, version, content_sha256, byte_size, media_type, file_name)
      values (app_tenant_id(), ${rows[0]!.id}, 1, ${sha256}, 1, 'text/plain', 'a.txt')`.execute(trx);
  });
}

const claimsLeft = async (w: World) =>
  Number((await sql<{ n: string }>`select count(*) as n from records_blob_claims`.execute(w.db)).rows[0]!.n);

test('the sweep deletes a blob whose upload never committed, and its claim', async (t) => {
  const w = await world(t);
  const orphan = await storeClaimed(w, w.a.id, Buffer.from('verwaist'));
  assert.ok(await w.blobs.has(orphan));
  // Within the grace period the claim may belong to an upload still running: nothing is touched.
  assert.deepEqual(await collectUnreferencedBlobs({ db: w.db, blobs: w.blobs }), {
    staleClaims: 0,
    deletedBlobs: [],
  });
  assert.ok(await w.blobs.has(orphan));
  const later = new Date(Date.now() + 2 * 60 * 60 * 1000);
  assert.deepEqual(await collectUnreferencedBlobs({ db: w.db, blobs: w.blobs, now: later }), {
    staleClaims: 1,
    deletedBlobs: [orphan],
  });
  assert.equal(await w.blobs.has(orphan), false);
  assert.equal(await claimsLeft(w), 0);
});

test('a blob referenced by another municipality survives a stale claim of this one', async (t) => {
  const w = await world(t);
  const shared = await storeClaimed(w, w.a.id, Buffer.from('gleicher Inhalt in zwei Städten'));
  await referenceFrom(w, w.b.id, shared);
  const result = await collectUnreferencedBlobs({
    db: w.db,
    blobs: w.blobs,
    graceMs: 0,
    now: new Date(Date.now() + 1000),
  });
  assert.deepEqual(result, { staleClaims: 1, deletedBlobs: [] });
  assert.ok(await w.blobs.has(shared));
});

test('an OCR rendition counts as a reference, and keeps counting until the version is gone', async (t) => {
  const w = await world(t);
  const content = await storeClaimed(w, w.a.id, Buffer.from('original'));
  const rendition = await storeClaimed(w, w.a.id, Buffer.from('durchsuchbar'));
  await referenceFrom(w, w.a.id, content);
  await withTenant(w.db, w.a.id, (trx) =>
    sql`update records_document_versions set rendition_sha256 = ${rendition} where content_sha256 = ${content}`.execute(
      trx,
    ),
  );
  const refs = (await sql<{ kind: string }>`select kind from records_blob_refs order by kind`.execute(w.db))
    .rows;
  assert.deepEqual(
    refs.map((ref) => ref.kind),
    ['content', 'rendition'],
  );
  await collectUnreferencedBlobs({ db: w.db, blobs: w.blobs, graceMs: 0, now: new Date(Date.now() + 1000) });
  assert.ok(await w.blobs.has(content));
  assert.ok(await w.blobs.has(rendition));
});

test('when the transaction after the blob write fails, neither blob nor claim is left', async (t) => {
  const w = await world(t);
  const jobs = createJobQueue({ db: w.db });
  const deps = {
    db: w.db,
    blobs: w.blobs,
    jobs,
    audit: createAuditTrail(),
    now: () => new Date(),
    settings: w.settings,
  };
  const content = textPdf([['Ein Brief, der nirgends ankommt']]);
  const staged = await stageUpload(Readable.from([content]), w.settings);
  const caller = recordsCaller(await staffCaller(w.db, w.a.id, people.clerk));
  // The case vanishes (here: never existed) between the early check and the transaction.
  await assert.rejects(
    addDocument(deps, {
      tenantId: w.a.id,
      caller,
      caseId: randomUUID(),
      staged,
      fileName: 'brief.pdf',
      metadata: {
        title: 'Brief',
        documentType: 'letter',
        direction: 'incoming',
        receivedOn: null,
        sentOn: null,
        sender: null,
        tags: [],
      },
    }),
    { code: 'records.not_found' },
  );
  assert.equal(await w.blobs.has(staged.sha256), false);
  assert.equal(await claimsLeft(w), 0);
});
