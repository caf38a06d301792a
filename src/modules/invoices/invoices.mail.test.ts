// The e-mail inbox against a real IMAP server in the test process (hoodiecrow-imap): invoice attachments
// go through the intake, a message without an invoice is refused on record and answered, automatic mail is
// not answered, and a message is never taken twice. The recurring poll runs as a job of the real queue.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo, Server } from 'node:net';
import { after, test } from 'node:test';
import { ImapFlow } from 'imapflow';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createJobQueue } from '../../platform/jobs/index.ts';
import { textPdf } from '../records/index.ts';
import { MAIL_POLL_JOB, defineInvoicesJobs } from './invoices.jobs.ts';
import { pollInvoiceMailbox, TAKEN_KEYWORD, type MailInboxSettings } from './invoices.mail.ts';
import { invoicesDepsOf, startInvoicesApp } from './invoices.test-helpers.ts';
import { sampleCiiInvoice, sampleUblInvoice } from './invoices.validation.fixtures.ts';
import { closeDefaultValidationPool } from './invoices.validation.ts';

after(closeDefaultValidationPool);

const require = createRequire(import.meta.url);
const hoodiecrow = require('hoodiecrow-imap') as (options: object) => {
  listen: (port: number, host: string, done: () => void) => void;
  close: (done?: () => void) => void;
  server: Server;
};

function mail(input: {
  from: string;
  subject: string;
  headers?: string[];
  attachments?: { name: string; type: string; content: Buffer }[];
}): string {
  const head = [
    `From: ${input.from}`,
    'To: rechnungen@leichlingen.example',
    `Subject: ${input.subject}`,
    `Message-ID: <${input.subject.replace(/\W+/g, '-')}@test.example>`,
    'MIME-Version: 1.0',
    ...(input.headers ?? []),
  ];
  if (!input.attachments)
    return [...head, 'Content-Type: text/plain; charset=utf-8', '', 'Guten Tag.', ''].join('\r\n');
  const parts = input.attachments.map((attachment) =>
    [
      '--grenze',
      `Content-Type: ${attachment.type}; name="${attachment.name}"`,
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      attachment.content.toString('base64').replace(/.{76}/g, '$&\r\n'),
    ].join('\r\n'),
  );
  return [
    ...head,
    'Content-Type: multipart/mixed; boundary="grenze"',
    '',
    '--grenze',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Anbei unsere Rechnung.',
    ...parts,
    '--grenze--',
    '',
  ].join('\r\n');
}

/** A single-part message whose whole body is the invoice. */
function bareXmlMail(from: string, subject: string, xml: string): string {
  return [
    `From: ${from}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: application/xml; name="rechnung.xml"',
    'Content-Disposition: attachment; filename="rechnung.xml"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(xml).toString('base64'),
    '',
  ].join('\r\n');
}

async function startImap(t: { after: (fn: () => Promise<void>) => void }, messages: string[]) {
  const server = hoodiecrow({
    plugins: ['ID', 'UNSELECT'],
    storage: {
      INBOX: { messages: messages.map((raw) => ({ raw })) },
      '': { separator: '/', folders: { Erledigt: {} } },
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = (server.server.address() as AddressInfo).port;
  const settings: MailInboxSettings = {
    url: `imap://127.0.0.1:${port}`,
    user: 'testuser',
    password: 'testpass',
    mailbox: 'INBOX',
    answerRefusals: true,
  };
  return { settings, port };
}

async function mailboxCounts(port: number) {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: { user: 'testuser', pass: 'testpass' },
    logger: false,
  });
  await client.connect();
  try {
    const inbox = await client.status('INBOX', { messages: true });
    const done = await client.status('Erledigt', { messages: true });
    return { inbox: inbox && inbox.messages, done: done && done.messages };
  } finally {
    await client.logout();
  }
}

