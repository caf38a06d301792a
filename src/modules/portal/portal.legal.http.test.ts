import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBrowser, hostA, hostB, startTestApp } from '../../test-app.ts';
import { DEMO_SITE_INFO, seedPortalDemo } from './index.ts';

test('Impressum, Datenschutz and Barrierefreiheit show the municipality’s facts, escaped', async (t) => {
  const { server, db, tenantA } = await startTestApp(t);
  await seedPortalDemo({ db, tenantId: tenantA.id });
  const browser = createBrowser(server, hostA);

  const imprint = await browser.get('/impressum');
  assert.equal(imprint.statusCode, 200);
  assert.match(imprint.body, /<h1[^>]*>Impressum<\/h1>/);
  assert.match(imprint.body, /Stadt Leichlingen \(Rheinland\) – Der Bürgermeister/);
  assert.match(imprint.body, /href="mailto:rathaus@leichlingen.example"/);
  assert.match(imprint.body, /Rheinisch-Bergischen Kreises/);

  const privacy = await browser.get('/datenschutz');
  assert.match(privacy.body, /Datenschutzbeauftragte Person \(Art\. 37 DSGVO\)/);
  assert.match(privacy.body, /technisch notwendige Cookies/);
  assert.match(
    privacy.body,
    /Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen/,
  );

  const accessibility = await browser.get('/barrierefreiheit');
  assert.match(accessibility.body, /teilweise mit den Anforderungen der WCAG 2\.1 Stufe AA vereinbar/);
  assert.match(accessibility.body, /zuletzt überprüft am 2026-11-01/);
  assert.match(accessibility.body, /Ombudsstelle für barrierefreie Informationstechnik/);
  assert.ok(DEMO_SITE_INFO.accessibilityKnownBarriers.length > 0);

  // Every page links the three from its footer.
  for (const path of ['/impressum', '/datenschutz', '/barrierefreiheit'])
    assert.match((await browser.get('/')).body, new RegExp(`href="${path}"`));
});

test('a municipality that has not entered its facts gets a clear notice, not an empty page', async (t) => {
  const { server } = await startTestApp(t);
  const response = await createBrowser(server, hostB).get('/impressum');
  assert.equal(response.statusCode, 200);
  assert.match(response.body, /noch nicht hinterlegt/);
});
