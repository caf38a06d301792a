// The Fundbüro's "done when", in the real browser: a citizen reported a lost wallet the day before; the
// Bürgerbüro's clerk registers a found wallet (with a photo); the match mail is in the outbox; the citizen
// follows its link and claims the wallet; the clerk confirms and hands it over with the computed fee and
// finder's reward. The public search never shows the finder's name or the serial number. Every page on
// the way is checked with axe; a second run without JavaScript shows the public forms work without it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { localDay } from '../src/platform/time/calendar-day.ts';
import { pngImage } from '../src/modules/lost-and-found/index.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

async function click(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await Promise.all([page.waitForNavigation(), page.getByRole(role, { name }).first().click()]);
}

/** The path of the link in the newest mail to `to` whose path starts with `path`. */
async function linkInMail(to: string, subject: RegExp, path: string): Promise<string> {
  const { messages } = await rathaus.mailer.listOutbox({ limit: 100 });
  const mail = messages.find((message) => message.to === to && subject.test(message.subject));
  assert.ok(mail, `a mail to ${to} with the subject ${subject}`);
  const text = (await rathaus.mailer.getOutboxMessage(mail.id))!.text;
  const match = new RegExp(`https?://[^/\\s]+(${path}[^\\s]*)`).exec(text);
  assert.ok(match?.[1], `the mail to ${to} carries a ${path} link`);
  return match[1];
}

const yesterday = () => localDay(new Date(Date.now() - 86_400_000));

async function reportLoss(page: Page, email: string) {
  await page.goto('/fundbuero/verlust-melden');
  await page.getByLabel('Ihr Name').fill('Erika Mustermann');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Was haben Sie verloren?').selectOption({ label: 'Geldbörse / Brieftasche' });
  await page
    .getByLabel('Beschreibung und besondere Merkmale')
    .fill('Schwarzes Portemonnaie aus Leder, darin Ausweis und EC-Karte');
  await page.getByLabel('Farbe', { exact: true }).fill('schwarz');
  await page.getByLabel('Verloren am (frühestens)').fill(yesterday());
  await page.getByLabel('Wo ungefähr?').fill('Marktplatz');
}

