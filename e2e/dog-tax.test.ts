// The dog tax in the real browser, as the "done when" says: Erika registers two dogs online, one
// of them an American Staffordshire Terrier (§ 3 Abs. 2 LHundG NRW) with the permit the listed breed asks
// for; the Steueramt's clerk takes the registration from the inbox and accepts it; the notices are in her
// Postfach and her account shows the amounts; the clerk starts the annual run and watches its progress
// until every household of the demo register has its notice. axe checks every page on the way.
//
// Dates lie in the year before the current one, so the amounts do not depend on the day the test runs:
// Bello (Labrador) from 5 January, Rex from 10 February of last year → last year 125,00 € + 802,09 € =
// 927,09 € (Rex: 11 of 12 monthly shares of 875 €); this year 125,00 € + 875,00 € = 1.000,00 €.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { textPdf } from '../src/modules/records/index.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus({ worker: true });
});
after(async () => {
  await rathaus?.close();
});

const thisYear = new Date().getFullYear();
const lastYear = thisYear - 1;

async function click(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await Promise.all([
    page.waitForNavigation(),
    page
      .getByRole(role, { name, exact: typeof name === 'string' })
      .first()
      .click(),
  ]);
}

async function signInStaff(page: Page, email: string) {
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/^passwort$/i).fill('Demo-2026!');
  await click(page, /^anmelden$/i);
}

async function fillDog(
  page: Page,
  index: number,
  dog: { name: string; breed: string; birth: string; colour: string; chip: string; since: string },
) {
  await page.fill(`[name="dogs.${index}.name"]`, dog.name);
  await page.fill(`[name="dogs.${index}.breed"]`, dog.breed);
  await page.check(`[name="dogs.${index}.sex"][value="male"]`);
  await page.fill(`[name="dogs.${index}.birthDate"]`, dog.birth);
  await page.fill(`[name="dogs.${index}.colour"]`, dog.colour);
  await page.fill(`[name="dogs.${index}.chipNumber"]`, dog.chip);
  await page.fill(`[name="dogs.${index}.keptSince"]`, dog.since);
  await page.check(`[name="dogs.${index}.arrival"][value="taken-in"]`);
}

