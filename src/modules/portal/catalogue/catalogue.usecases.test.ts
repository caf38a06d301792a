import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { findServiceById, findServiceBySlug, seedCatalogueDemo } from './catalogue.index.ts';
import { demoServices } from './catalogue.seed-data.ts';
import { setupCatalogue, validInput } from './catalogue.test-helpers.ts';
import {
  createService,
  listDigitalServices,
  searchCatalogue,
  setServiceOnline,
  updateService,
} from './catalogue.usecases.ts';
import { tenantScope } from '../../../platform/db/tenant-scope.ts';

const slugsOf = (services: { slug: string }[]) => services.map((service) => service.slug);

test('a search finds services by German word forms: "Hunde" finds "Hund anmelden"', async (t) => {
  const { scope } = await setupCatalogue(t);
  const hunde = await searchCatalogue({ scope, query: 'Hunde', onlyOnline: false });
  assert.equal(hunde.services[0]?.slug, 'hund-anmelden');
  // Spelling without umlauts, and a part of a compound word ("ausweis" in "Bewohnerparkausweis").
  const fuehrung = await searchCatalogue({ scope, query: 'Fuehrungszeugnis', onlyOnline: false });
  assert.deepEqual(slugsOf(fuehrung.services), ['fuehrungszeugnis']);
  const ausweis = await searchCatalogue({ scope, query: 'parkausweis', onlyOnline: false });
  assert.ok(slugsOf(ausweis.services).includes('bewohnerparkausweis'));
  // A search term that is only a keyword: "Container" is in the keywords of the special-use permit.
  const container = await searchCatalogue({ scope, query: 'Container', onlyOnline: false });
  assert.deepEqual(slugsOf(container.services), ['sondernutzungserlaubnis']);
  const nothing = await searchCatalogue({ scope, query: 'Raumfahrt', onlyOnline: false });
  assert.deepEqual(nothing.services, []);
});

test('without words the catalogue lists every service by name; "only online" keeps those usable online now', async (t) => {
  const { scope } = await setupCatalogue(t);
  const all = await searchCatalogue({ scope, query: '', onlyOnline: false });
  assert.equal(all.services.length, demoServices.length);
  const names = all.services.map((service) => service.name);
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'de')),
  );
  const online = await searchCatalogue({ scope, query: '', onlyOnline: true });
  assert.deepEqual(slugsOf(online.services).sort(), [
    'bewohnerparkausweis',
    'hund-anmelden',
    'meldebescheinigung',
  ]);
});

test('the digital page lists online services by level; a service taken offline leaves it and comes back', async (t) => {
  const { scope, audit, actor, rows } = await setupCatalogue(t);
  const before = await listDigitalServices({ scope });
  assert.deepEqual(
    before.groups.map((group) => [group.level, slugsOf(group.services)]),
    [
      ['digital', ['meldebescheinigung']],
      ['application', ['bewohnerparkausweis', 'hund-anmelden']],
    ],
  );
  assert.equal(before.total, 3);
  const parking = await scope((trx) => findServiceBySlug(trx, 'bewohnerparkausweis'));
  assert.ok(parking);
  await setServiceOnline({ scope, audit, actor, serviceId: parking.id, online: false });
  const after = await listDigitalServices({ scope });
  assert.deepEqual(slugsOf(after.groups[1]!.services), ['hund-anmelden']);
  assert.equal((await scope((trx) => findServiceById(trx, parking.id)))?.online, false);
  await setServiceOnline({ scope, audit, actor, serviceId: parking.id, online: true });
  assert.equal((await listDigitalServices({ scope })).total, 3);
  const trail = await rows<{ action: string }>(
    sql`select action from audit_entries where object_id = ${parking.id} order by seq`,
  );
  assert.deepEqual(
    trail.map((entry) => entry.action),
    ['portal.service_offline', 'portal.service_online'],
  );
});

