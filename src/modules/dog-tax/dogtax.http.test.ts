// The dog tax over HTTP, as the "done when" describes it without the browser: Erika registers two
// dogs online, one of them an American Staffordshire Terrier (§ 3 Abs. 2 LHundG NRW), with the permit the
// listed breed asks for; the Steueramt's clerk accepts; the notice in her Postfach carries the amounts
// worked out by hand below; the same chip cannot be registered twice; a deregistration makes a change
// notice; the mandate refuses a wrong IBAN; the direct-debit file collects what is due.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { csrfTokenIn, DEMO_PASSWORD } from '../../test-app.ts';
import { pdfText } from '../../platform/pdf/pdf.test-tools.ts';
import { claim, registerDogs, signInStaff, startDogTaxApp, type DogEntry } from './dogtax.test-helpers.ts';

const bello: DogEntry = {
  name: 'Bello',
  breed: 'Labrador',
  sex: 'male',
  birthDate: '2024-04-01',
  colour: 'schwarz',
  chipNumber: '276098100000001',
  keptSince: '2026-01-05',
  arrival: 'taken-in',
};
const rex: DogEntry = {
  name: 'Rex',
  breed: 'American Staffordshire Terrier',
  sex: 'male',
  birthDate: '2023-06-15',
  colour: 'gestromt',
  chipNumber: '276098100000002',
  keptSince: '2026-02-10',
  arrival: 'taken-in',
};

