// The E-Akte's acceptance journey, as a clerk of the demo town does it in the browser: create a file under
// the plan, open a case, upload a scanned letter, find it by a word that only the scan holds (OCR by the
// worker running beside the server), send the answer through co-signing and sign-off, and set a
// resubmission. Two more people act on the routing in their own sessions. Every page is checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { imagePdf, renderPage, textPdf } from '../src/modules/records/index.ts';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus({ worker: true });
});
after(async () => {
  await rathaus?.close();
});

// A word that appears nowhere but in the scanned letter: not in its title, file name or metadata.
const scanOnlyWord = 'Komposthaufen';

const complaintLines = [
  'Heinz Beispiel, Am Wall 7, 42799 Leichlingen',
  '',
  'An die Stadt Leichlingen, Ordnungsamt',
  '',
  'Beschwerde',
  '',
  'Sehr geehrte Damen und Herren,',
  'seit Wochen riecht der Komposthaufen',
  'auf dem Nachbargrundstueck sehr stark.',
  'Bitte pruefen Sie die Angelegenheit.',
  '',
  'Mit freundlichen Gruessen',
  'Heinz Beispiel',
];

/** The letter as a paper scan: rendered to a greyscale JPEG at 200 dpi, wrapped in an image-only PDF. */
async function scannedComplaint(): Promise<Buffer> {
  const jpeg = await renderPage(textPdf([complaintLines], { fontSize: 14 }), { format: 'jpeg', dpi: 200 });
  return imagePdf([{ jpeg, width: Math.round((595 / 72) * 200), height: Math.round((842 / 72) * 200) }]);
}

const answer = textPdf([
  [
    'Stadt Leichlingen - Der Buergermeister - Ordnungsamt',
    '',
    'Ihre Beschwerde',
    '',
    'Sehr geehrter Herr Beispiel,',
    'wir haben den Eigentuemer des Nachbargrundstuecks angeschrieben',
    'und werden die Lage in vier Wochen erneut pruefen.',
  ],
]);

function login(email: string) {
  const person = rathaus.seed.logins.find((entry) => entry.email === email);
  assert.ok(person, `the demo seed has ${email}`);
  return person;
}

async function signIn(page: Page, email: string) {
  const { password } = login(email);
  await page.goto('/intern/anmelden');
  await page.getByLabel(/e-?mail/i).fill(email);
  await page.getByLabel(/^passwort$/i).fill(password);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /^anmelden$/i }).click()]);
}

async function submit(page: Page, button: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
}

async function follow(page: Page, link: string | RegExp) {
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: link }).first().click()]);
}

/** Searches until the hit appears: the OCR job runs in the background and takes a few seconds. */
async function searchUntilFound(page: Page, word: string, title: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    await page.goto(`/intern/suche?q=${encodeURIComponent(word)}`);
    if ((await page.getByRole('link', { name: title }).count()) > 0) return;
    assert.ok(Date.now() < deadline, `the scan was not found by "${word}" within two minutes`);
    await page.waitForTimeout(1_000);
  }
}

