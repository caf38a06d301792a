// The Postfach's use cases on a real database: what sending stores and announces, that nothing is
// announced when the sending transaction fails, the office's lists, and how a reply lands in the case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { sql, type Kysely } from 'kysely';
import { tenantScope, withTenant } from '../../../platform/db/tenant-scope.ts';
import { DEMO_CITIZEN } from '../../citizens/index.ts';
import { defaultIngestSettings, stageUpload } from '../../records/index.ts';
import {
  listMessagesOfCase,
  listMessagesOfApplication,
  sendToCitizen,
  sendToCitizenIn,
} from './mailbox.index.ts';
import { sendReply, type FileReplyInput } from './mailbox.reply.ts';
import type { MailboxTables } from './mailbox.tables.ts';
import { mailsTo, query, startMailboxApp, storeBlob } from './mailbox.test-helpers.ts';

const caseId = '6f1c2a4e-7d35-4c1b-9a7e-1b2c3d4e5f60';
const applicationId = '0b9d8c7a-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

test('sending stores message, attachments and an audit entry, and queues a mail without the content', async (t) => {
  const { app, deps, erikaId } = await startMailboxApp(t);
  const notice = await storeBlob(app, Buffer.from('%PDF-1.4 Bescheid'));
  const { messageId } = await sendToCitizen(deps, {
    tenantId: app.tenantA.id,
    citizenId: erikaId,
    kind: 'notice',
    subject: 'Bescheid über die Hundesteuer',
    body: 'Geheimer Inhalt: Steuerbetrag 96 Euro.',
    caseId,
    applicationId,
    attachments: [{ ...notice, fileName: 'Bescheid.pdf', mediaType: 'application/pdf', documentId: caseId }],
  });

  const [message] = await query(
    app,
    sql<{ kind: string; direction: string; case_id: string; first_opened_at: Date | null }>`
      select kind, direction, case_id, first_opened_at from portal_mailbox_messages where id = ${messageId}`,
  );
  assert.deepEqual(message, {
    kind: 'notice',
    direction: 'to_citizen',
    case_id: caseId,
    first_opened_at: null,
  });
  const attachments = await query(
    app,
    sql<{
      file_name: string;
      blob_sha256: string;
    }>`select file_name, blob_sha256 from portal_mailbox_attachments`,
  );
  assert.deepEqual(attachments, [{ file_name: 'Bescheid.pdf', blob_sha256: notice.blobSha256 }]);
  const audit = await query(
    app,
    sql<{ action: string; object_id: string }>`
    select action, object_id from audit_entries where action like 'mailbox.%'`,
  );
  assert.deepEqual(audit, [{ action: 'mailbox.message_sent', object_id: messageId }]);

  const [mail] = await mailsTo(app, DEMO_CITIZEN.email);
  assert.ok(mail, 'the citizen is told by e-mail');
  assert.equal(mail.subject, 'Neue Nachricht in Ihrem Postfach – Stadt Leichlingen (Rheinland)');
  assert.match(mail.text, /https:\/\/leichlingen\.example\/konto\/postfach/);
  assert.doesNotMatch(mail.text, /Hundesteuer|Geheimer|96 Euro|Bescheid\.pdf/);
  const jobs = await query(app, sql<{ kind: string }>`select kind from jobs where kind = 'mail.send'`);
  assert.equal(jobs.length, 1);
});

test('when the sending transaction fails, no message is stored and no mail is queued', async (t) => {
  const { app, deps, erikaId } = await startMailboxApp(t);
  await assert.rejects(
    withTenant(app.db, app.tenantA.id, async (trx) => {
      await sendToCitizenIn(trx, deps, {
        tenantId: app.tenantA.id,
        citizenId: erikaId,
        kind: 'message',
        subject: 'Eine Nachricht',
        body: 'Text',
      });
      throw new Error('the step after it fails');
    }),
    /the step after it fails/,
  );
  assert.equal((await query(app, sql`select id from portal_mailbox_messages`)).length, 0);
  assert.deepEqual(await mailsTo(app, DEMO_CITIZEN.email), []);
  assert.equal((await query(app, sql`select id from jobs where kind = 'mail.send'`)).length, 0);
});

test('a citizen without an e-mail address gets the message but no announcement', async (t) => {
  const { app, deps } = await startMailboxApp(t);
  const [row] = await query(
    app,
    sql<{ id: string }>`insert into citizens (tenant_id, email, given_name, family_name, created_at)
      values (app_tenant_id(), null, 'Ohne', 'Adresse', now()) returning id`,
  );
  await sendToCitizen(deps, {
    tenantId: app.tenantA.id,
    citizenId: row!.id,
    kind: 'message',
    subject: 'Hallo',
    body: 'Text',
  });
  assert.equal((await query(app, sql`select id from portal_mailbox_messages`)).length, 1);
  const { messages } = await app.platform.mailer.listOutbox({ limit: 10 });
  assert.equal(messages.length, 0);
});

