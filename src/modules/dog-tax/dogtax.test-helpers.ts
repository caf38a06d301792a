// Set-up of the dog tax tests: the whole app with the demo town (file plan, catalogue, site facts, the
// dog tax settings) and Erika signed in; the registration form's steps as a browser sends them; the
// Steueramt clerk Nina Schulz; and the module's deps for calling the annual run directly.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createAuditTrail } from '../audit/index.ts';
import { DEMO_CITIZEN, seedCitizenDemo } from '../citizens/index.ts';
import { testPasswordCost } from '../identity/index.ts';
import {
  postMultipart,
  seedCatalogueDemo,
  seedNoticeTemplatesDemo,
  seedPortalDemo,
} from '../portal/index.ts';
import { createIntake, defaultIngestSettings, seedRecordsDemo, textPdf } from '../records/index.ts';
import { createBrowser, csrfTokenIn, DEMO_PASSWORD, hostA, startTestApp } from '../../test-app.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { seedDogTaxDemo } from './dogtax.seed.ts';

export const FORM = '/antrag/hund-anmelden';

export async function startDogTaxApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  const tenantId = app.tenantA.id;
  await seedRecordsDemo({ db: app.db, tenantId });
  await seedPortalDemo({ db: app.db, tenantId });
  await seedCatalogueDemo(app.db, tenantId);
  await seedNoticeTemplatesDemo(app.db, tenantId);
  await seedCitizenDemo({ db: app.db, tenantId, passwordCost: testPasswordCost });
  await seedDogTaxDemo({ db: app.db, tenantId });
  const browser = createBrowser(app.server, hostA);
  const citizen = {
    ...browser,
    async signInCitizen() {
      const login = await browser.submit('/konto/anmelden', '/konto/anmelden', {
        email: DEMO_CITIZEN.email,
        password: DEMO_CITIZEN.password,
      });
      assert.equal(login.statusCode, 303);
    },
  };
  await citizen.signInCitizen();
  const rows = <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, tenantId, async (trx) => (await query.execute(trx)).rows);
  const audit = createAuditTrail({ now: app.clock.now });
  const deps: DogTaxDeps = {
    db: app.db,
    blobs: app.platform.blobs,
    jobs: app.platform.jobs,
    mailer: app.platform.mailer,
    audit,
    now: app.clock.now,
    publicUrl: undefined,
    ingest: defaultIngestSettings,
    recordsIntake: createIntake({ audit, jobs: app.platform.jobs, now: app.clock.now }),
  };
  return { app, tenantId, citizen, rows, deps };
}

export type DogTaxSetup = Awaited<ReturnType<typeof startDogTaxApp>>;

export async function signInStaff(setup: DogTaxSetup, name: string) {
  const browser = createBrowser(setup.app.server, hostA);
  const login = await browser.signIn(`${name}@leichlingen.example`, DEMO_PASSWORD);
  assert.equal(login.statusCode, 303, `${name} signs in`);
  return browser;
}

export interface DogEntry {
  name: string;
  breed: string;
  sex: 'female' | 'male';
  birthDate: string;
  colour: string;
  chipNumber: string;
  keptSince: string;
  arrival: 'taken-in' | 'born' | 'moved-in';
}

/** Fills and submits the registration; returns the application row. */
export async function registerDogs(setup: DogTaxSetup, dogs: DogEntry[], options: { permit: boolean }) {
  const { app, citizen, rows } = setup;
  const step = (id: string) => `${FORM}/schritt/${id}`;
  const keeper = await citizen.submit(step('halter'), step('halter'), {
    firstName: 'Erika',
    lastName: 'Mustermann',
    'address.street': 'Am Büscherhof',
    'address.houseNumber': '1',
    'address.postalCode': '42799',
    'address.city': 'Leichlingen',
    email: DEMO_CITIZEN.email,
    coKeepers: '',
  });
  assert.equal(keeper.statusCode, 303, keeper.body.slice(0, 500));
  const form: Record<string, string> = { 'dogs.items': String(dogs.length) };
  dogs.forEach((dog, index) => {
    for (const [key, value] of Object.entries(dog)) form[`dogs.${index}.${key}`] = value;
  });
  const dogsStep = await citizen.submit(step('hunde'), step('hunde'), form);
  assert.equal(dogsStep.statusCode, 303, dogsStep.body.slice(0, 3000));
  const evidence = await postMultipart(
    app.server,
    hostA,
    citizen,
    step('nachweise'),
    [
      ...(options.permit
        ? [
            {
              name: 'listedDogPermit',
              file: {
                fileName: 'Erlaubnis-LHundG.pdf',
                content: textPdf([['Erlaubnis nach § 4 LHundG NRW', 'Haltung eines gefährlichen Hundes']]),
                contentType: 'application/pdf',
              },
            },
          ]
        : []),
      { name: 'paymentSchedule', value: 'quarterly' },
    ],
    step('nachweise'),
  );
  if (evidence.statusCode !== 303) return { refused: evidence };
  const summary = await citizen.get(`${FORM}/pruefen`);
  const entwurf = /name="entwurf" value="([0-9a-f-]{36})"/.exec(summary.body)?.[1] ?? '';
  const submitted = await citizen.post(`${FORM}/absenden`, {
    erklaerung: 'ja',
    entwurf,
    _csrf: csrfTokenIn(summary.body),
  });
  assert.equal(submitted.statusCode, 303, submitted.body.slice(0, 1000));
  const [application] = await rows(
    sql<{ id: string; reference: string; case_id: string }>`
      select id, reference, case_id from portal_applications order by submitted_at desc, reference desc limit 1`,
  );
  return { application: application!, summary: summary.body };
}

/** The clerk claims the application and opens the acceptance page. */
export async function claim(browser: ReturnType<typeof createBrowser>, applicationId: string) {
  const casePage = `/intern/antraege/${applicationId}`;
  const view = await browser.get(casePage);
  const claimed = await browser.post(`${casePage}/uebernehmen`, { _csrf: csrfTokenIn(view.body) });
  assert.equal(claimed.statusCode, 303);
  return browser.get(casePage);
}
