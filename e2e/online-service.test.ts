// The chain without media breaks, in the real browser, once without JavaScript and once with it: a new
// citizen registers and applies for the residents' parking permit (the sample service), a clerk of the
// Bürgerbüro finds the application in the department inbox, sends a query, the citizen answers it in the
// Postfach, the clerk decides with a notice, and the notice is in the citizen's Postfach and in the E-Akte
// case. With JavaScript every page on the way is checked with axe (axe runs as page script, so the
// run without JavaScript checks the same pages' behaviour, not their markup again).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { textPdf } from '../src/modules/records/index.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

const password = 'Sommer-Wiese-2026';

async function click(page: Page, name: string | RegExp, role: 'button' | 'link' = 'button') {
  await Promise.all([page.waitForNavigation(), page.getByRole(role, { name }).first().click()]);
}

/** The link in the newest mail to `to` whose path starts with `path`. */
async function linkInMail(to: string, path: string): Promise<string> {
  const { messages } = await rathaus.mailer.listOutbox({ limit: 50 });
  const newest = messages.find((message) => message.to === to);
  assert.ok(newest, `a mail to ${to}`);
  const text = (await rathaus.mailer.getOutboxMessage(newest.id))!.text;
  const match = new RegExp(`https?://[^/\\s]+(${path}\\?token=[A-Za-z0-9_-]+)`).exec(text);
  assert.ok(match?.[1], `the mail to ${to} carries a ${path} link`);
  return match[1];
}