test('invoice attachments are taken in, a message without an invoice is refused and answered, and nothing is taken twice', async (t) => {
  const app = await startInvoicesApp(t);
  const deps = invoicesDepsOf(app);
  const rows = <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, app.tenantA.id, async (trx) => (await query.execute(trx)).rows);
  const { settings, port } = await startImap(t, [
    mail({
      from: 'Bürobedarf Müller <rechnung@mueller.example>',
      subject: 'Rechnung RE-1',
      attachments: [
        {
          name: 'RE-1.xml',
          type: 'application/xml',
          content: Buffer.from(sampleUblInvoice({ invoiceNumber: 'RE-1' })),
        },
      ],
    }),
    mail({ from: 'Herr Vergesslich <vergesslich@example.org>', subject: 'Rechnung ohne Anhang' }),
    mail({
      from: 'Brief GmbH <post@brief.example>',
      subject: 'Rechnung als Brief',
      attachments: [{ name: 'brief.pdf', type: 'application/pdf', content: textPdf([['Nur ein Brief']]) }],
    }),
    mail({
      from: 'Urlaub <abwesend@example.org>',
      subject: 'Abwesenheitsnotiz',
      headers: ['Auto-Submitted: auto-replied'],
    }),
    bareXmlMail('cii@lieferant.example', 'Rechnung RE-2', sampleCiiInvoice({ invoiceNumber: 'RE-2' })),
  ]);

  const outcomes = await pollInvoiceMailbox(deps, app.tenantA.id, { ...settings, doneMailbox: 'Erledigt' });
  assert.equal(outcomes.length, 5);
  const [ubl, empty, letter, auto, cii] = outcomes;
  assert.equal(ubl!.invoices.length, 1);
  assert.deepEqual(ubl!.refused, []);
  assert.match(empty!.refused[0]!.reason, /enthält keine Rechnung/);
  assert.equal(letter!.invoices.length, 0);
  assert.match(letter!.refused[0]!.reason, /keine eingebettete Rechnung/);
  assert.equal(auto!.refused.length, 1);
  assert.equal(cii!.invoices.length, 1);

  const invoices = await rows(
    sql<{
      invoice_number: string;
      source: string;
    }>`select invoice_number, source from invoices order by invoice_number`,
  );
  assert.deepEqual(invoices, [
    { invoice_number: 'RE-1', source: 'email' },
    { invoice_number: 'RE-2', source: 'email' },
  ]);
  const recorded = await rows(
    sql<{ action: string; summary: { from: string; answered: boolean } }>`select action, summary
      from audit_entries where action like 'invoices.mail%' order by seq`,
  );
  assert.deepEqual(
    recorded.map((entry) => [entry.action, entry.summary.from, entry.summary.answered]),
    [
      ['invoices.mail_received', 'rechnung@mueller.example', false],
      ['invoices.mail_refused', 'vergesslich@example.org', true],
      ['invoices.mail_refused', 'post@brief.example', true],
      ['invoices.mail_refused', 'abwesend@example.org', false],
      ['invoices.mail_received', 'cii@lieferant.example', false],
    ],
  );
  const answers = await rows(
    sql<{ to_address: string; text_body: string }>`select to_address, text_body from mail_outbox
      order by to_address`,
  );
  assert.deepEqual(
    answers.map((answer) => answer.to_address),
    ['post@brief.example', 'vergesslich@example.org'],
  );
  assert.match(answers[0]!.text_body, /brief\.pdf: .*keine eingebettete Rechnung/);

  // Taken messages moved away; a second poll finds nothing, and nothing new is made.
  assert.deepEqual(await mailboxCounts(port), { inbox: 0, done: 5 });
  assert.deepEqual(await pollInvoiceMailbox(deps, app.tenantA.id, settings), []);
  assert.equal((await rows(sql`select id from invoices`)).length, 2);
});

test('without a done folder taken messages are marked and left in place', async (t) => {
  const app = await startInvoicesApp(t);
  const deps = invoicesDepsOf(app);
  const { settings, port } = await startImap(t, [mail({ from: 'a@example.org', subject: 'Frage' })]);
  assert.equal((await pollInvoiceMailbox(deps, app.tenantA.id, settings)).length, 1);
  assert.deepEqual(await pollInvoiceMailbox(deps, app.tenantA.id, settings), []);
  const client = new ImapFlow({
    host: '127.0.0.1',
    port,
    secure: false,
    auth: { user: 'testuser', pass: 'testpass' },
    logger: false,
  });
  await client.connect();
  const lock = await client.getMailboxLock('INBOX');
  try {
    const [message] = await client.fetchAll('1:*', { flags: true });
    assert.ok(message!.flags!.has(TAKEN_KEYWORD));
  } finally {
    lock.release();
    await client.logout();
  }
});

test('the poll is a recurring job: each run takes the mail and queues the next slot once', async (t) => {
  const app = await startInvoicesApp(t);
  const jobs = createJobQueue({ db: app.db, now: app.clock.now });
  const deps = { ...invoicesDepsOf(app), jobs };
  const { settings } = await startImap(t, [
    mail({
      from: 'rechnung@mueller.example',
      subject: 'Rechnung RE-3',
      attachments: [
        {
          name: 'RE-3.xml',
          type: 'text/xml',
          content: Buffer.from(sampleUblInvoice({ invoiceNumber: 'RE-3' })),
        },
      ],
    }),
  ]);
  const intervalMs = 300_000;
  await defineInvoicesJobs(deps, { ...settings, intervalMs, tenantSlug: 'leichlingen' });
  const queued = () =>
    sql<{ key: string }>`select idempotency_key as key from jobs where kind = ${MAIL_POLL_JOB}
      and status = 'queued' order by run_at`
      .execute(app.db)
      .then((result) => result.rows.map((row) => row.key));
  const slot = Math.floor(app.clock.now().getTime() / intervalMs) + 1;
  assert.deepEqual(await queued(), [`slot-${slot}`]);
  assert.equal((await jobs.runDue()).ran, 0, 'nothing before its slot');

  app.clock.advance(intervalMs);
  assert.equal((await jobs.runDue()).ran, 1);
  assert.deepEqual(await queued(), [`slot-${slot + 1}`]);
  const made = await withTenant(app.db, app.tenantA.id, (trx) =>
    sql<{ n: number }>`select count(*)::int as n from invoices where source = 'email'`.execute(trx),
  );
  assert.equal(made.rows[0]!.n, 1);
});