test('staff register a found wallet; the owner who reported it the day before claims it and collects it', async () => {
  const email = 'erika.fundbuero@example.org';
  await rathaus.journey(async ({ page: citizen, context }) => {
    // The citizen reported the loss (no account needed).
    await reportLoss(citizen, email);
    await checkAccessibility(citizen);
    await click(citizen, 'Verlust melden');
    await citizen.getByText('Ihre Verlustanzeige ist eingegangen').waitFor();
    await checkAccessibility(citizen);

    // The clerk of the Bürgerbüro registers a found wallet with a photo.
    const clerk = await context.browser()!.newContext({ baseURL: rathaus.baseUrl, locale: 'de-DE' });
    try {
      const staff = await clerk.newPage();
      await staff.goto('/intern/anmelden');
      await staff.getByLabel(/e-?mail/i).fill('jonas.becker@leichlingen.example');
      await staff.getByLabel(/^passwort$/i).fill('Demo-2026!');
      await click(staff, /^anmelden$/i);
      await staff.goto('/intern/fundbuero');
      await checkAccessibility(staff);
      await click(staff, 'Fundsache erfassen', 'link');
      await checkAccessibility(staff);
      await staff.getByLabel('Kategorie').selectOption({ label: 'Geldbörse / Brieftasche' });
      await staff.getByLabel('Beschreibung (öffentlich)').fill('Schwarze Geldbörse aus Leder mit Druckknopf');
      await staff
        .getByLabel('Interne Merkmale (nicht öffentlich)')
        .fill('Personalausweis Erika Mustermann, EC-Karte');
      await staff.getByLabel('Farbe', { exact: true }).fill('schwarz');
      await staff.getByLabel(/^Seriennummer/).fill('L01X00T47');
      await staff.getByLabel('Fundtag').fill(localDay(new Date()));
      await staff.getByLabel('Fundort').fill('Bushaltestelle Marktplatz');
      await staff.getByLabel('Geschätzter Wert in Euro').fill('80');
      await staff.getByLabel('Lagerort').fill('Tresor Fach 3');
      await staff.getByLabel('Name der Finderin / des Finders').fill('Karl Finder');
      await staff.getByLabel('Kontakt der Finderin / des Finders').fill('0170 1234567');
      await staff
        .getByLabel('Fotos (JPEG, PNG)')
        .setInputFiles([{ name: 'geldboerse.png', mimeType: 'image/png', buffer: pngImage(8, 6) }]);
      await staff.getByLabel('Fotos in der öffentlichen Suche zeigen').check();
      await click(staff, 'Fundsache registrieren');
      await staff.getByText('Die Fundsache ist registriert').waitFor();
      await checkAccessibility(staff);

      // The public search shows the wallet, never the finder's name or the serial number.
      await citizen.goto('/fundbuero');
      await citizen.getByLabel('Kategorie').selectOption({ label: 'Geldbörse / Brieftasche' });
      await click(citizen, 'Suchen');
      await citizen.getByText('Schwarze Geldbörse aus Leder mit Druckknopf').first().waitFor();
      await checkAccessibility(citizen);
      const searchHtml = await citizen.content();
      assert.doesNotMatch(searchHtml, /Karl Finder|L01X00T47|0170 1234567|Tresor/);

      // The match mail is in the outbox; its link leads to the item and the claim form.
      await citizen.goto(await linkInMail(email, /Möglicher Treffer/, '/fundbuero/treffer/'));
      await checkAccessibility(citizen);
      assert.doesNotMatch(await citizen.content(), /Karl Finder|L01X00T47/);
      await citizen
        .getByLabel('Woran erkennen wir, dass die Sache Ihnen gehört?')
        .fill('Darin liegt mein Personalausweis und ein Foto meines Hundes.');
      await click(citizen, 'Anspruch anmelden');
      await citizen.getByText('Ihr Anspruch ist eingegangen').waitFor();
      await checkAccessibility(citizen);

      // The clerk confirms the match and hands the wallet over: fee 6,60 € (DEMO schedule: 5 € + 2 % of
      // 80 €) and finder's reward 4,00 € (§ 971 Abs. 1 S. 2 BGB: 5 % of 80 €), together 10,60 €.
      await staff.reload();
      await staff.getByText('Darin liegt mein Personalausweis').waitFor();
      await click(staff, /Treffer VA-\d{6} bestätigen/);
      await staff.getByText('Die Entscheidung über den Treffer ist gespeichert').waitFor();
      await staff.getByLabel('Eigentum nachgewiesen durch').selectOption({ value: 'id_document' });
      await staff
        .getByLabel('Nachweis im Einzelnen')
        .fill('Personalausweis vorgelegt, stimmt mit dem Ausweis in der Börse überein.');
      assert.equal(await staff.getByLabel('Ausgehändigt an').inputValue(), 'Erika Mustermann');
      await click(staff, 'Herausgeben und 10,60 € kassieren');
      await staff.getByText('Die Fundsache ist herausgegeben').waitFor();
      await staff.getByText('An Eigentümer herausgegeben').waitFor();
      await staff.getByText('6,60 €').waitFor();
      await staff.getByText('4,00 € (§ 971 Abs. 1 S. 2 BGB)').waitFor();
      await checkAccessibility(staff);
    } finally {
      await clerk.close();
    }
  });
});

test('without JavaScript: a loss report and the public search work as plain forms', async () => {
  const context = await rathaus.browser.newContext({
    baseURL: rathaus.baseUrl,
    locale: 'de-DE',
    javaScriptEnabled: false,
  });
  try {
    const page = await context.newPage();
    await reportLoss(page, 'ohne.js@example.org');
    await click(page, 'Verlust melden');
    await page.getByText('Ihre Verlustanzeige ist eingegangen').waitFor();
    // A date in the future is refused with a clear message, the form keeps what was typed.
    await page.goto('/fundbuero/verlust-melden');
    await reportLoss(page, 'ohne.js@example.org');
    await page.getByLabel('Verloren am (frühestens)').fill(localDay(new Date(Date.now() + 3 * 86_400_000)));
    await click(page, 'Verlust melden');
    await page
      .getByText(/Das Datum liegt in der Zukunft/)
      .first()
      .waitFor();
    assert.equal(await page.getByLabel('Wo ungefähr?').inputValue(), 'Marktplatz');
    // From the portal's start page to the Fundbüro's search.
    await page.goto('/');
    await click(page, /^Fundbüro: Fundsachen suchen/, 'link');
    assert.equal(new URL(page.url()).pathname, '/fundbuero');
    await page.getByLabel('Fundort').fill('Bahnhof');
    await click(page, 'Suchen');
    await page.getByText('Schlüsselbund mit drei Schlüsseln').waitFor();
    assert.doesNotMatch(await page.content(), /Anna Beispiel|Regal A1/);
  } finally {
    await context.close();
  }
});
