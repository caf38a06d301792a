// The service catalogue's operations: what citizens look up, and what administrators change (each change
// with its audit entry, in the same transaction).
import type { TenantScope } from '../../../platform/db/tenant-scope.ts';
import { onBehalfOf, type StaffActor } from '../../access/index.ts';
import type { AuditEvent, AuditTrail } from '../../audit/index.ts';
import { listDepartments, type Department } from './catalogue.departments.ts';
import { catalogueErrors } from './catalogue.errors.ts';
import { fieldText } from './catalogue.messages.ts';
import {
  createCatalogueRepository,
  type ServiceListItem,
  type ServiceRow,
  type ServiceValues,
} from './catalogue.repository.ts';
import type { CatalogueTables, OnlineLevel } from './catalogue.tables.ts';
import { checkService, type Checked, type ServiceInput } from './catalogue.validation.ts';

export type CatalogueScope = TenantScope<CatalogueTables>;

/** A town has a few hundred services; a list never needs paging beyond this. */
export const CATALOGUE_LIMIT = 500;

export async function searchCatalogue({
  scope,
  query,
  onlyOnline,
}: {
  scope: CatalogueScope;
  query: string;
  onlyOnline: boolean;
}): Promise<{ services: ServiceListItem[] }> {
  const services = await scope((trx) =>
    createCatalogueRepository({ trx }).list({ query, onlyOnline, limit: CATALOGUE_LIMIT }),
  );
  return { services };
}

/** "Was ist bereits digital?": the services usable online right now, by how far they go. */
export async function listDigitalServices({ scope }: { scope: CatalogueScope }): Promise<{
  groups: { level: Exclude<OnlineLevel, 'information'>; services: ServiceListItem[] }[];
  total: number;
}> {
  const services = await scope((trx) =>
    createCatalogueRepository({ trx }).list({ onlyOnline: true, limit: CATALOGUE_LIMIT }),
  );
  const groups = (['digital', 'application'] as const).map((level) => ({
    level,
    services: services.filter((service) => service.onlineLevel === level),
  }));
  return { groups, total: services.length };
}

export async function loadServiceBySlug({
  scope,
  slug,
}: {
  scope: CatalogueScope;
  slug: string;
}): Promise<{ service: ServiceRow }> {
  const service = await scope((trx) => createCatalogueRepository({ trx }).findBySlug(slug));
  if (!service) throw catalogueErrors.service_not_found();
  return { service };
}

/** A service with the departments to choose from, for the edit form. */
export async function loadServiceForEdit({
  scope,
  serviceId,
}: {
  scope: CatalogueScope;
  serviceId: string;
}): Promise<{ service: ServiceRow; departments: Department[] }> {
  return scope(async (trx) => {
    const service = await createCatalogueRepository({ trx }).findById(serviceId);
    if (!service) throw catalogueErrors.service_not_found();
    return { service, departments: await listDepartments(trx) };
  });
}

export async function loadDepartments({
  scope,
}: {
  scope: CatalogueScope;
}): Promise<{ departments: Department[] }> {
  return { departments: await scope((trx) => listDepartments(trx)) };
}

interface CatalogueChange {
  scope: CatalogueScope;
  audit: AuditTrail;
  actor: StaffActor;
}

/** The administrator, or whom they stand in for (Vertretung), as the audit trail records it. */
function auditActor(actor: StaffActor): AuditEvent['actor'] {
  return { type: 'staff', id: actor.id, onBehalfOf: onBehalfOf(actor, 'portal.manage_catalogue') ?? null };
}

/** What the trail keeps of a service: its facts, not the long texts. */
function auditSummary(values: ServiceValues) {
  return {
    slug: values.slug,
    name: values.name,
    leikaKey: values.leikaKey,
    departmentId: values.departmentId,
    fees: values.fees,
    onlineLevel: values.onlineLevel,
    formKey: values.formKey,
    online: values.online,
  };
}

export async function createService({
  scope,
  audit,
  actor,
  input,
}: CatalogueChange & { input: ServiceInput }): Promise<Checked<{ serviceId: string }>> {
  return scope(async (trx) => {
    const repository = createCatalogueRepository({ trx });
    const { values, errors } = checkService(input, await listDepartments(trx));
    if (errors.length === 0 && (await repository.slugTaken(values.slug)))
      errors.push({ field: 'slug', text: fieldText.slugTaken, values: { slug: values.slug } });
    if (errors.length > 0) return { ok: false, errors };
    const serviceId = await repository.insert(values);
    await audit.append(trx, {
      actor: auditActor(actor),
      action: 'portal.service_created',
      object: { type: 'portal_service', id: serviceId },
      summary: auditSummary(values),
    });
    return { ok: true, serviceId };
  });
}

export async function updateService({
  scope,
  audit,
  actor,
  serviceId,
  input,
}: CatalogueChange & { serviceId: string; input: ServiceInput }): Promise<Checked<object>> {
  return scope(async (trx) => {
    const repository = createCatalogueRepository({ trx });
    const before = await repository.findById(serviceId);
    if (!before) throw catalogueErrors.service_not_found();
    const { values, errors } = checkService(input, await listDepartments(trx));
    if (errors.length === 0 && (await repository.slugTaken(values.slug, serviceId)))
      errors.push({ field: 'slug', text: fieldText.slugTaken, values: { slug: values.slug } });
    if (errors.length > 0) return { ok: false, errors };
    await repository.update(serviceId, values);
    await audit.append(trx, {
      actor: auditActor(actor),
      action: 'portal.service_updated',
      object: { type: 'portal_service', id: serviceId },
      summary: { ...auditSummary(values), previousSlug: before.slug, previousOnline: before.online },
    });
    return { ok: true };
  });
}

/** Takes a service's online access down temporarily, or brings it back. */
export async function setServiceOnline({
  scope,
  audit,
  actor,
  serviceId,
  online,
}: CatalogueChange & { serviceId: string; online: boolean }): Promise<{ changed: boolean }> {
  return scope(async (trx) => {
    const repository = createCatalogueRepository({ trx });
    const service = await repository.findById(serviceId);
    if (!service) throw catalogueErrors.service_not_found();
    if (service.online === online) return { changed: false };
    await repository.setOnline(serviceId, online);
    await audit.append(trx, {
      actor: auditActor(actor),
      action: online ? 'portal.service_online' : 'portal.service_offline',
      object: { type: 'portal_service', id: serviceId },
      summary: { slug: service.slug, online },
    });
    return { changed: true };
  });
}
