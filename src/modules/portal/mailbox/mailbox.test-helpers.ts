// Set-up shared by the Postfach tests: the whole app on a fresh database, the demo citizen (Erika) and a
// second citizen (Max), the use cases' dependencies over the app's platform, and a multipart poster.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { sql, type RawBuilder } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import { createAuditTrail } from '../../audit/index.ts';
import { DEMO_CITIZEN, seedCitizenDemo } from '../../citizens/index.ts';
import { testPasswordCost } from '../../identity/index.ts';
import { createBrowser, hostA, startTestApp } from '../../../test-app.ts';
import { postMultipart, type Part } from '../portal.test-helpers.ts';
import type { MailboxDeps } from './mailbox.usecases.ts';

export type App = Awaited<ReturnType<typeof startTestApp>>;
export type Browser = ReturnType<typeof createBrowser>;

export async function query<T>(app: App, text: RawBuilder<T>): Promise<T[]> {
  return (await withTenant(app.db, app.tenantA.id, (trx) => text.execute(trx))).rows;
}

async function citizenId(app: App, email: string): Promise<string> {
  const [row] = await query(app, sql<{ id: string }>`select id from citizens where email = ${email}`);
  return row!.id;
}

/** The app with Erika (demo citizen) and Max, both with verified accounts; Max signs in with Erika's password. */
export async function startMailboxApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  await seedCitizenDemo({ db: app.db, tenantId: app.tenantA.id, passwordCost: testPasswordCost });
  const passwordHash = (
    await query(
      app,
      sql<{ hash: string }>`select password_hash as hash from citizens where email = ${DEMO_CITIZEN.email}`,
    )
  )[0]!.hash;
  await query(
    app,
    sql`insert into citizens (tenant_id, email, password_hash, email_verified_at, given_name, family_name, created_at)
        values (app_tenant_id(), 'max.muster@example.org', ${passwordHash}, now(), 'Max', 'Muster', now())`,
  );
  const deps: MailboxDeps = {
    db: app.db,
    blobs: app.platform.blobs,
    mailer: app.platform.mailer,
    audit: createAuditTrail({ now: app.clock.now }),
    now: app.clock.now,
    publicUrl: 'https://leichlingen.example',
  };
  return {
    app,
    deps,
    erikaId: await citizenId(app, DEMO_CITIZEN.email),
    maxId: await citizenId(app, 'max.muster@example.org'),
  };
}

export async function signedIn(app: App, email: string): Promise<Browser> {
  const browser = createBrowser(app.server, hostA);
  const login = await browser.submit('/konto/anmelden', '/konto/anmelden', {
    email,
    password: DEMO_CITIZEN.password,
  });
  assert.equal(login.statusCode, 303, `${email} signs in`);
  return browser;
}

/** Puts bytes into the blob store, as the E-Akte does with a filed notice. */
export async function storeBlob(app: App, content: Buffer) {
  const stored = await app.platform.blobs.put(Readable.from([content]));
  return { blobSha256: stored.sha256, byteSize: stored.size };
}

export async function mailsTo(app: App, to: string) {
  const { messages } = await app.platform.mailer.listOutbox({ limit: 100 });
  return Promise.all(
    messages.filter((m) => m.to === to).map(async (m) => (await app.platform.mailer.getOutboxMessage(m.id))!),
  );
}

export type { Part } from '../portal.test-helpers.ts';

/** Sends the reply form as a browser does: multipart, the CSRF token in the form's action. */
export async function postReply(app: App, browser: Browser, messageId: string, parts: Part[]) {
  // Any page of the account carries the session's token (the message page may be another's: 404).
  return postMultipart(app.server, hostA, browser, `/konto/postfach/${messageId}/antwort`, parts);
}
