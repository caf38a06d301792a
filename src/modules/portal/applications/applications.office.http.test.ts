// The office side over HTTP: the department inbox shows an application to its department only; one clerk
// claims it (nobody else acts meanwhile); a query reaches the Postfach and the E-Akte; the citizen's
// answer lands in the case and puts the application back into progress.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { DEMO_PASSWORD, createBrowser, csrfTokenIn, hostA } from '../../../test-app.ts';
import { postMultipart } from '../portal.test-helpers.ts';
import { startApp, submitSample } from './applications.test-helpers.ts';

async function staff(app: Awaited<ReturnType<typeof startApp>>['app'], email: string) {
  const browser = createBrowser(app.server, hostA);
  const login = await browser.signIn(`${email}@leichlingen.example`, DEMO_PASSWORD);
  assert.equal(login.statusCode, 303, `${email} signs in`);
  return browser;
}

async function act(browser: ReturnType<typeof createBrowser>, page: string, action: string, form = {}) {
  const view = await browser.get(page);
  return browser.post(action, { ...form, _csrf: csrfTokenIn(view.body) });
}

test('the inbox, claim, query and the citizen’s answer carry an application through the office', async (t) => {
  const setup = await startApp(t);
  const { app, citizen, rows } = setup;
  const application = await submitSample(setup);
  const casePage = `/intern/antraege/${application.id}`;

  const jonas = await staff(app, 'jonas.becker'); // clerk, 32.1 Bürgerbüro
  const michael = await staff(app, 'michael.braun'); // head of 32 Ordnungsamt, above 32.1
  const aylin = await staff(app, 'aylin.yilmaz'); // clerk, 50 Sozialamt
  assert.match((await jonas.get('/intern/antraege')).body, new RegExp(application.reference));
  assert.match((await michael.get('/intern/antraege')).body, new RegExp(application.reference));
  assert.doesNotMatch((await aylin.get('/intern/antraege')).body, new RegExp(application.reference));
  assert.equal((await aylin.get(casePage)).statusCode, 404);
  // The filter "nobody yet" shows it; "mine" does not, until it is claimed.
  assert.match(
    (await jonas.get('/intern/antraege?bearbeitung=niemand')).body,
    new RegExp(application.reference),
  );
  assert.doesNotMatch(
    (await jonas.get('/intern/antraege?bearbeitung=meine')).body,
    new RegExp(application.reference),
  );

  // Nobody acts before claiming.
  const early = await act(jonas, casePage, `${casePage}/vermerk`, { vermerk: 'Halterabfrage veranlasst' });
  assert.equal(early.statusCode, 409);
  const claimed = await act(jonas, casePage, `${casePage}/uebernehmen`);
  assert.equal(claimed.statusCode, 303);
  assert.match(
    (await jonas.get('/intern/antraege?bearbeitung=meine')).body,
    new RegExp(application.reference),
  );
  const [row] = await rows(sql<{ status: string }>`select status from portal_applications`);
  assert.equal(row!.status, 'in_progress');
  // Another person of the department could not take it now; the head can reassign.
  const view = await michael.get(casePage);
  assert.match(view.body, /Zuweisen \(Amtsleitung\)/);
  assert.match(view.body, /Jonas Becker/);

  // A query: refused without a valid deadline, then sent.
  const bad = await act(jonas, casePage, `${casePage}/rueckfrage`, {
    betreff: 'Nachweis',
    nachricht: 'Bitte senden Sie uns den Mietvertrag.',
    antwortBis: '2020-01-01',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Datum in der Zukunft/);
  const sent = await act(jonas, casePage, `${casePage}/rueckfrage`, {
    betreff: 'Nachweis des Wohnsitzes',
    nachricht: 'Bitte senden Sie uns eine Kopie Ihres Mietvertrags.',
    antwortBis: '2026-03-20',
  });
  assert.equal(sent.statusCode, 303);
  const documentTitles = async () =>
    (
      await rows(
        sql<{
          title: string;
        }>`select title from records_documents where case_id = ${application.case_id} order by created_at, title`,
      )
    ).map((document) => document.title);
  assert.ok((await documentTitles()).includes('Rückfrage: Nachweis des Wohnsitzes'));
  const [message] = await rows(
    sql<{ id: string; kind: string; reply_by: string }>`
      select id, kind, to_char(reply_by, 'YYYY-MM-DD') as reply_by from portal_mailbox_messages
      where kind = 'query'`,
  );
  assert.equal(message!.kind, 'query');
  assert.equal(message!.reply_by, '2026-03-20');
  assert.equal(
    (await rows(sql<{ status: string }>`select status from portal_applications`))[0]!.status,
    'query',
  );
  // The citizen sees the query's status and answers it in the Postfach, with a file.
  assert.match((await citizen.get('/konto/antraege')).body, /Rückfrage an Sie/);
  const reply = await postMultipart(app.server, hostA, citizen, `/konto/postfach/${message!.id}/antwort`, [
    { name: 'nachricht', value: 'Anbei mein Mietvertrag.' },
    {
      name: 'anhaenge',
      file: {
        fileName: 'Mietvertrag.txt',
        content: Buffer.from('Mietvertrag Am Büscherhof 1\n'),
        contentType: 'text/plain',
      },
    },
  ]);
  assert.equal(reply.statusCode, 303, reply.body.slice(0, 500));
  const titles = await documentTitles();
  assert.ok(
    titles.some((title) => title.startsWith('Antwort vom ')),
    titles.join(', '),
  );
  assert.ok(titles.includes('Mietvertrag'), titles.join(', '));
  assert.equal(
    (await rows(sql<{ status: string }>`select status from portal_applications`))[0]!.status,
    'in_progress',
  );
  // The case view shows both messages; closing is only possible after a decision.
  const after = await jonas.get(casePage);
  assert.match(after.body, /Nachweis des Wohnsitzes/);
  assert.match(after.body, /Anbei mein Mietvertrag/);
  assert.equal((await act(jonas, casePage, `${casePage}/abschliessen`)).statusCode, 409);

  // Deciding: without a template the form says so; with the approval template the notice is made.
  const noTemplate = await act(jonas, casePage, `${casePage}/entscheiden`, { vorlage: '', begruendung: '' });
  assert.equal(noTemplate.statusCode, 400);
  assert.match(noTemplate.body, /Bitte wählen Sie eine Bescheidvorlage/);
  const templateId = /<option value="([0-9a-f-]{36})"[^>]*>Bewilligung<\/option>/.exec(after.body)?.[1];
  assert.ok(templateId, 'the case view offers the approval template');
  const decided = await act(jonas, casePage, `${casePage}/entscheiden`, {
    vorlage: templateId,
    begruendung: '',
  });
  assert.equal(decided.statusCode, 303);
  const [notice] = await rows(
    sql<{ title: string; media_type: string; document_type: string; direction: string }>`
      select d.title, v.media_type, d.document_type, d.direction from records_documents d
      join records_document_versions v on v.document_id = d.id
      where d.case_id = ${application.case_id} and d.document_type = 'notice'`,
  );
  assert.equal(notice!.media_type, 'application/pdf');
  assert.equal(notice!.direction, 'outgoing');
  const delivered = await rows(
    sql<{ kind: string; file_name: string; document_id: string | null }>`
      select m.kind, a.file_name, a.document_id from portal_mailbox_messages m
      join portal_mailbox_attachments a on a.message_id = m.id where m.kind = 'notice'`,
  );
  assert.equal(delivered.length, 1);
  assert.match(delivered[0]!.file_name, /^Bescheid A-\d{4}-\d{6}\.pdf$/);
  assert.ok(delivered[0]!.document_id, 'the Postfach copy points to the filed document');
  assert.match((await citizen.get('/konto/antraege')).body, /Entschieden/);
  assert.match((await citizen.get('/konto/postfach')).body, /Bescheid zu Ihrem Antrag/);
  // Deciding twice is not possible; closing now is.
  assert.equal(
    (await act(jonas, casePage, `${casePage}/entscheiden`, { vorlage: templateId })).statusCode,
    409,
  );
  assert.equal((await act(jonas, casePage, `${casePage}/abschliessen`)).statusCode, 303);
  const audit = (
    await rows(
      sql<{
        action: string;
      }>`select action from audit_entries where object_id = ${application.id} order by seq`,
    )
  ).map((entry) => entry.action);
  assert.deepEqual(audit, [
    'portal.application_submitted',
    'portal.application_claimed',
    'portal.application_query_sent',
    'portal.application_query_answered',
    'portal.application_decided',
    'portal.application_closed',
  ]);
});

test('a clerk saves the filter they use often, finds it as a link, and deletes it', async (t) => {
  const { app } = await startApp(t);
  const jonas = await staff(app, 'jonas.becker');
  const inbox = '/intern/antraege?stand=offen&bearbeitung=meine&amt=';
  const nameless = await act(jonas, inbox, '/intern/antraege/filter', {
    name: '  ',
    stand: 'offen',
    bearbeitung: 'meine',
  });
  assert.equal(nameless.statusCode, 303);
  const refused = await jonas.get(String(nameless.headers.location));
  assert.equal(refused.statusCode, 400);
  assert.match(refused.body, /Bitte geben Sie dem Filter einen Namen/);
  const saved = await act(jonas, inbox, '/intern/antraege/filter', {
    name: 'Meine offenen',
    stand: 'offen',
    bearbeitung: 'meine',
    amt: '',
  });
  const page = await jonas.get(String(saved.headers.location));
  assert.match(page.body, /Der Filter ist gespeichert/);
  assert.match(
    page.body,
    /href="\/intern\/antraege\?stand=offen&amp;bearbeitung=meine&amp;amt=">Meine offenen<\/a>/,
  );
  // Another person does not see it.
  const michael = await staff(app, 'michael.braun');
  assert.doesNotMatch((await michael.get('/intern/antraege')).body, /Meine offenen/);
  const id = /\/intern\/antraege\/filter\/([0-9a-f-]{36})\/loeschen/.exec(page.body)?.[1];
  assert.ok(id);
  await act(jonas, '/intern/antraege', `/intern/antraege/filter/${id}/loeschen`);
  assert.doesNotMatch((await jonas.get('/intern/antraege')).body, />Meine offenen</);
});
