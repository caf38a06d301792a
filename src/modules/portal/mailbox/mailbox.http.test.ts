// The Postfach through the app, as the demo citizen uses it: the list, opening a message (the first
// opening is the date of receipt, recorded once), downloading an attachment, replying with text and
// files, refusals that store nothing, and that nobody else reaches a citizen's messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { DEMO_CITIZEN } from '../../citizens/index.ts';
import { letterLines, textPdf } from '../../records/index.ts';
import { createBrowser, hostA } from '../../../test-app.ts';
import { sendToCitizen } from './mailbox.index.ts';
import { postReply, query, signedIn, startMailboxApp, storeBlob } from './mailbox.test-helpers.ts';

type Setup = Awaited<ReturnType<typeof startMailboxApp>>;

/** A notice with a PDF and a query with a deadline, both for Erika. */
async function sendTwo({ app, deps, erikaId }: Setup) {
  const pdf = Buffer.from('%PDF-1.4\n% Bescheid\n');
  const blob = await storeBlob(app, pdf);
  const notice = await sendToCitizen(deps, {
    tenantId: app.tenantA.id,
    citizenId: erikaId,
    kind: 'notice',
    subject: 'Bescheid Hundesteuer',
    body: 'Sehr geehrte Frau Mustermann,\n\nanbei Ihr Bescheid.',
    attachments: [{ ...blob, fileName: 'Bescheid "2026".pdf', mediaType: 'application/pdf' }],
  });
  app.clock.advance(60_000);
  const question = await sendToCitizen(deps, {
    tenantId: app.tenantA.id,
    citizenId: erikaId,
    kind: 'query',
    subject: 'Rückfrage zu Ihrem Antrag',
    body: 'Bitte senden Sie uns eine Meldebescheinigung.',
    caseId: '6f1c2a4e-7d35-4c1b-9a7e-1b2c3d4e5f60',
    replyBy: '2026-03-20',
  });
  const [attachment] = await query(
    app,
    sql<{ id: string }>`select id from portal_mailbox_attachments where message_id = ${notice.messageId}`,
  );
  return { noticeId: notice.messageId, queryId: question.messageId, attachmentId: attachment!.id, pdf };
}

const openedAt = async (setup: Setup, id: string) =>
  (
    await query(
      setup.app,
      sql<{ at: Date | null }>`select first_opened_at as at from portal_mailbox_messages where id = ${id}`,
    )
  )[0]!.at;

test('the list shows newest first, unread in bold with "neu", the kind and the reply deadline', async (t) => {
  const setup = await startMailboxApp(t);
  await sendTwo(setup);
  const erika = await signedIn(setup.app, DEMO_CITIZEN.email);
  const page = await erika.get('/konto/postfach');
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  const body = page.body;
  assert.ok(body.indexOf('Rückfrage zu Ihrem Antrag') < body.indexOf('Bescheid Hundesteuer'), 'newest first');
  assert.equal(body.match(/<strong><a class="kern-link"/g)?.length, 2, 'both unread in bold');
  assert.equal(body.match(/>neu</g)?.length, 2);
  assert.match(body, />Bescheid</);
  assert.match(body, />Rückfrage</);
  assert.match(body, /20\.03\.2026/);
});

test('the first opening is recorded once as the date of receipt; opening again keeps it', async (t) => {
  const setup = await startMailboxApp(t);
  const { app } = setup;
  const { noticeId } = await sendTwo(setup);
  const erika = await signedIn(app, DEMO_CITIZEN.email);
  app.clock.advance(5 * 60_000);
  const first = await erika.get(`/konto/postfach/${noticeId}`);
  assert.equal(first.statusCode, 200);
  assert.match(first.body, /Zugestellt\/abgerufen am/);
  assert.match(first.body, /anbei Ihr Bescheid\./);
  const recorded = await openedAt(setup, noticeId);
  assert.equal(recorded?.getTime(), app.clock.now().getTime());

  // Within the session's idle time, as a second look the same day.
  app.clock.advance(10 * 60_000);
  assert.equal((await erika.get(`/konto/postfach/${noticeId}`)).statusCode, 200);
  assert.equal((await openedAt(setup, noticeId))?.getTime(), recorded!.getTime(), 'the first date stays');
  const opened = await query(
    app,
    sql<{ object_id: string }>`
    select object_id from audit_entries where action = 'mailbox.message_opened'`,
  );
  assert.deepEqual(opened, [{ object_id: noticeId }]);
  const list = await erika.get('/konto/postfach');
  assert.equal(list.body.match(/>neu</g)?.length, 1, 'only the other message is still new');
});

test('an attachment downloads as an attachment with a safe name, never sniffed', async (t) => {
  const setup = await startMailboxApp(t);
  const { noticeId, attachmentId, pdf } = await sendTwo(setup);
  const erika = await signedIn(setup.app, DEMO_CITIZEN.email);
  const download = await erika.get(`/konto/postfach/${noticeId}/anhaenge/${attachmentId}`);
  assert.equal(download.statusCode, 200);
  assert.deepEqual(download.rawPayload, pdf);
  assert.equal(download.headers['content-type'], 'application/pdf');
  assert.equal(download.headers['x-content-type-options'], 'nosniff');
  assert.match(
    String(download.headers['content-disposition']),
    /^attachment; filename="Bescheid _2026_\.pdf"; /,
  );
});

