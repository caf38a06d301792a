// Citizens' journeys through the portal frame: start page, language, error page, keyboard.
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

test('the start page welcomes citizens of the demo town in German, styled with KERN', async () => {
  await rathaus.journey(async ({ page }) => {
    const response = await page.goto('/');
    assert.equal(response?.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(
      await page.getByRole('heading', { level: 1 }).innerText(),
      'Willkommen im digitalen Rathaus Stadt Leichlingen (Rheinland)',
    );
    assert.match(await page.title(), /^Startseite – Digitales Rathaus Stadt Leichlingen/);
    await page.getByRole('heading', { name: 'Online-Dienste', level: 2 }).waitFor();

    // The stylesheets and the KERN font really arrived (a page without them still "works").
    const styling = await page.evaluate<{ font: string; sheets: number; firaLoaded: boolean }>(`
      document.fonts.ready.then(() => ({
        font: getComputedStyle(document.querySelector('h1')).fontFamily,
        sheets: [...document.styleSheets].filter((sheet) => sheet.href && sheet.cssRules.length > 0).length,
        firaLoaded: [...document.fonts].some((face) => /fira/i.test(face.family) && face.status === 'loaded'),
      }))`);
    assert.match(styling.font, /Fira Sans/, 'headings use the KERN font');
    assert.equal(styling.sheets, 3, 'fira-sans.css, kern.min.css and rathaus.css are loaded');
    assert.ok(styling.firaLoaded, 'the Fira Sans web font is loaded');

    await page.screenshot({ path: path.join(screenshotDir, 'start.png'), fullPage: true });
    await checkAccessibility(page);
  });
});

test('the Content-Security-Policy blocks a script injected into the page', async () => {
  await rathaus.journey(async ({ page, problems, allow }) => {
    await page.goto('/');
    allow(/script-src/);
    allow(/Refused to execute inline script/);
    await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran"';
      document.head.append(script);
    })()`);
    assert.equal(await page.getAttribute('html', 'data-injected'), null, 'the injected script must not run');
    // The violation event is dispatched asynchronously; give it a moment to reach the test.
    const deadline = Date.now() + 5000;
    while (!problems.some((problem) => problem.includes('script-src')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(
      problems.some((problem) => problem.includes('script-src')),
      `a script-src violation is reported; got ${JSON.stringify(problems)}`,
    );
  });
});

test('the language link switches to English and the choice sticks on the next pages', async () => {
  await rathaus.journey(async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/[?&]lang=en/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(
      await page.getByRole('heading', { level: 1 }).innerText(),
      'Welcome to the digital town hall Stadt Leichlingen (Rheinland)',
    );
    assert.equal(await page.getByRole('link', { name: 'Deutsch' }).getAttribute('hreflang'), 'de');
    await checkAccessibility(page);

    // Next page, without ?lang: the cookie remembers the choice despite the German browser.
    await page.goto('/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('heading', { name: 'Online services', level: 2 }).waitFor();
    await page.goto('/does-not-exist');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Error 404');

    // And back to German.
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/[?&]lang=de/);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
  });
});

test('an English browser gets English without choosing', async () => {
  await rathaus.journey(
    async ({ page }) => {
      await page.goto('/');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.getByRole('heading', { name: 'Online services', level: 2 }).waitFor();
    },
    { locale: 'en-GB' },
  );
});

test('an unknown address shows an accessible 404 page with a way back', async () => {
  await rathaus.journey(async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht');
    assert.equal(response?.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Fehler 404');
    assert.match(await page.locator('main').innerText(), /Fehlercode: \S+/);
    await checkAccessibility(page);
    await page.getByRole('link', { name: 'Zur Startseite' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });
});

test('keyboard: the first Tab reaches the skip link, and it moves focus to the main content', async () => {
  await rathaus.journey(async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    assert.equal(await focused.innerText(), 'Zum Inhalt springen');
    assert.equal(await focused.getAttribute('href'), '#main');
    const box = await focused.boundingBox();
    assert.ok(
      box && box.y >= 0 && box.height > 0,
      `the focused skip link is visible on screen (box ${JSON.stringify(box)})`,
    );

    await page.keyboard.press('Enter');
    await page.waitForFunction('document.activeElement && document.activeElement.id === "main"');
    assert.equal(await page.locator(':focus').evaluate((element) => element.tagName), 'MAIN');
    // The next Tab continues inside the main content, not back at the header.
    await page.keyboard.press('Tab');
    assert.equal(await page.locator(':focus').evaluate((element) => Boolean(element.closest('main'))), true);
  });
});
