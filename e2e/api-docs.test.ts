// The API documentation: the OpenAPI document and our server-rendered reference page, under the strict CSP.
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
  await page.getByRole('heading', { level: 1, name: /Rathaus API/ }).waitFor();
  await page.getByRole('heading', { level: 3, name: /GET \/health\/ready/ }).waitFor();
}

test('the API docs page renders the Rathaus API without any CSP violation or script error', async () => {
  // The journey fails on any CSP violation, console error or failed asset when it ends.
  await rathaus.journey(async ({ page }) => openApiDocs(page));
});

test('the API docs page meets WCAG 2.1 AA', async () => {
  await rathaus.journey(async ({ page }) => {
    await openApiDocs(page);
    await checkAccessibility(page);
  });
});