test('a registration of two dogs, one of a listed breed, becomes a tax notice with the right amounts', async (t) => {
  const setup = await startDogTaxApp(t);
  const { citizen, rows } = setup;

  // Without the permit the listed breed asks for, the form does not go on.
  const refused = await registerDogs(setup, [bello, rex], { permit: false });
  assert.ok('refused' in refused);
  assert.equal(refused.refused!.statusCode, 400);
  assert.match(refused.refused!.body, /Erlaubnis oder Bescheinigung nach dem Landeshundegesetz/);

  const submitted = await registerDogs(setup, [bello, rex], { permit: true });
  assert.ok('application' in submitted);
  const application = submitted.application!;
  assert.match(submitted.summary!, /Rex: American Staffordshire Terrier \(§ 3 LHundG NRW\)/);

  const nina = await signInStaff(setup, 'nina.schulz');
  const casePage = await claim(nina, application.id);
  assert.match(casePage.body, /Anmeldung prüfen und annehmen/);
  const acceptPage = await nina.get(`/intern/hundesteuer/anmeldungen/${application.id}`);
  assert.equal(acceptPage.statusCode, 200);
  assert.match(
    acceptPage.body,
    /American Staffordshire Terrier – Gefährlicher Hund \(§ 3 Abs. 2 LHundG NRW\)/,
  );
  const accepted = await nina.post(`/intern/hundesteuer/anmeldungen/${application.id}`, {
    listed0: 'none',
    listed1: 'section3',
    _csrf: csrfTokenIn(acceptPage.body),
  });
  assert.equal(accepted.statusCode, 303, accepted.body.slice(0, 2000));

  // Worked example (statute: 125 € for one dog, 875 € for one dangerous dog; the classes count apart).
  // Bello from January: 125,00 €. Rex from February: 11 of 12 monthly shares of 875 € = 802,09 €
  // (875 € = 8 × 72,92 € + 4 × 72,91 €; January's share is 72,91 €). Household: 927,09 €.
  // Notice of 2 March 2026, made known 5 March: the first quarter (Jan–Mar: 31,25 € + 145,84 €) falls due
  // one month later, 5 April; then 250,00 € on 15 May, 15 August, 15 November.
  const [notice] = await rows(sql<{ total_cents: number; kind: string; delivery: string }>`
    select total_cents, kind, delivery from dog_tax_notices`);
  assert.deepEqual(notice, { total_cents: 92_709, kind: 'first', delivery: 'postfach' });
  const installments = await rows(sql<{ due_on: string; amount_cents: number }>`
    select due_on::text, amount_cents from dog_tax_installments order by due_on`);
  assert.deepEqual(installments, [
    { due_on: '2026-04-05', amount_cents: 17_709 },
    { due_on: '2026-05-15', amount_cents: 25_000 },
    { due_on: '2026-08-15', amount_cents: 25_000 },
    { due_on: '2026-11-15', amount_cents: 25_000 },
  ]);
  const dogs = await rows(sql<{ name: string; dangerous: boolean; tax_mark: string | null }>`
    select name, dangerous, tax_mark from dog_tax_dogs order by name`);
  assert.deepEqual(
    dogs.map((dog) => [dog.name, dog.dangerous, dog.tax_mark !== null]),
    [
      ['Bello', false, true],
      ['Rex', true, true],
    ],
  );
  const [status] = await rows(
    sql<{ status: string }>`select status from portal_applications where id = ${application.id}::uuid`,
  );
  assert.equal(status!.status, 'decided');

  // The notice in the Postfach, as PDF, says the same.
  const mailbox = await citizen.get('/konto/postfach');
  const messageId = /href="\/konto\/postfach\/([0-9a-f-]{36})"[^>]*>[^<]*Hundesteuerbescheid 2026/.exec(
    mailbox.body,
  )?.[1];
  assert.ok(messageId, 'the notice is in the Postfach');
  const message = await citizen.get(`/konto/postfach/${messageId}`);
  const attachment = /href="(\/konto\/postfach\/[0-9a-f-]{36}\/anhaenge\/[0-9a-f-]{36})"/.exec(
    message.body,
  )?.[1];
  assert.ok(attachment);
  const pdf = await citizen.get(attachment!);
  assert.equal(pdf.statusCode, 200);
  const text = await pdfText(pdf.rawPayload);
  for (const amount of ['125,00 €', '802,09 €', '927,09 €', '177,09 €', '250,00 €'])
    assert.ok(text.includes(amount), `the notice shows ${amount}`);
  assert.match(text, /Widerspruch/);

  // The same chip again: refused with the dog it belongs to; nothing registered twice.
  const again = await registerDogs(setup, [{ ...bello, name: 'Bello II' }], { permit: false });
  assert.ok('application' in again);
  await claim(nina, again.application!.id);
  const acceptAgain = await nina.get(`/intern/hundesteuer/anmeldungen/${again.application!.id}`);
  assert.match(acceptAgain.body, /Chip bereits angemeldet: Bello/);
  const refusedAgain = await nina.post(`/intern/hundesteuer/anmeldungen/${again.application!.id}`, {
    listed0: 'none',
    _csrf: csrfTokenIn(acceptAgain.body),
  });
  assert.equal(refusedAgain.statusCode, 409);
  assert.match(refusedAgain.body, /Chipnummer 276098100000001 ist bereits angemeldet/);
  assert.equal((await rows(sql<{ n: number }>`select count(*)::int as n from dog_tax_dogs`))[0]!.n, 2);

  // The citizen sees the dogs; a mandate with a wrong check digit is refused, a right one is taken.
  const overview = await citizen.get('/konto/hunde');
  assert.match(overview.body, /Bello \(Labrador\)/);
  const wrongIban = await citizen.submit('/konto/hunde/lastschrift', '/konto/hunde/lastschrift', {
    accountHolder: 'Erika Mustermann',
    iban: 'DE89 3704 0044 0532 0130 01',
    consent: 'ja',
  });
  assert.equal(wrongIban.statusCode, 400);
  assert.match(wrongIban.body, /Prüfziffer der IBAN stimmt nicht/);
  const mandate = await citizen.submit('/konto/hunde/lastschrift', '/konto/hunde/lastschrift', {
    accountHolder: 'Erika Mustermann',
    iban: 'DE89 3704 0044 0532 0130 00',
    consent: 'ja',
  });
  assert.equal(mandate.statusCode, 303);

  // Rex leaves in April: the tax for him ends with April; a change notice replaces the first.
  const [rexRow] = await rows(sql<{ id: string }>`select id from dog_tax_dogs where name = 'Rex'`);
  const future = await citizen.submit(
    `/konto/hunde/${rexRow!.id}/abmelden`,
    `/konto/hunde/${rexRow!.id}/abmelden`,
    {
      reason: 'given-away',
      keptUntil: '2027-01-01',
      newKeeper: 'Max Muster, Hauptstraße 1, 51379 Leverkusen',
    },
  );
  assert.equal(future.statusCode, 400, 'a date in the future is refused');
  setup.app.clock.advance(45 * 24 * 3600 * 1000); // 16 April 2026; sessions have ended meanwhile
  await citizen.signInCitizen();
  const left = await citizen.submit(
    `/konto/hunde/${rexRow!.id}/abmelden`,
    `/konto/hunde/${rexRow!.id}/abmelden`,
    {
      reason: 'given-away',
      keptUntil: '2026-04-12',
      newKeeper: 'Max Muster, Hauptstraße 1, 51379 Leverkusen',
    },
  );
  assert.equal(left.statusCode, 303, left.body.slice(0, 2000));
  const notices = await rows(sql<{ kind: string; total_cents: number }>`
    select kind, total_cents from dog_tax_notices order by seq`);
  // Rex February–April: 72,92 + 72,92 + 72,91 = 218,75 €; with Bello's 125,00 € → 343,75 €.
  assert.deepEqual(
    notices.map((row) => [row.kind, row.total_cents]),
    [
      ['first', 92_709],
      ['change', 34_375],
    ],
  );
  const again2 = await citizen.submit('/konto/hunde/lastschrift', `/konto/hunde/${rexRow!.id}/abmelden`, {
    reason: 'died',
    keptUntil: '2026-04-13',
    newKeeper: '',
  });
  assert.equal(again2.statusCode, 409, 'a dog that is no longer registered cannot be deregistered');
  assert.match(again2.body, /nicht \(mehr\) angemeldet/);

  // The direct-debit file on 15 May collects what is due by then under the notice in force.
  await nina.signIn('nina.schulz@leichlingen.example', DEMO_PASSWORD);
  const treasuryPage = await nina.get('/intern/hundesteuer/jahreslauf');
  const collection = await nina.post('/intern/hundesteuer/lastschriften', {
    collectionDate: '2026-05-15',
    _csrf: csrfTokenIn(treasuryPage.body),
  });
  assert.equal(
    collection.statusCode,
    303,
    /error-summary.*?<\/ul>/s.exec(collection.body)?.[0] ?? collection.body.slice(-3000),
  );
  const [file] = await rows(
    sql<{
      id: string;
      sum_cents: string;
      xml: string;
    }>`select id, sum_cents::text, xml from dog_tax_collections`,
  );
  // Due by 15 May under the change notice: Q1 (31,25 + 145,84) and Q2 (31,25 + 72,91) = 281,25 €.
  assert.equal(file!.sum_cents, '28125');
  assert.match(file!.xml, /<InstdAmt Ccy="EUR">281.25<\/InstdAmt>/);
  assert.match(file!.xml, /<MndtId>HU-\d{6}-/);
  const download = await nina.get(`/intern/hundesteuer/lastschriften/${file!.id}/pain008.xml`);
  assert.equal(download.statusCode, 200);
  assert.match(download.headers['content-type'] as string, /application\/xml/);
  // Nothing is collected twice.
  const twice = await nina.post('/intern/hundesteuer/lastschriften', {
    collectionDate: '2026-05-15',
    _csrf: csrfTokenIn(treasuryPage.body),
  });
  assert.equal(twice.statusCode, 400);
  assert.match(twice.body, /nichts per Lastschrift einzuziehen/);

  // On request the household pays annually on 1 July: the year's notice is issued again with that date.
  const [household] = await rows(sql<{ id: string }>`select id from dog_tax_households`);
  const householdPage = await nina.get(`/intern/hundesteuer/haushalte/${household!.id}`);
  const schedule = await nina.post(`/intern/hundesteuer/haushalte/${household!.id}/zahlweise`, {
    schedule: 'annual',
    _csrf: csrfTokenIn(householdPage.body),
  });
  assert.equal(schedule.statusCode, 303);
  const annual = await rows(sql<{ due_on: string; amount_cents: number }>`
    select i.due_on::text, i.amount_cents from dog_tax_installments i
    where i.notice_id = (select id from dog_tax_notices order by seq desc limit 1)`);
  assert.deepEqual(annual, [{ due_on: '2026-07-01', amount_cents: 34_375 }]);
});