test('a reply deadline belongs to a query, and an attachment must be in the blob store', async (t) => {
  const { app, deps, erikaId } = await startMailboxApp(t);
  const base = { tenantId: app.tenantA.id, citizenId: erikaId, subject: 'Frage', body: 'Text' };
  await assert.rejects(sendToCitizen(deps, { ...base, kind: 'message', replyBy: '2026-03-20' }), {
    code: 'portal.mailbox_invalid_message',
  });
  await assert.rejects(
    sendToCitizen(deps, {
      ...base,
      kind: 'message',
      attachments: [
        { blobSha256: 'a'.repeat(64), fileName: 'x.pdf', mediaType: 'application/pdf', byteSize: 1 },
      ],
    }),
    { code: 'portal.mailbox_attachment_missing' },
  );
  const { messageId } = await sendToCitizen(deps, { ...base, kind: 'query', replyBy: '2026-03-20' });
  const [row] = await query(
    app,
    sql<{ reply_by: string }>`select reply_by::text from portal_mailbox_messages where id = ${messageId}`,
  );
  assert.equal(row!.reply_by, '2026-03-20');
});

test('a reply to a message of a case is stored with its files, handed to the case, and listed for the office', async (t) => {
  const { app, deps, erikaId } = await startMailboxApp(t);
  const { messageId } = await sendToCitizen(deps, {
    tenantId: app.tenantA.id,
    citizenId: erikaId,
    kind: 'query',
    subject: 'Fehlender Nachweis',
    body: 'Bitte senden Sie uns den Nachweis.',
    caseId,
    applicationId,
    replyBy: '2026-03-20',
  });
  app.clock.advance(60_000);
  const staged = await stageUpload(
    Readable.from([Buffer.from('Nachweis als Text\n')]),
    defaultIngestSettings,
  );
  const handed: FileReplyInput[] = [];
  const scope = tenantScope(app.db as Kysely<MailboxTables>, app.tenantA.id);
  const { replyId } = await sendReply(
    { ...deps, scope },
    { fileReply: async (input) => void handed.push(input) },
    {
      tenantId: app.tenantA.id,
      citizenId: erikaId,
      messageId,
      text: 'Anbei der Nachweis.',
      files: [{ staged, fileName: 'Nachweis.txt', mediaType: 'text/plain', byteSize: staged.size }],
    },
  );
  assert.equal(handed.length, 1);
  assert.equal(handed[0]!.caseId, caseId);
  assert.equal(handed[0]!.messageId, replyId);
  assert.equal(handed[0]!.body, 'Anbei der Nachweis.');
  assert.equal(handed[0]!.files[0]!.fileName, 'Nachweis.txt');
  assert.ok(await app.platform.blobs.has(staged.sha256), 'the file is in the blob store');

  const ofCase = await withTenant(app.db, app.tenantA.id, (trx) => listMessagesOfCase(trx, caseId));
  assert.deepEqual(
    ofCase.map((m) => [m.direction, m.subject, m.attachments.length, m.filedAt !== null]),
    [
      ['to_citizen', 'Fehlender Nachweis', 0, false],
      ['from_citizen', 'Antwort: Fehlender Nachweis', 1, true],
    ],
  );
  const ofApplication = await withTenant(app.db, app.tenantA.id, (trx) =>
    listMessagesOfApplication(trx, applicationId),
  );
  assert.equal(ofApplication.length, 2);
  const audit = await query(
    app,
    sql<{ action: string }>`
    select action from audit_entries where action like 'mailbox.%' order by seq`,
  );
  assert.deepEqual(
    audit.map((a) => a.action),
    ['mailbox.message_sent', 'mailbox.reply_sent', 'mailbox.reply_filed'],
  );
});

test('the first opening is written once: the database refuses to change it', async (t) => {
  const { app, deps, erikaId } = await startMailboxApp(t);
  const { messageId } = await sendToCitizen(deps, {
    tenantId: app.tenantA.id,
    citizenId: erikaId,
    kind: 'notice',
    subject: 'Bescheid',
    body: 'Text',
  });
  await query(
    app,
    sql`update portal_mailbox_messages set first_opened_at = now(), first_opened_by = ${erikaId} where id = ${messageId}`,
  );
  await assert.rejects(
    query(
      app,
      sql`update portal_mailbox_messages set first_opened_at = now() + interval '1 day' where id = ${messageId}`,
    ),
    /recorded once/,
  );
  await assert.rejects(
    query(app, sql`update portal_mailbox_messages set body = 'anders' where id = ${messageId}`),
    /cannot be changed/,
  );
  await assert.rejects(query(app, sql`delete from portal_mailbox_messages where id = ${messageId}`));
});
