import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { setupMailer } from './mail.test-helpers.ts';
import { createSmtpTransport } from './smtp-transport.ts';
import { startSmtpTestServer } from './smtp-test-server.ts';

async function setupWithSmtp(t: TestContext, options: { maxAttempts?: number } = {}) {
  const smtp = await startSmtpTestServer();
  const setup = await setupMailer(createSmtpTransport(smtp.url, { timeoutMs: 5000 }), options);
  t.after(async () => {
    await setup.close();
    await smtp.stop();
  });
  return { smtp, ...setup };
}

test('a mail sent through SMTP arrives with its recipient, subject and text, and is marked sent', async (t) => {
  const { smtp, mailer, jobs, tenantId } = await setupWithSmtp(t);
  const { id } = await mailer.send({
    tenantId,
    to: 'erika.mustermann@example.org',
    subject: 'Ihr Antrag auf Hundesteuer-Ermäßigung wurde geprüft',
    text: 'Sehr geehrte Frau Mustermann,\n\nIhr Bescheid liegt in Ihrem Postfach.\n\nMit freundlichen Grüßen\nIhr Bürgerbüro',
  });
  assert.equal(smtp.received.length, 0, 'nothing leaves before the job runs');
  await jobs.runDue();

  assert.equal(smtp.received.length, 1);
  const [mail] = smtp.received;
  assert.deepEqual(mail!.envelopeTo, ['erika.mustermann@example.org']);
  assert.equal(mail!.headers.get('to'), 'erika.mustermann@example.org');
  assert.equal(mail!.headers.get('from'), 'Stadt Leichlingen <rathaus@leichlingen.example>');
  assert.equal(mail!.headers.get('subject'), 'Ihr Antrag auf Hundesteuer-Ermäßigung wurde geprüft');
  assert.equal(
    mail!.body.replace(/\r\n/g, '\n'),
    'Sehr geehrte Frau Mustermann,\n\nIhr Bescheid liegt in Ihrem Postfach.\n\nMit freundlichen Grüßen\nIhr Bürgerbüro',
  );
  const stored = await mailer.getOutboxMessage(id);
  assert.equal(stored?.status, 'sent');
  assert.equal(stored?.attempts, 1);
  assert.equal(stored?.messageId, `<${id}@leichlingen.example>`);
  assert.equal(mail!.headers.get('message-id'), stored?.messageId);
  assert.ok(stored?.sentAt instanceof Date);
});

test('an HTML mail arrives with its plain-text alternative', async (t) => {
  const { smtp, mailer, jobs, tenantId } = await setupWithSmtp(t);
  await mailer.send({
    tenantId,
    to: 'a@example.org',
    subject: 'Termin',
    text: 'Ihr Termin',
    html: '<p>Ihr <b>Termin</b></p>',
  });
  await jobs.runDue();
  const raw = smtp.received[0]?.raw ?? '';
  assert.match(raw, /Content-Type: multipart\/alternative/);
  assert.match(raw, /Content-Type: text\/plain/);
  assert.match(raw, /Content-Type: text\/html/);
  assert.match(raw, /<p>Ihr <b>Termin<\/b><\/p>/);
});

test('when the SMTP server rejects, the mail is retried with backoff and finally failed with the reply visible', async (t) => {
  const { smtp, mailer, jobs, tenantId, advanceClock } = await setupWithSmtp(t, { maxAttempts: 3 });
  smtp.rejectWith = { code: 550, message: 'Mailbox gesperrt' };
  const { id, jobId } = await mailer.send({
    tenantId,
    to: 'gesperrt@example.org',
    subject: 'Hinweis',
    text: 'Text',
  });

  await jobs.runDue();
  let stored = await mailer.getOutboxMessage(id);
  assert.equal(stored?.status, 'queued', 'still waiting for the next attempt');
  assert.equal(stored?.attempts, 1);
  assert.match(stored?.lastError ?? '', /550 Mailbox gesperrt/);
  assert.deepEqual(await jobs.runDue(), { ran: 0 }, 'the next attempt waits for its backoff');

  advanceClock(60_000);
  await jobs.runDue();
  advanceClock(120_000);
  await jobs.runDue();

  stored = await mailer.getOutboxMessage(id);
  assert.equal(stored?.status, 'failed');
  assert.equal(stored?.attempts, 3);
  assert.match(stored?.lastError ?? '', /550 Mailbox gesperrt/);
  const job = await jobs.get(jobId);
  assert.equal(job?.status, 'failed');
  assert.match(job?.lastError ?? '', /550 Mailbox gesperrt/);
  assert.deepEqual(
    (await jobs.listFailed({ limit: 10 })).jobs.map((failed) => failed.id),
    [jobId],
  );
  assert.equal(smtp.received.length, 0);
});

test('a temporary SMTP failure is retried and the mail then delivered once', async (t) => {
  const { smtp, mailer, jobs, tenantId, advanceClock } = await setupWithSmtp(t);
  smtp.rejectWith = { code: 451, message: 'Try again later' };
  const { id } = await mailer.send({ tenantId, to: 'a@example.org', subject: 'Erinnerung', text: 'Text' });
  await jobs.runDue();
  smtp.rejectWith = undefined;
  advanceClock(60_000);
  await jobs.runDue();
  const stored = await mailer.getOutboxMessage(id);
  assert.equal(stored?.status, 'sent');
  assert.equal(stored?.attempts, 2);
  assert.equal(stored?.lastError, null);
  assert.equal(smtp.received.length, 1);
});

test('a mail already sent is not sent again when its job runs once more', async (t) => {
  const { smtp, mailer, jobs, tenantId } = await setupWithSmtp(t);
  const { id } = await mailer.send({ tenantId, to: 'a@example.org', subject: 'Einmal', text: 'Text' });
  await jobs.runDue();
  // As after a crash between sending and recording the job's success: the job runs again.
  await jobs.enqueue('mail.send', { outboxId: id }, { tenantId });
  await jobs.runDue();
  assert.equal(smtp.received.length, 1);
});