test('a citizen registers two dogs, the clerk accepts, the notices reach the Postfach, the annual run runs', async () => {
  await rathaus.journey(async ({ page: citizen, context }) => {
    const axe = (page: Page) => checkAccessibility(page);

    // Erika signs in and registers her dogs.
    await citizen.goto('/konto/anmelden');
    await citizen.getByLabel(/e-?mail/i).fill('erika.mustermann@example.org');
    await citizen.getByLabel(/^passwort$/i).fill('Demo-2026!');
    await click(citizen, /^anmelden$/i);
    await citizen.goto('/leistungen/hund-anmelden');
    await axe(citizen);
    await click(citizen, 'Online beantragen', 'link');
    await axe(citizen);
    await citizen.getByLabel('Vorname').fill('Erika');
    await citizen.getByLabel('Familienname').fill('Mustermann');
    await citizen.getByLabel('Straße').fill('Am Büscherhof');
    await citizen.getByLabel('Hausnummer').fill('1');
    await citizen.getByLabel('Postleitzahl').fill('42799');
    await citizen.getByLabel('Ort').fill('Leichlingen');
    await citizen.getByLabel('E-Mail-Adresse').fill('erika.mustermann@example.org');
    await click(citizen, 'Weiter');
    await axe(citizen);
    await fillDog(citizen, 0, {
      name: 'Bello',
      breed: 'Labrador',
      birth: `${lastYear - 2}-04-01`,
      colour: 'schwarz',
      chip: '276098100000011',
      since: `${lastYear}-01-05`,
    });
    await click(citizen, /Weitere Angabe hinzufügen/);
    await fillDog(citizen, 1, {
      name: 'Rex',
      breed: 'American Staffordshire Terrier',
      birth: `${lastYear - 3}-06-15`,
      colour: 'gestromt',
      chip: '276098100000012',
      since: `${lastYear}-02-10`,
    });
    await click(citizen, 'Weiter');
    await axe(citizen);
    // The listed breed asks for the permit; the form names the law.
    await citizen.getByText('§ 3 oder § 10 LHundG NRW').first().waitFor();
    await citizen.getByLabel('Erlaubnis oder Bescheinigung nach dem Landeshundegesetz').setInputFiles([
      {
        name: 'Erlaubnis.pdf',
        mimeType: 'application/pdf',
        buffer: textPdf([['Erlaubnis nach § 4 LHundG NRW']]),
      },
    ]);
    await citizen.getByLabel(/Vierteljährlich/).check();
    await click(citizen, 'Weiter');
    await citizen.getByText('Rex: American Staffordshire Terrier (§ 3 LHundG NRW)').waitFor();
    await axe(citizen);
    await citizen.getByLabel(/Ich versichere/).check();
    await click(citizen, 'Antrag verbindlich absenden');
    const confirmation = await citizen.getByText(/Ihr Zeichen: A-\d{4}-\d{6}/).textContent();
    const reference = /A-\d{4}-\d{6}/.exec(confirmation ?? '')![0];

    // The Steueramt's clerk: inbox, take over, check and accept.
    const clerk = await context.browser()!.newPage({ baseURL: rathaus.baseUrl, locale: 'de-DE' });
    await signInStaff(clerk, 'nina.schulz@leichlingen.example');
    await clerk.goto('/intern/antraege');
    await axe(clerk);
    await click(clerk, reference, 'link');
    await click(clerk, 'Antrag übernehmen');
    await click(clerk, 'Anmeldung prüfen und annehmen', 'link');
    await axe(clerk);
    await clerk
      .getByText('American Staffordshire Terrier – Gefährlicher Hund (§ 3 Abs. 2 LHundG NRW)')
      .waitFor();
    assert.equal(
      await clerk.getByLabel('Einstufung von Rex nach dem Landeshundegesetz').inputValue(),
      'section3',
    );
    await click(clerk, 'Anmeldung annehmen und Bescheid erstellen');
    await clerk.getByText('Die Anmeldung ist angenommen').waitFor();
    await axe(clerk);
    const household = clerk.url();

    // Erika's Postfach has both notices; her account shows the dogs and the amounts.
    await citizen.goto('/konto/postfach');
    await axe(citizen);
    await citizen.getByRole('link', { name: new RegExp(`Hundesteuerbescheid ${lastYear}`) }).waitFor();
    await citizen.getByRole('link', { name: new RegExp(`Hundesteuerbescheid ${thisYear}`) }).waitFor();
    await citizen.goto('/konto/hunde');
    await axe(citizen);
    const account = await citizen.getByRole('table', { name: 'Steuerbescheide' }).innerText();
    assert.match(account, new RegExp(`${lastYear}\\s+\\S+\\s+927,09 €`));
    assert.match(account, new RegExp(`${thisYear}\\s+\\S+\\s+1\\.000,00 €`));
    // The notice itself (the PDF in the Postfach) carries the computation.
    await click(citizen, 'Postfach', 'link');
    await click(citizen, new RegExp(`Hundesteuerbescheid ${lastYear}`), 'link');
    const pdfLink = citizen.getByRole('link', { name: /Hundesteuerbescheid .*\.pdf/ }).first();
    const pdf = await citizen.request.get((await pdfLink.getAttribute('href'))!);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.ok((await pdf.body()).subarray(0, 5).toString() === '%PDF-');

    // The forms of the account, each checked: a mandate with a wrong check digit is refused and shown
    // accessibly, the right one is taken; a reduction is applied for with evidence.
    await citizen.goto('/konto/hunde');
    await click(citizen, 'Lastschriftmandat erteilen', 'link');
    await axe(citizen);
    await citizen.getByLabel('Kontoinhaberin oder Kontoinhaber').fill('Erika Mustermann');
    await citizen.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 01');
    await citizen.getByLabel(/Ich erteile das SEPA-Lastschriftmandat/).check();
    await click(citizen, 'Mandat erteilen');
    await citizen.getByText('Die Prüfziffer der IBAN stimmt nicht').first().waitFor();
    await axe(citizen);
    await citizen.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
    await citizen.getByLabel(/Ich erteile das SEPA-Lastschriftmandat/).check();
    await click(citizen, 'Mandat erteilen');
    await citizen.getByText('Das Lastschriftmandat ist erteilt').waitFor();
    await click(citizen, 'Steuermarke von Bello verloren', 'link');
    await axe(citizen);
    await citizen.goto('/konto/hunde');
    await click(citizen, 'Bello abmelden', 'link');
    await axe(citizen);
    await citizen.goto('/konto/hunde');
    await click(citizen, 'Befreiung oder Ermäßigung für Bello beantragen', 'link');
    await axe(citizen);
    await citizen.getByLabel('Was beantragen Sie?').selectOption('social-benefits');
    await citizen.getByLabel('Ab wann?').fill(`${thisYear}-01-01`);
    await citizen.getByLabel('Nachweise').setInputFiles([
      {
        name: 'Bewilligungsbescheid.pdf',
        mimeType: 'application/pdf',
        buffer: textPdf([['Bewilligung Bürgergeld']]),
      },
    ]);
    await click(citizen, 'Antrag absenden');
    await citizen.getByText('Ihr Antrag ist eingegangen').waitFor();
    await axe(citizen);
    await clerk.goto('/intern/hundesteuer/ermaessigungen');
    await axe(clerk);
    await click(clerk, /Ermäßigung 50 %/, 'link');
    await axe(clerk);
    await clerk.goto('/intern/hundesteuer/rueckstaende');
    await axe(clerk);

    // The household in the register, then the annual run for next year with its progress.
    await clerk.goto(household);
    await axe(clerk);
    await clerk.goto('/intern/hundesteuer');
    await axe(clerk);
    await clerk.goto('/intern/hundesteuer/hunde');
    await clerk.getByRole('cell', { name: 'Rex' }).first().waitFor();
    await axe(clerk);
    await clerk.goto('/intern/hundesteuer/jahreslauf');
    await axe(clerk);
    await clerk.getByLabel('Steuerjahr').fill(String(thisYear + 1));
    await click(clerk, 'Jahreslauf starten');
    await clerk.getByRole('progressbar').waitFor();
    await axe(clerk);
    // htmx refreshes the progress every two seconds until the run is done: 40 demo households and Erika's.
    await clerk.getByText(/Jahreslauf \d{4}: fertig/).waitFor({ timeout: 120_000 });
    await clerk.getByText('41 von 41 Bescheiden erstellt').first().waitFor();
    await axe(clerk);
    await clerk.close();
  });
});