test('the registration refuses a birth date in the future, a chip number of the wrong length and a chip twice', async (t) => {
  const setup = await startDogTaxApp(t);
  const { citizen } = setup;
  const step = '/antrag/hund-anmelden/schritt/hunde';
  const keeper = await citizen.submit(
    '/antrag/hund-anmelden/schritt/halter',
    '/antrag/hund-anmelden/schritt/halter',
    {
      firstName: 'Erika',
      lastName: 'Mustermann',
      'address.street': 'Am Büscherhof',
      'address.houseNumber': '1',
      'address.postalCode': '42799',
      'address.city': 'Leichlingen',
      email: 'erika.mustermann@example.org',
    },
  );
  assert.equal(keeper.statusCode, 303);
  const dog = (index: number, overrides: Record<string, string>) =>
    Object.fromEntries(
      Object.entries({ ...bello, name: `Hund ${index}`, ...overrides }).map(([key, value]) => [
        `dogs.${index}.${key}`,
        value,
      ]),
    );
  const future = `${new Date().getFullYear() + 1}-01-01`;
  const refused = await citizen.submit(step, step, {
    'dogs.items': '2',
    ...dog(0, { birthDate: future, chipNumber: '27609810000000' }),
    ...dog(1, { chipNumber: '276098100000001' }),
  });
  assert.equal(refused.statusCode, 400);
  assert.match(
    refused.body,
    /„Geburtsdatum \(wenn unbekannt: geschätzt\) \(Hund 1\)“ darf nicht nach dem \d\d\.\d\d\.\d{4} liegen/,
  );
  assert.match(refused.body, /„Chipnummer“ hat 15 Ziffern/);
  const twice = await citizen.submit(step, step, {
    'dogs.items': '2',
    ...dog(0, {}),
    ...dog(1, {}),
  });
  assert.equal(twice.statusCode, 400);
  assert.match(twice.body, /Zwei Hunde haben dieselbe Chipnummer/);
  // Nothing was registered: refused steps never reach the register.
  const [count] = await setup.rows(sql<{ n: number }>`select count(*)::int as n from dog_tax_dogs`);
  assert.equal(count!.n, 0);
});