test('the catalogue entry gives other parts the facts of a service, fees in cents', async (t) => {
  const { scope } = await setupCatalogue(t);
  const service = await scope((trx) => findServiceBySlug(trx, 'bewohnerparkausweis'));
  assert.ok(service);
  assert.equal(service.formKey, 'residents-parking-permit');
  assert.equal(service.departmentName, 'Bürgerbüro');
  assert.equal(service.online, true);
  assert.equal(service.onlineLevel, 'application');
  assert.equal(service.fees[0]?.amountCents, 3070);
  assert.deepEqual(await scope((trx) => findServiceById(trx, service.id)), service);
  assert.equal(await scope((trx) => findServiceById(trx, 'not-a-uuid')), undefined);
});

test('the demo seed is idempotent and stays in its municipality', async (t) => {
  const { db, tenant, other } = await setupCatalogue(t);
  assert.deepEqual(await seedCatalogueDemo(db, tenant.id), { inserted: 0 });
  const otherTown = await searchCatalogue({ scope: tenantScope(db, other.id), query: '', onlyOnline: false });
  assert.deepEqual(otherTown.services, []);
});

test('an administrator creates and edits a service; each change is audited', async (t) => {
  const { scope, audit, actor, departmentId, rows } = await setupCatalogue(t);
  const department = await departmentId('63');
  const created = await createService({ scope, audit, actor, input: validInput(department) });
  assert.ok(created.ok);
  const stored = await scope((trx) => findServiceById(trx, created.serviceId));
  assert.equal(stored?.departmentName, 'Bauaufsicht');
  assert.deepEqual(stored?.fees, [{ label: 'Genehmigung', amountCents: 4500 }]);

  const updated = await updateService({
    scope,
    audit,
    actor,
    serviceId: created.serviceId,
    input: validInput(department, { leikaKey: '99 000 000 000 000', fees: [] }),
  });
  assert.ok(updated.ok);
  const changed = await scope((trx) => findServiceById(trx, created.serviceId));
  assert.equal(changed?.leikaKey, '99000000000000');
  assert.deepEqual(changed?.fees, []);
  // The new service is found by its keywords.
  const found = await searchCatalogue({ scope, query: 'Baum fällen', onlyOnline: false });
  assert.equal(found.services[0]?.slug, 'baumfaellgenehmigung');
  const trail = await rows<{ action: string }>(
    sql`select action from audit_entries where object_id = ${created.serviceId} order by seq`,
  );
  assert.deepEqual(
    trail.map((entry) => entry.action),
    ['portal.service_created', 'portal.service_updated'],
  );
});

test('invalid input is refused field by field and nothing is stored', async (t) => {
  const { scope, audit, actor, departmentId, rows } = await setupCatalogue(t);
  const count = async () =>
    (await rows<{ n: number }>(sql`select count(*)::int as n from portal_services`))[0]!.n;
  const before = await count();
  const result = await createService({
    scope,
    audit,
    actor,
    input: validInput(await departmentId('32'), {
      slug: 'Hund Anmelden',
      leikaKey: '9910801802600',
      name: ' ',
      fees: [
        { label: 'Ausstellung', amount: '30.70', note: '' },
        { label: '', amount: '5,00', note: '' },
      ],
      onlineLevel: 'information',
      formKey: 'tree-felling',
    }),
  });
  assert.equal(result.ok, false);
  assert.ok(!result.ok);
  assert.deepEqual(result.errors.map((error) => error.field).sort(), [
    'feeAmount0',
    'feeLabel1',
    'formKey',
    'leikaKey',
    'name',
    'slug',
  ]);
  const taken = await createService({
    scope,
    audit,
    actor,
    input: validInput(await departmentId('32'), { slug: 'hund-anmelden' }),
  });
  assert.ok(!taken.ok && taken.errors[0]?.field === 'slug');
  const reserved = await createService({
    scope,
    audit,
    actor,
    input: validInput(await departmentId('32'), { slug: 'digital' }),
  });
  assert.ok(!reserved.ok && reserved.errors[0]?.field === 'slug');
  const noDepartment = await createService({ scope, audit, actor, input: validInput('') });
  assert.ok(!noDepartment.ok && noDepartment.errors[0]?.field === 'departmentId');
  assert.equal(await count(), before);
  assert.deepEqual(await rows(sql`select 1 from audit_entries where action like 'portal.service%'`), []);
});
