import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA, startTestApp } from '../../test-app.ts';

const admin = 'katrin.hoffmann@leichlingen.example';
const clerk = 'jonas.becker@leichlingen.example';

test('only administrators see the failed jobs page; clerks get 403', async (t) => {
  const { server } = await startTestApp(t);
  const clerkBrowser = createBrowser(server, hostA);
  await clerkBrowser.signIn(clerk, DEMO_PASSWORD);
  assert.equal((await clerkBrowser.get('/intern/betrieb/auftraege')).statusCode, 403);
  const adminBrowser = createBrowser(server, hostA);
  await adminBrowser.signIn(admin, DEMO_PASSWORD);
  const page = await adminBrowser.get('/intern/betrieb/auftraege');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Keine fehlgeschlagenen Aufträge/);
});

test("an administrator sees the municipality's failed jobs and can queue one again", async (t) => {
  const { server, platform, tenantA, tenantB } = await startTestApp(t);
  platform.jobs.define(
    'exchange.send',
    async () => {
      throw new Error('Gegenstelle nicht erreichbar');
    },
    { maxAttempts: 1 },
  );
  const own = await platform.jobs.enqueue('exchange.send', {}, { tenantId: tenantA.id });
  const foreign = await platform.jobs.enqueue('exchange.send', {}, { tenantId: tenantB.id });
  await platform.jobs.runDue();

  const browser = createBrowser(server, hostA);
  await browser.signIn(admin, DEMO_PASSWORD);
  const page = await browser.get('/intern/betrieb/auftraege');
  assert.match(page.body, /Gegenstelle nicht erreichbar/);
  assert.ok(page.body.includes(own.id));
  assert.ok(!page.body.includes(foreign.id), "another municipality's job is not listed");

  const _csrf = csrfTokenIn(page.body);
  const retried = await browser.post(`/intern/betrieb/auftraege/${own.id}/wiederholen`, { _csrf });
  assert.equal(retried.statusCode, 303);
  assert.equal(retried.headers.location, '/intern/betrieb/auftraege?ergebnis=wiederholt');
  assert.equal((await platform.jobs.get(own.id))?.status, 'queued');

  const refused = await browser.post(`/intern/betrieb/auftraege/${foreign.id}/wiederholen`, { _csrf });
  assert.equal(refused.headers.location, '/intern/betrieb/auftraege?ergebnis=nicht-wiederholt');
  assert.equal((await platform.jobs.get(foreign.id))?.status, 'failed');
});

test('captured mail (no SMTP) can be read in the outbox; mail of another municipality cannot', async (t) => {
  const { server, platform, tenantA, tenantB } = await startTestApp(t);
  const own = await platform.mailer.send({
    tenantId: tenantA.id,
    to: 'anna@example.org',
    subject: 'Ihr Zugang',
    text: 'Link: https://x/1',
  });
  const foreign = await platform.mailer.send({
    tenantId: tenantB.id,
    to: 'bert@example.org',
    subject: 'Fremd',
    text: 'geheim',
  });
  await platform.jobs.runDue();

  const browser = createBrowser(server, hostA);
  await browser.signIn(admin, DEMO_PASSWORD);
  const list = await browser.get('/intern/betrieb/postausgang');
  assert.match(list.body, /Ihr Zugang/);
  assert.match(list.body, /nicht versendet \(kein SMTP\)/);
  assert.doesNotMatch(list.body, /Fremd/);
  const message = await browser.get(`/intern/betrieb/postausgang/${own.id}`);
  assert.match(message.body, /Link: https:\/\/x\/1/);
  assert.equal((await browser.get(`/intern/betrieb/postausgang/${foreign.id}`)).statusCode, 404);
  assert.equal((await browser.get('/intern/betrieb/postausgang/not-a-uuid')).statusCode, 400);
});
