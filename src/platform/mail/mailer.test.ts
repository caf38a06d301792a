import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { withTenant } from '../db/tenant-scope.ts';
import { createCaptureTransport } from './mail-transport.ts';
import { mailConfig } from './mail.config.ts';
import { readSection } from '../config/config-keys.ts';
import { countRows, setupMailer } from './mail.test-helpers.ts';

async function setupCapturing(t: TestContext) {
  const setup = await setupMailer(createCaptureTransport());
  t.after(() => setup.close());
  return setup;
}

test('without SMTP, a mail is captured: marked so, and readable for the development mail page', async (t) => {
  const { mailer, jobs, tenantId } = await setupCapturing(t);
  const { id } = await mailer.send({
    tenantId,
    to: 'max@example.org',
    subject: 'Ihre Fundsache',
    text: 'Ihr Schlüsselbund wurde abgegeben.',
    html: '<p>Ihr Schlüsselbund wurde abgegeben.</p>',
  });
  assert.equal((await mailer.getOutboxMessage(id))?.status, 'queued');
  await jobs.runDue();
  const message = await mailer.getOutboxMessage(id);
  assert.equal(message?.status, 'captured');
  assert.equal(message?.to, 'max@example.org');
  assert.equal(message?.text, 'Ihr Schlüsselbund wurde abgegeben.');
  assert.equal(message?.html, '<p>Ihr Schlüsselbund wurde abgegeben.</p>');
  assert.equal(message?.tenantId, tenantId);
  assert.equal(await mailer.getOutboxMessage('not-a-uuid'), undefined);
});

test('the mail page lists newest first, paged by keyset, without bodies', async (t) => {
  const { mailer, tenantId } = await setupCapturing(t);
  const ids: string[] = [];
  for (let index = 0; index < 5; index += 1)
    ids.push(
      (await mailer.send({ tenantId, to: `person${index}@example.org`, subject: `Nr. ${index}`, text: 'x' }))
        .id,
    );
  const first = await mailer.listOutbox({ limit: 2 });
  const second = await mailer.listOutbox({ limit: 2, before: first.nextCursor ?? undefined });
  const third = await mailer.listOutbox({ limit: 2, before: second.nextCursor ?? undefined });
  const listed = [...first.messages, ...second.messages, ...third.messages];
  assert.equal(third.nextCursor, null);
  assert.deepEqual(new Set(listed.map((message) => message.id)), new Set(ids));
  assert.equal(listed.length, 5);
  for (let index = 1; index < listed.length; index += 1)
    assert.ok(listed[index - 1]!.createdAt.getTime() >= listed[index]!.createdAt.getTime());
  assert.ok(listed.every((message) => !('text' in message) && !('html' in message)));
  await assert.rejects(mailer.listOutbox({ limit: 2, before: 'x_y' }), { code: 'mail.invalid_cursor' });
});

test('a line break in subject or address is refused as header injection, and nothing is stored', async (t) => {
  const { db, mailer, tenantId } = await setupCapturing(t);
  const attempts = [
    { to: 'a@example.org', subject: 'Hallo\r\nBcc: opfer@example.org' },
    { to: 'a@example.org', subject: 'Hallo\nBcc: opfer@example.org' },
    { to: 'a@example.org\r\nBcc: opfer@example.org', subject: 'Hallo' },
    { to: 'a@example.org\rX-Evil: 1', subject: 'Hallo' },
  ];
  for (const attempt of attempts)
    await assert.rejects(mailer.send({ tenantId, ...attempt, text: 'Text' }), {
      code: 'mail.header_injection',
    });
  assert.deepEqual(await countRows(db), { outbox: 0, jobs: 0 });
});

test('invalid addresses are refused; internationalised domains are accepted', async (t) => {
  const { mailer, tenantId } = await setupCapturing(t);
  for (const to of [
    '',
    'ohne-at',
    '@example.org',
    'a@',
    'a@localhost',
    'a b@example.org',
    'a@exa mple.org',
    'a..b@example.org',
  ])
    await assert.rejects(
      mailer.send({ tenantId, to, subject: 'x', text: 'x' }),
      { code: 'mail.invalid_address' },
      to,
    );
  await assert.rejects(mailer.send({ tenantId, to: 'a@example.org', subject: ' ', text: 'x' }), {
    code: 'mail.invalid_message',
  });
  await assert.rejects(mailer.send({ tenantId, to: 'a@example.org', subject: 'x', text: '' }), {
    code: 'mail.invalid_message',
  });
  const { id } = await mailer.send({ tenantId, to: 'info@bürgerbüro-müllheim.de', subject: 'x', text: 'x' });
  assert.equal((await mailer.getOutboxMessage(id))?.to, 'info@bürgerbüro-müllheim.de');
});

test('a mail sent in a transaction that rolls back leaves neither outbox row nor job', async (t) => {
  const { db, mailer, tenantId } = await setupCapturing(t);
  await assert.rejects(
    withTenant(db, tenantId, async (trx) => {
      await mailer.send({ tenantId, to: 'a@example.org', subject: 'Bescheid', text: 'Text' }, trx);
      throw new Error('filing the notice failed');
    }),
    /filing the notice failed/,
  );
  assert.deepEqual(await countRows(db), { outbox: 0, jobs: 0 });
  // The same inside a tenant transaction that commits: row and job both exist, for that municipality.
  const { id } = await withTenant(db, tenantId, (trx) =>
    mailer.send({ tenantId, to: 'a@example.org', subject: 'Bescheid', text: 'Text' }, trx),
  );
  assert.equal((await mailer.getOutboxMessage(id))?.tenantId, tenantId);
  assert.deepEqual(await countRows(db), { outbox: 1, jobs: 1 });
});

test('mail configuration: SMTP_URL must be smtp:// or smtps://, MAIL_FROM must be a valid sender', () => {
  assert.deepEqual(readSection(mailConfig, {}), {
    smtpUrl: undefined,
    from: 'Rathaus <noreply@rathaus.localhost>',
  });
  assert.equal(
    readSection(mailConfig, { SMTP_URL: 'smtps://user:pw@mail.example.org:465' }).smtpUrl,
    'smtps://user:pw@mail.example.org:465',
  );
  assert.throws(() => readSection(mailConfig, { SMTP_URL: 'http://mail.example.org' }), /SMTP_URL/);
  assert.throws(() => readSection(mailConfig, { MAIL_FROM: 'Rathaus <kein-absender>' }), /MAIL_FROM/);
});
