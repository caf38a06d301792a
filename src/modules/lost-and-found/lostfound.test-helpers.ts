// Set-up of the Fundbüro's HTTP tests: the whole app with the demo town (file plan, Fundbüro settings and
// three demo items), a browser for the clerk Jonas Becker (Bürgerbüro 32.1), one for the public, and
// small helpers: a real PNG, a multipart post, the outbox.
import assert from 'node:assert/strict';
import type { sql } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { postMultipart, seedPortalDemo } from '../portal/index.ts';
import { seedRecordsDemo } from '../records/index.ts';
import { createBrowser, DEMO_PASSWORD, hostA, startTestApp } from '../../test-app.ts';
import { seedLostAndFoundDemo } from './lostfound.seed.ts';

export { pngImage } from './lostfound.fixtures.ts';

export async function startLostFoundApp(t: Parameters<typeof startTestApp>[0]) {
  const app = await startTestApp(t);
  const tenantId = app.tenantA.id;
  await seedRecordsDemo({ db: app.db, tenantId });
  await seedPortalDemo({ db: app.db, tenantId });
  await seedLostAndFoundDemo({ db: app.db, tenantId, now: app.clock.now() });
  const clerk = createBrowser(app.server, hostA, { remoteAddress: '10.1.0.1' });
  const login = await clerk.signIn('jonas.becker@leichlingen.example', DEMO_PASSWORD);
  assert.equal(login.statusCode, 303, 'the Bürgerbüro clerk signs in');
  const visitor = createBrowser(app.server, hostA, { remoteAddress: '10.1.0.2' });
  const rows = <T>(query: ReturnType<typeof sql<T>>) =>
    withTenant(app.db, tenantId, async (trx) => (await query.execute(trx)).rows);
  /** The mails to `to`, newest first, with their text. */
  const mailsTo = async (to: string) => {
    const { messages } = await app.platform.mailer.listOutbox({ limit: 100, tenantId });
    const mine = messages.filter((message) => message.to === to);
    return Promise.all(
      mine.map(async (message) => (await app.platform.mailer.getOutboxMessage(message.id))!),
    );
  };
  return { app, tenantId, clerk, visitor, rows, mailsTo };
}

export type LostFoundSetup = Awaited<ReturnType<typeof startLostFoundApp>>;

export interface ItemForm {
  [field: string]: string;
}

export const WALLET: ItemForm = {
  category: 'wallet',
  description: 'Schwarze Geldbörse aus Leder mit Druckknopf',
  features: 'Enthält Personalausweis auf den Namen Erika Mustermann, EC-Karte, Foto eines Hundes',
  colour: 'schwarz',
  brand: 'Bree',
  serialNumber: 'L01X00T47',
  foundOn: '2026-03-02',
  foundPlace: 'Bushaltestelle Marktplatz',
  foundDistrict: 'Stadtmitte',
  value: '80',
  storagePlace: 'Tresor Fach 3',
  finderName: 'Karl Finder',
  finderContact: '0170 1234567',
  finderChoice: 'ownership',
};

/** The clerk's registration form as the browser sends it (multipart, with photos). */
export async function registerItem(
  setup: LostFoundSetup,
  form: ItemForm,
  photos: { fileName: string; content: Buffer; contentType?: string }[] = [],
) {
  return postMultipart(
    setup.app.server,
    hostA,
    setup.clerk,
    '/intern/fundbuero/fundsachen',
    [
      ...Object.entries(form).map(([name, value]) => ({ name, value })),
      ...photos.map((file) => ({ name: 'photos', file })),
    ],
    '/intern/fundbuero/fundsachen/neu',
  );
}
