// The citizen's side of an online service over HTTP, without JavaScript: step by step into a draft,
// the summary, the declaration, and the submission that becomes a case in the E-Akte — once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createBrowser, csrfTokenIn, hostA } from '../../../test-app.ts';
import { postMultipart } from '../portal.test-helpers.ts';
import { applicant, fillUpToSummary, send, start, startApp, step } from './applications.test-helpers.ts';

test('a citizen applies step by step; the submission becomes one case in the E-Akte with PDF/A, JSON and the upload', async (t) => {
  const { app, citizen, rows } = await startApp(t);
  // Anonymous visitors are sent to the citizen login first, and back afterwards.
  const anonymous = await createBrowser(app.server, hostA).get(start);
  assert.equal(anonymous.statusCode, 303);
  assert.match(
    String(anonymous.headers.location),
    /^\/konto\/anmelden\?returnTo=%2Fantrag%2Fbewohnerparkausweis$/,
  );

  assert.equal((await citizen.get(start)).headers.location, step('antragsteller'));
  // A later step typed into the address: back to the first unfinished one.
  assert.equal((await citizen.get(step('zahlung'))).statusCode, 303);
  const invalid = await send(citizen, 'antragsteller', { ...applicant, 'address.postalCode': '50667' });
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.body, /kern-error-summary|role="alert"/);
  await fillUpToSummary(app, citizen);
  const summary = await citizen.get(`${start}/pruefen`);
  assert.equal(summary.statusCode, 200);
  assert.match(summary.body, /GL-AB 123/);
  assert.match(summary.body, /Fahrzeugschein\.pdf/);
  assert.match(summary.body, /61,40/);

  // Without the declaration: refused, nothing submitted.
  const undeclared = await citizen.submit(`${start}/pruefen`, `${start}/absenden`, {});
  assert.equal(undeclared.statusCode, 400);
  assert.match(undeclared.body, /Bitte bestätigen Sie die Erklärung/);
  assert.equal((await rows(sql`select id from portal_applications`)).length, 0);

  const summaryPage = await citizen.get(`${start}/pruefen`);
  const token = csrfTokenIn(summaryPage.body);
  const entwurf = /name="entwurf" value="([0-9a-f-]{36})"/.exec(summaryPage.body)?.[1] ?? '';
  const submitted = await citizen.post(`${start}/absenden`, { erklaerung: 'ja', entwurf, _csrf: token });
  assert.equal(submitted.statusCode, 303);
  assert.match(String(submitted.headers.location), /^\/konto\/antraege\/[0-9a-f-]{36}\?eingereicht=1$/);
  // The same form sent again (double click, a retried request): the same application, no second case.
  assert.ok(entwurf, 'the summary names its draft');
  const again = await citizen.post(`${start}/absenden`, { erklaerung: 'ja', entwurf, _csrf: token });
  assert.equal(again.statusCode, 303);
  assert.equal(again.headers.location, submitted.headers.location);
  // Without a draft at all (another tab, long after): a clear 409, nothing made.
  const stale = await citizen.post(`${start}/absenden`, { erklaerung: 'ja', _csrf: token });
  assert.equal(stale.statusCode, 409);

  const applications = await rows(
    sql<{ id: string; reference: string; case_id: string; fee_cents: number; status: string }>`
      select id, reference, case_id, fee_cents, status from portal_applications`,
  );
  assert.equal(applications.length, 1);
  const application = applications[0]!;
  assert.match(application.reference, /^A-\d{4}-\d{6}$/);
  assert.equal(application.fee_cents, 6140);
  assert.equal(application.status, 'submitted');
  const documents = await rows(
    sql<{ title: string; media_type: string; file_name: string; department: string; file_title: string }>`
      select d.title, v.media_type, v.file_name, dep.number as department, f.title as file_title
      from records_documents d
      join records_document_versions v on v.document_id = d.id
      join records_cases c on c.id = d.case_id
      join records_files f on f.id = c.file_id
      join identity_departments dep on dep.id = c.department_id
      where d.case_id = ${application.case_id} order by d.created_at, d.title`,
  );
  assert.deepEqual(documents.map((row) => row.media_type).sort(), [
    'application/json',
    'application/pdf',
    'application/pdf',
    'application/pdf',
  ]);
  assert.ok(documents.every((row) => row.department === '32.1'));
  assert.match(documents[0]!.file_title, /^Bewohnerparkausweise \d{4}$/);
  assert.ok(documents.some((row) => row.file_name === 'Fahrzeugschein.pdf'));
  // The acknowledgement of receipt is in the case (as sent) and in the citizen's Postfach.
  assert.ok(documents.some((row) => row.title === `Eingangsbestätigung ${application.reference}`));
  const receipts = await rows(
    sql<{ subject: string; file_name: string; document_id: string | null }>`
      select m.subject, a.file_name, a.document_id from portal_mailbox_messages m
      join portal_mailbox_attachments a on a.message_id = m.id`,
  );
  assert.equal(receipts.length, 1);
  assert.equal(receipts[0]!.subject, `Eingangsbestätigung zu Ihrem Antrag ${application.reference}`);
  assert.ok(receipts[0]!.document_id, 'the Postfach copy points to the filed document');
  // The draft is gone; the citizen sees the application with its status and can fetch the receipt.
  assert.equal((await rows(sql`select id from portal_application_drafts`)).length, 0);
  const detail = await citizen.get(String(submitted.headers.location));
  assert.equal(detail.statusCode, 200);
  assert.match(detail.body, new RegExp(application.reference));
  assert.match(detail.body, /Eingegangen/);
  // The fee is open and can be paid online: the button leads to the payment provider's page.
  assert.match(detail.body, /Gebühr jetzt online bezahlen/);
  const pay = await citizen.post(`/konto/antraege/${application.id}/bezahlen`, {
    _csrf: csrfTokenIn(detail.body),
  });
  assert.equal(pay.statusCode, 303);
  assert.match(String(pay.headers.location), /\/zahlung\/test\/[A-Za-z0-9_-]+$/);
  const list = await citizen.get('/konto/antraege');
  assert.match(list.body, new RegExp(application.reference));
  const receipt = await citizen.get(`/konto/antraege/${application.id}/eingangsbestaetigung.pdf`);
  assert.equal(receipt.statusCode, 200);
  assert.equal(receipt.headers['content-type'], 'application/pdf');
  assert.ok(receipt.rawPayload.subarray(0, 5).toString() === '%PDF-');
  // Audited: the submission names the citizen.
  const audit = await rows(
    sql<{ action: string; actor_type: string }>`
      select action, actor_type from audit_entries where action = 'portal.application_submitted'`,
  );
  assert.deepEqual(audit, [{ action: 'portal.application_submitted', actor_type: 'citizen' }]);
});

test('a manipulated step is refused at the field; a renamed program is refused and stores nothing', async (t) => {
  const { app, citizen, rows } = await startApp(t);
  assert.equal((await send(citizen, 'antragsteller', applicant)).statusCode, 303);
  const program = await postMultipart(
    app.server,
    hostA,
    citizen,
    step('fahrzeug'),
    [
      { name: 'licencePlate', value: 'GL-AB 123' },
      { name: 'vehicleHolder', value: 'nicht-angeboten' },
      {
        name: 'registrationCertificate',
        file: {
          fileName: 'Fahrzeugschein.pdf',
          content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 program'),
          contentType: 'application/pdf',
        },
      },
    ],
    step('fahrzeug'),
  );
  assert.equal(program.statusCode, 400);
  assert.match(program.body, /Fahrzeugschein\.pdf/);
  assert.equal((await rows(sql`select id from portal_application_files`)).length, 0);
  // Another citizen's application id is not found.
  const other = await citizen.get('/konto/antraege/00000000-0000-4000-8000-000000000000');
  assert.equal(other.statusCode, 404);
});
