// Set-up of the invoice HTTP tests: the whole app with the demo town's file plan and invoice settings, and
// staff browsers; an invoice sent as a browser upload or through the API (multipart).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createBrowser, DEMO_PASSWORD, hostA, startTestApp } from '../../test-app.ts';
import { createAuditTrail } from '../audit/index.ts';
import { postMultipart } from '../portal/index.ts';
import { createIntake, defaultIngestSettings, seedRecordsDemo } from '../records/index.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import { seedInvoicesDemo } from './invoices.seed.ts';

export async function startInvoicesApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  await seedRecordsDemo({ db: app.db, tenantId: app.tenantA.id });
  await seedInvoicesDemo({ db: app.db, tenantId: app.tenantA.id });
  return app;
}

export async function signIn(server: FastifyInstance, name: string) {
  const browser = createBrowser(server, hostA);
  const login = await browser.signIn(`${name}@leichlingen.example`, DEMO_PASSWORD);
  assert.equal(login.statusCode, 303, `${name} signs in`);
  return browser;
}

export function uploadInvoice(
  server: FastifyInstance,
  browser: ReturnType<typeof createBrowser>,
  content: Buffer,
  fileName = 'rechnung.xml',
) {
  return postMultipart(
    server,
    hostA,
    browser,
    '/intern/rechnungen/hochladen',
    [
      {
        name: 'datei',
        file: {
          fileName,
          content,
          contentType: fileName.endsWith('.pdf') ? 'application/pdf' : 'application/xml',
        },
      },
    ],
    '/intern/rechnungen/hochladen',
  );
}

export function postToApi(server: FastifyInstance, token: string, content: Buffer, fileName: string) {
  const boundary = `----rathaus${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return server.inject({
    method: 'POST',
    url: '/api/v1/rechnungen',
    headers: {
      host: hostA,
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
}

/** The module's dependencies as app.ts builds them, for tests that call the use cases directly. */
export function invoicesDepsOf(app: Awaited<ReturnType<typeof startInvoicesApp>>): InvoicesDeps {
  const { platform } = app;
  const audit = createAuditTrail();
  return {
    db: app.db,
    blobs: platform.blobs,
    jobs: platform.jobs,
    mailer: platform.mailer,
    audit,
    now: app.clock.now,
    ingest: {
      ...defaultIngestSettings,
      stagingDirectory: `${platform.config.core.dataDir}/uploads`,
      maxFileBytes: platform.config.invoicesValidation.maxBytes,
    },
    recordsIntake: createIntake({ audit, jobs: platform.jobs, now: app.clock.now }),
  };
}