/** Co-signs (or signs off) the one routing waiting for this person, in their own browser session. */
async function coSignAs(browser: Browser, email: string, documentTitle: string) {
  const context = await browser.newContext({ baseURL: rathaus.baseUrl, locale: 'de-DE' });
  try {
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signIn(page, email);
    await page.goto('/intern/arbeitsplatz');
    await page.getByRole('link', { name: documentTitle }).first().waitFor();
    await checkAccessibility(page);
    await follow(page, 'Zu den Mitzeichnungen');
    await checkAccessibility(page);
    await submit(page, /^(Mitzeichnen|Zeichnen)/);
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
}

test('a clerk files a scanned letter, finds it by its scanned text, routes the answer and sets a resubmission', async () => {
  const clerk = 'jonas.becker@leichlingen.example';
  await rathaus.journey(async ({ page, allow }) => {
    // The browser's own PDF viewer loads its parts from chrome:// and its extension: not another site; leaving
    // the viewer page quickly aborts those loads.
    allow(/request to another site: chrome(-extension)?:\/\//);
    allow(/request failed: chrome(-extension)?:\/\//);
    // Moving on from the viewer while its inline preview still loads cancels that load.
    allow(
      /request failed: http:\/\/127\.0\.0\.1:\d+\/intern\/dokumente\/[0-9a-f-]+\/versionen\/\d+\/inhalt \(net::ERR_ABORTED\)/,
    );
    await signIn(page, clerk);

    // 1. A new file under the plan, then a case in it.
    await page.goto('/intern/akten/neu');
    await page
      .getByLabel('Aktenplangruppe')
      .selectOption({ label: '32.11.05 Gewerbeuntersagungen und Zuverlässigkeitsprüfungen' });
    await page.getByLabel('Federführendes Amt').selectOption({ label: '32.1 Bürgerbüro' });
    await page.getByLabel('Vertraulichkeit').selectOption({ value: 'open' });
    await page.getByLabel('Titel der Akte').fill('Beschwerden Am Wall 7');
    await submit(page, 'Akte anlegen');
    const created = await page.getByText(/Die Akte 32\.11\.05-\d{4}\/\d{4}/).textContent();
    const reference = /32\.11\.05-\d{4}\/\d{4}/.exec(created ?? '')?.[0];
    assert.ok(reference, 'the new file has its file reference');
    await checkAccessibility(page);
    await page.getByLabel('Titel des Vorgangs').fill('Beschwerde Geruchsbelästigung');
    await submit(page, 'Vorgang anlegen');
    await page.getByRole('heading', { level: 1, name: /Vorgang 1: Beschwerde Geruchsbelästigung/ }).waitFor();
    const casePath = new URL(page.url()).pathname;

    // 2. The scanned letter: an image-only PDF, its words only in the picture.
    await follow(page, 'Dokumente hinzufügen');
    await page
      .getByLabel('Dateien')
      .setInputFiles([
        { name: 'Scan 0815.pdf', mimeType: 'application/pdf', buffer: await scannedComplaint() },
      ]);
    await page.getByLabel('Dokumentart').selectOption('letter');
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByText('1 Datei(en) abgelegt.').waitFor();
    await checkAccessibility(page);

    // 3. Found by a word that only the OCR can know, with the hit highlighted in the snippet.
    await searchUntilFound(page, scanOnlyWord, 'Scan 0815');
    const snippet = await page.locator('mark').first().textContent();
    assert.match(snippet ?? '', /komposthaufen/i);
    await checkAccessibility(page);
    await follow(page, 'Scan 0815');
    await page.getByRole('heading', { level: 1, name: 'Scan 0815' }).waitFor();
    await checkAccessibility(page, { exclude: ['iframe.document-preview'] });

    // 4. The answer, sent through co-signing (Bauaufsicht) and sign-off (head of the Ordnungsamt).
    await page.goto(`${casePath}/dokumente/neu`);
    await page
      .getByLabel('Dateien')
      .setInputFiles([{ name: 'Antwort Beispiel.pdf', mimeType: 'application/pdf', buffer: answer }]);
    await page.getByLabel('Dokumentart').selectOption('letter');
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByText('1 Datei(en) abgelegt.').waitFor();
    await follow(page, 'Antwort Beispiel.pdf');
    await follow(page, 'Zur Mitzeichnung geben');
    await checkAccessibility(page);
    await page.getByLabel('1. Mitzeichnung').selectOption({ label: 'Lukas Weber' });
    await page.getByLabel('Zeichnung (abschließend)').selectOption({ label: 'Michael Braun' });
    await submit(page, /^Mitzeichnung starten$/);
    await page.getByText('Die Mitzeichnung wurde gestartet.').waitFor();
    await checkAccessibility(page);
    const routingPage = new URL(page.url()).pathname;

    await coSignAs(rathaus.browser, 'lukas.weber@leichlingen.example', 'Antwort Beispiel');
    await coSignAs(rathaus.browser, 'michael.braun@leichlingen.example', 'Antwort Beispiel');
    await page.goto(routingPage);
    await page.getByText('Diese Version ist bereits gezeichnet und festgeschrieben.').waitFor();
    await checkAccessibility(page);

    // 5. A resubmission on the clerk's desk: the citizen's reply is expected in four weeks.
    await page.goto(casePath);
    await follow(page, 'Wiedervorlage setzen');
    const due = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Wiedervorlage am').fill(due);
    await page.getByLabel(/Notiz|Bemerkung/).fill('Antwort von Herrn Beispiel abwarten');
    await submit(page, /^Wiedervorlage setzen$/);
    await page.getByText('Die Wiedervorlage wurde gesetzt.').waitFor();
    await checkAccessibility(page);
    await page.goto('/intern/wiedervorlagen');
    await page.getByText('Antwort von Herrn Beispiel abwarten').waitFor();
    await checkAccessibility(page);
  });
});
