// The API documentation: the OpenAPI document and its Swagger UI page, under the strict CSP.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility.ts';
import { startRathaus, type E2eRun } from './support/rathaus.ts';

let rathaus: E2eRun;
before(async () => {
  rathaus = await startRathaus();
});
after(async () => {
  await rathaus?.close();
});

test('/api/openapi.json is an OpenAPI document that lists the readiness check', async () => {
  const response = await fetch(`${rathaus.baseUrl}/api/openapi.json`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const document = (await response.json()) as {
    openapi?: unknown;
    info?: { title?: string };
    paths?: Record<string, unknown>;
  };
  assert.equal(typeof document.openapi, 'string');
  assert.match(document.openapi as string, /^3\.\d+\.\d+$/);
  assert.equal(document.info?.title, 'Rathaus API');
  assert.ok(
    document.paths?.['/health/ready'],
    `paths list /health/ready; got ${Object.keys(document.paths ?? {}).join(', ')}`,
  );
});

async function openApiDocs(page: Page) {
  const response = await page.goto('/api/docs');
  assert.equal(response?.status(), 200);
  // Swagger UI renders client-side from /api/docs/json; wait until our document is on screen.
  await page.locator('.swagger-ui .info .title').filter({ hasText: 'Rathaus API' }).waitFor();
  await page.locator('.opblock-summary-path', { hasText: '/health/ready' }).first().waitFor();
}

test('the API docs page renders the Rathaus API without any CSP violation or script error', async () => {
  // The journey fails on any CSP violation, console error or failed asset when it ends.
  await rathaus.journey(async ({ page }) => openApiDocs(page));
});

// Swagger UI (third-party markup, served by @fastify/swagger-ui) fails axe: colour contrast of the
// method badges and the top bar, an <img> without alt, an unlabelled URL input, nested interactive
// controls. Kept as a visible TODO, with the full list in the output, until the docs page is fixed
// (own theme CSS, or our own page around the OpenAPI document); then drop the `todo`.
test(
  'the API docs page meets WCAG 2.1 AA',
  { todo: 'Swagger UI has axe violations (contrast, image alt, label, nested-interactive)' },
  async () => {
    await rathaus.journey(async ({ page }) => {
      await openApiDocs(page);
      await checkAccessibility(page);
    });
  },
);
