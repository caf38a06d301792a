// Set-up shared by the applications tests: the whole app with the demo town's file plan, catalogue, site
// facts and citizen (Erika, signed in), and the steps of the sample service as a browser sends them.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import { DEMO_CITIZEN, seedCitizenDemo } from '../../citizens/index.ts';
import { testPasswordCost } from '../../identity/index.ts';
import { seedRecordsDemo, textPdf } from '../../records/index.ts';
import { createBrowser, csrfTokenIn, hostA, startTestApp } from '../../../test-app.ts';
import { seedCatalogueDemo } from '../catalogue/catalogue.index.ts';
import { seedNoticeTemplatesDemo } from '../notices/notices.index.ts';
import { seedPortalDemo } from '../portal.seed.ts';
import { postMultipart } from '../portal.test-helpers.ts';

export const start = '/antrag/bewohnerparkausweis';
export const step = (id: string) => `${start}/schritt/${id}`;

export async function startApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  const tenantId = app.tenantA.id;
  await seedRecordsDemo({ db: app.db, tenantId });
  await seedPortalDemo({ db: app.db, tenantId });
  await seedCatalogueDemo(app.db, tenantId);
  await seedNoticeTemplatesDemo(app.db, tenantId);
  await seedCitizenDemo({ db: app.db, tenantId, passwordCost: testPasswordCost });
  const citizen = createBrowser(app.server, hostA);
  const login = await citizen.submit('/konto/anmelden', '/konto/anmelden', {
    email: DEMO_CITIZEN.email,
    password: DEMO_CITIZEN.password,
  });
  assert.equal(login.statusCode, 303);
  const rows = <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, tenantId, async (trx) => (await query.execute(trx)).rows);
  return { app, citizen, rows };
}

export type Citizen = Awaited<ReturnType<typeof startApp>>['citizen'];

export async function send(citizen: Citizen, stepId: string, form: Record<string, string>) {
  return citizen.submit(step(stepId), step(stepId), form);
}

export const applicant = {
  firstName: 'Erika',
  lastName: 'Mustermann',
  birthDate: '1984-08-12',
  'address.street': 'Am Büscherhof',
  'address.houseNumber': '1',
  'address.postalCode': '42799',
  'address.city': 'Leichlingen',
  email: 'erika.mustermann@example.org',
  phone: '',
};

export async function fillUpToSummary(app: Awaited<ReturnType<typeof startApp>>['app'], citizen: Citizen) {
  assert.equal((await send(citizen, 'antragsteller', applicant)).statusCode, 303);
  const vehicle = await postMultipart(
    app.server,
    hostA,
    citizen,
    step('fahrzeug'),
    [
      { name: 'licencePlate', value: 'GL-AB 123' },
      { name: 'vehicleHolder', value: 'self' },
      {
        name: 'registrationCertificate',
        file: {
          fileName: 'Fahrzeugschein.pdf',
          content: textPdf([['Zulassungsbescheinigung Teil I', 'Kennzeichen GL-AB 123']]),
          contentType: 'application/pdf',
        },
      },
    ],
    step('fahrzeug'),
  );
  assert.equal(vehicle.statusCode, 303, vehicle.body.slice(0, 2000));
  assert.equal(vehicle.headers.location, step('zahlung'));
  const payment = await send(citizen, 'zahlung', { validityYears: '2' });
  assert.equal(payment.headers.location, `${start}/pruefen`);
}

/** Fills the form and submits it; returns the application's row. */
export async function submitSample(setup: Awaited<ReturnType<typeof startApp>>) {
  const { app, citizen, rows } = setup;
  await fillUpToSummary(app, citizen);
  const summary = await citizen.get(`${start}/pruefen`);
  const entwurf = /name="entwurf" value="([0-9a-f-]{36})"/.exec(summary.body)?.[1] ?? '';
  const submitted = await citizen.post(`${start}/absenden`, {
    erklaerung: 'ja',
    entwurf,
    _csrf: csrfTokenIn(summary.body),
  });
  assert.equal(submitted.statusCode, 303);
  const [application] = await rows(
    sql<{ id: string; reference: string; case_id: string; status: string }>`
      select id, reference, case_id, status from portal_applications order by submitted_at desc limit 1`,
  );
  return application!;
}