test("another citizen gets 404 for a citizen's message and attachment, and opens nothing", async (t) => {
  const setup = await startMailboxApp(t);
  const { noticeId, attachmentId } = await sendTwo(setup);
  const max = await signedIn(setup.app, 'max.muster@example.org');
  assert.equal((await max.get(`/konto/postfach/${noticeId}`)).statusCode, 404);
  assert.equal((await max.get(`/konto/postfach/${noticeId}/anhaenge/${attachmentId}`)).statusCode, 404);
  assert.equal((await postReply(setup.app, max, noticeId, [])).statusCode, 404);
  const list = await max.get('/konto/postfach');
  assert.doesNotMatch(list.body, /Bescheid Hundesteuer/);
  assert.equal(await openedAt(setup, noticeId), null);
});

test('anonymous visitors are sent to the citizen login', async (t) => {
  const setup = await startMailboxApp(t);
  const { noticeId } = await sendTwo(setup);
  const response = await createBrowser(setup.app.server, hostA).get(`/konto/postfach/${noticeId}`);
  assert.equal(response.statusCode, 303);
  assert.match(String(response.headers.location), /^\/konto\/anmelden\?returnTo=/);
});

test('a reply with text, a text file and a PDF is stored and shown under the message', async (t) => {
  const setup = await startMailboxApp(t);
  const { app } = setup;
  const { queryId } = await sendTwo(setup);
  const erika = await signedIn(app, DEMO_CITIZEN.email);
  const response = await postReply(app, erika, queryId, [
    { name: 'nachricht', value: 'Anbei die Meldebescheinigung.' },
    {
      name: 'anhaenge',
      file: { fileName: 'Hinweis.txt', content: Buffer.from('Bitte beachten.\n'), contentType: 'text/plain' },
    },
    { name: 'anhaenge', file: { fileName: 'Meldebescheinigung.pdf', content: textPdf([letterLines]) } },
  ]);
  assert.equal(response.statusCode, 303, response.body);
  assert.equal(response.headers.location, `/konto/postfach/${queryId}?gesendet=1`);
  const replies = await query(
    app,
    sql<{ id: string; body: string; case_id: string }>`
    select id, body, case_id from portal_mailbox_messages where direction = 'from_citizen'`,
  );
  assert.equal(replies.length, 1);
  assert.equal(replies[0]!.body, 'Anbei die Meldebescheinigung.');
  assert.equal(replies[0]!.case_id, '6f1c2a4e-7d35-4c1b-9a7e-1b2c3d4e5f60');
  const files = await query(
    app,
    sql<{ file_name: string; media_type: string; blob_sha256: string }>`
    select file_name, media_type, blob_sha256 from portal_mailbox_attachments
    where message_id = ${replies[0]!.id} order by position`,
  );
  assert.deepEqual(
    files.map((f) => [f.file_name, f.media_type]),
    [
      ['Hinweis.txt', 'text/plain'],
      ['Meldebescheinigung.pdf', 'application/pdf'],
    ],
  );
  assert.ok(await app.platform.blobs.has(files[1]!.blob_sha256));
  const page = await erika.get(`/konto/postfach/${queryId}?gesendet=1`);
  assert.match(page.body, /Ihre Antwort wurde gesendet\./);
  assert.match(page.body, /Anbei die Meldebescheinigung\./);
  assert.match(page.body, /Meldebescheinigung\.pdf herunterladen/);
});

test('a reply with a program or without text is refused with a clear message and stores nothing', async (t) => {
  const setup = await startMailboxApp(t);
  const { app } = setup;
  const { queryId } = await sendTwo(setup);
  const erika = await signedIn(app, DEMO_CITIZEN.email);
  const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
  const withProgram = await postReply(app, erika, queryId, [
    { name: 'nachricht', value: 'Hier die Datei.' },
    {
      name: 'anhaenge',
      file: { fileName: 'Nachweis.pdf', content: program, contentType: 'application/pdf' },
    },
  ]);
  assert.equal(withProgram.statusCode, 400);
  assert.match(withProgram.body, /„Nachweis\.pdf“: Die Datei ist ein Programm oder Skript/);
  assert.match(withProgram.body, /Hier die Datei\./, 'the text comes back as typed');

  const withoutText = await postReply(app, erika, queryId, [
    { name: 'nachricht', value: '   ' },
    { name: 'anhaenge', file: { fileName: 'Hinweis.txt', content: Buffer.from('Text\n') } },
  ]);
  assert.equal(withoutText.statusCode, 400);
  assert.match(withoutText.body, /Bitte geben Sie Ihre Nachricht ein\./);
  assert.match(withoutText.body, /href="#nachricht"/, 'the error summary leads to the field');

  assert.equal(
    (await query(app, sql`select id from portal_mailbox_messages where direction = 'from_citizen'`)).length,
    0,
  );
  assert.equal(
    (await query(app, sql`select id from audit_entries where action = 'mailbox.reply_sent'`)).length,
    0,
  );
});