async function walkTheChain(citizen: Page, clerk: Page, js: boolean, email: string) {
  const axe = js ? (page: Page) => checkAccessibility(page) : async () => {};

  // A new citizen finds the service and registers.
  await citizen.goto('/leistungen/bewohnerparkausweis');
  await axe(citizen);
  await citizen.goto('/konto/registrieren');
  await citizen.getByLabel('Vorname').fill('Lena');
  await citizen.getByLabel('Nachname').fill(js ? 'Schneider' : 'Krause');
  await citizen.getByLabel('E-Mail-Adresse').fill(email);
  await citizen.getByLabel('Passwort (mindestens 12 Zeichen)').fill(password);
  await citizen.getByLabel('Passwort wiederholen').fill(password);
  await citizen.getByLabel(/Datenschutzhinweise gelesen/).check();
  await click(citizen, 'Konto anlegen');
  await citizen.goto(await linkInMail(email, '/konto/bestaetigen'));
  await click(citizen, 'E-Mail-Adresse bestätigen');
  await citizen.goto('/konto/anmelden');
  await citizen.getByLabel(/e-?mail/i).fill(email);
  await citizen.getByLabel(/^passwort$/i).fill(password);
  await click(citizen, /^anmelden$/i);

  // The application, step by step.
  await citizen.goto('/leistungen/bewohnerparkausweis');
  await click(citizen, 'Online beantragen', 'link');
  await axe(citizen);
  await citizen.getByLabel('Vorname').fill('Lena');
  await citizen.getByLabel('Familienname').fill(js ? 'Schneider' : 'Krause');
  await citizen.getByLabel('Geburtsdatum').fill('1990-05-01');
  await citizen.getByLabel('Straße').fill('Am Büscherhof');
  await citizen.getByLabel('Hausnummer').fill('3');
  await citizen.getByLabel('Postleitzahl').fill('42799');
  await citizen.getByLabel('Ort').fill('Leichlingen');
  await citizen.getByLabel('E-Mail-Adresse').fill(email);
  await click(citizen, 'Weiter');
  await axe(citizen);
  await citizen.getByLabel('Amtliches Kennzeichen').fill(js ? 'GL-LS 42' : 'GL-LK 7');
  await citizen.getByLabel('Auf mich').check();
  await citizen.getByLabel(/Zulassungsbescheinigung Teil I/).setInputFiles([
    {
      name: 'Fahrzeugschein.pdf',
      mimeType: 'application/pdf',
      buffer: textPdf([['Zulassungsbescheinigung Teil I', 'GL-LS 42']]),
    },
  ]);
  await click(citizen, 'Weiter');
  await axe(citizen);
  await citizen.getByLabel('1 Jahr (30,70 €)').check();
  await click(citizen, 'Weiter');
  await citizen.getByRole('heading', { level: 1, name: 'Angaben prüfen und absenden' }).waitFor();
  await axe(citizen);
  await citizen.getByLabel(/Ich versichere/).check();
  await click(citizen, 'Antrag verbindlich absenden');
  const confirmation = await citizen.getByText(/Ihr Zeichen: A-\d{4}-\d{6}/).textContent();
  const reference = /A-\d{4}-\d{6}/.exec(confirmation ?? '')![0];
  await axe(citizen);

  // The clerk of the Bürgerbüro: the inbox, the application, take it over, ask the citizen.
  await clerk.goto('/intern/anmelden');
  await clerk.getByLabel(/e-?mail/i).fill('jonas.becker@leichlingen.example');
  await clerk.getByLabel(/^passwort$/i).fill('Demo-2026!');
  await click(clerk, /^anmelden$/i);
  await clerk.goto('/intern/antraege');
  await axe(clerk);
  await click(clerk, reference, 'link');
  await axe(clerk);
  await click(clerk, 'Antrag übernehmen');
  await clerk.getByLabel('Betreff', { exact: true }).fill('Nachweis des Wohnsitzes');
  await clerk.getByLabel('Nachricht', { exact: true }).fill('Bitte senden Sie uns eine Meldebescheinigung.');
  // Two weeks from today (a deadline must lie in the future, at most a year ahead).
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await clerk.getByLabel('Antwort erbeten bis').fill(inTwoWeeks);
  await click(clerk, 'Rückfrage senden');
  await clerk.getByText('Die Rückfrage ist im Postfach').waitFor();
  await axe(clerk);

  // The citizen answers in the Postfach.
  await citizen.goto('/konto/postfach');
  await axe(citizen);
  await click(citizen, 'Nachweis des Wohnsitzes', 'link');
  await axe(citizen);
  await citizen.getByLabel(/Ihre Nachricht/).fill('Die Meldebescheinigung reiche ich hiermit ein.');
  await click(citizen, 'Antwort senden');
  await citizen.getByText('Ihre Antwort wurde gesendet.').waitFor();

  // The clerk decides with the approval template; the notice goes out.
  await clerk.reload();
  await clerk.getByText('Die Meldebescheinigung reiche ich hiermit ein.').waitFor();
  await clerk.getByLabel('Bescheidvorlage').selectOption({ label: 'Bewilligung' });
  await click(clerk, 'Bescheid erstellen und zustellen');
  await clerk.getByText('Der Bescheid ist erstellt').waitFor();
  await axe(clerk);

  // The notice is in the citizen's Postfach …
  await citizen.goto('/konto/postfach');
  await click(citizen, `Bescheid zu Ihrem Antrag ${reference}`, 'link');
  await citizen.getByRole('link', { name: new RegExp(`Bescheid ${reference}\\.pdf`) }).waitFor();
  await axe(citizen);
  // … and in the E-Akte case, beside the application, its query and the answer.
  await click(clerk, /Vorgang in der E-Akte öffnen/, 'link');
  await clerk.getByRole('link', { name: new RegExp(`Bescheid: Bewilligung – ${reference}`) }).waitFor();
  await clerk.getByRole('link', { name: `Antrag ${reference}` }).waitFor();
  await axe(clerk);
}

test('without JavaScript: a new citizen applies, the office asks and decides, the notice arrives', async () => {
  const contexts: BrowserContext[] = [];
  try {
    for (let i = 0; i < 2; i += 1) {
      const context = await rathaus.browser.newContext({
        baseURL: rathaus.baseUrl,
        locale: 'de-DE',
        javaScriptEnabled: false,
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
    }
    await walkTheChain(
      await contexts[0]!.newPage(),
      await contexts[1]!.newPage(),
      false,
      'lena.krause@example.org',
    );
  } finally {
    for (const context of contexts) await context.close();
  }
});

test('with JavaScript, every page on the way meets WCAG 2.1 AA', async () => {
  await rathaus.journey(async ({ page }) => {
    const clerkContext = await rathaus.browser.newContext({ baseURL: rathaus.baseUrl, locale: 'de-DE' });
    clerkContext.setDefaultTimeout(15_000);
    try {
      page.context().setDefaultTimeout(15_000);
      await walkTheChain(page, await clerkContext.newPage(), true, 'lena.schneider@example.org');
    } finally {
      await clerkContext.close();
    }
  });
});
