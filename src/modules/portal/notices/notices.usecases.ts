// The administrators' operations on notice templates (each change with its audit entry, in the same
// transaction) and the preview, which prints a template with made-up data through the same letter
// builder as the decide action.
import type { TenantScope } from '../../../platform/db/tenant-scope.ts';
import type { PdfDocumentSpec } from '../../../platform/pdf/index.ts';
import { onBehalfOf, type StaffActor } from '../../access/index.ts';
import type { AuditEvent, AuditTrail } from '../../audit/index.ts';
import { findServiceById, type CatalogueService } from '../catalogue/catalogue.index.ts';
import type { SiteInfo } from '../portal.site.ts';
import { noticesErrors } from './notices.errors.ts';
import {
  answerFieldsOf,
  formOf,
  sampleAnswers,
  sampleFeeCents,
  sampleFileReference,
} from './notices.forms.ts';
import { buildNoticeSpec } from './notices.letter.ts';
import {
  createNoticesRepository,
  type NoticeTemplate,
  type NoticeTemplateListItem,
  type NoticeTemplateValues,
} from './notices.repository.ts';
import type { NoticesTables } from './notices.tables.ts';
import { checkTemplate, type Checked, type TemplateInput } from './notices.validation.ts';
import { fieldText } from './notices.messages.ts';

export type NoticesScope = TenantScope<NoticesTables>;

interface Change {
  scope: NoticesScope;
  audit: AuditTrail;
  actor: StaffActor;
}

async function serviceOrThrow(
  trx: Parameters<Parameters<NoticesScope>[0]>[0],
  serviceId: string,
): Promise<CatalogueService> {
  const service = await findServiceById(trx, serviceId);
  if (!service) throw noticesErrors.notice_service_not_found();
  return service;
}

export async function loadServiceTemplates({
  scope,
  serviceId,
}: {
  scope: NoticesScope;
  serviceId: string;
}): Promise<{ service: CatalogueService; templates: NoticeTemplateListItem[] }> {
  return scope(async (trx) => {
    const service = await serviceOrThrow(trx, serviceId);
    const templates = await createNoticesRepository({ trx }).listOfService(serviceId, { onlyActive: false });
    return { service, templates };
  });
}

export async function loadService({
  scope,
  serviceId,
}: {
  scope: NoticesScope;
  serviceId: string;
}): Promise<{ service: CatalogueService }> {
  return { service: await scope((trx) => serviceOrThrow(trx, serviceId)) };
}

export async function loadTemplate({
  scope,
  templateId,
}: {
  scope: NoticesScope;
  templateId: string;
}): Promise<{ template: NoticeTemplate; service: CatalogueService }> {
  return scope(async (trx) => {
    const template = await createNoticesRepository({ trx }).findById(templateId);
    if (!template) throw noticesErrors.notice_template_not_found();
    return { template, service: await serviceOrThrow(trx, template.serviceId) };
  });
}

/** The administrator, or whom they stand in for (Vertretung), as the audit trail records it. */
function auditActor(actor: StaffActor): AuditEvent['actor'] {
  return { type: 'staff', id: actor.id, onBehalfOf: onBehalfOf(actor, 'portal.manage_catalogue') ?? null };
}

/** What the trail keeps of a template: its facts and the size of its texts, not the texts. */
function auditSummary(serviceId: string, values: NoticeTemplateValues) {
  return {
    serviceId,
    name: values.name,
    kind: values.kind,
    active: values.active,
    subject: values.subject,
    bodyLength: values.body.length,
    legalRemedyLength: values.legalRemedy.length,
  };
}

export async function createTemplate({
  scope,
  audit,
  actor,
  serviceId,
  input,
}: Change & { serviceId: string; input: TemplateInput }): Promise<Checked<{ templateId: string }>> {
  return scope(async (trx) => {
    const service = await serviceOrThrow(trx, serviceId);
    const repository = createNoticesRepository({ trx });
    const answerFields = answerFieldsOf(formOf(service))?.map((field) => field.name);
    const { values, errors } = checkTemplate(input, { answerFields });
    if (values.name !== '' && (await repository.nameTaken(serviceId, values.name)))
      errors.push({ field: 'name', text: fieldText.nameTaken, values: { name: values.name } });
    if (errors.length > 0) return { ok: false, errors };
    const templateId = await repository.insert(serviceId, values, actor.id);
    await audit.append(trx, {
      actor: auditActor(actor),
      action: 'portal.notice_template_created',
      object: { type: 'portal_notice_template', id: templateId },
      summary: auditSummary(serviceId, values),
    });
    return { ok: true, templateId };
  });
}

export async function updateTemplate({
  scope,
  audit,
  actor,
  templateId,
  input,
}: Change & { templateId: string; input: TemplateInput }): Promise<Checked<object>> {
  return scope(async (trx) => {
    const repository = createNoticesRepository({ trx });
    const before = await repository.findById(templateId);
    if (!before) throw noticesErrors.notice_template_not_found();
    const service = await serviceOrThrow(trx, before.serviceId);
    const answerFields = answerFieldsOf(formOf(service))?.map((field) => field.name);
    const { values, errors } = checkTemplate(input, { answerFields });
    if (values.name !== '' && (await repository.nameTaken(before.serviceId, values.name, templateId)))
      errors.push({ field: 'name', text: fieldText.nameTaken, values: { name: values.name } });
    if (errors.length > 0) return { ok: false, errors };
    await repository.update(templateId, values, actor.id);
    await audit.append(trx, {
      actor: auditActor(actor),
      action: 'portal.notice_template_updated',
      object: { type: 'portal_notice_template', id: templateId },
      summary: { ...auditSummary(before.serviceId, values), previousName: before.name },
    });
    return { ok: true };
  });
}

/** The preview applicant: made up, at the town hall's address. */
export const PREVIEW_APPLICANT = {
  name: 'Erika Mustermann',
  addressLines: ['Am Büscherhof 1', '42799 Leichlingen'],
};
export const PREVIEW_REFERENCE = 'A-2026-000000';
export const PREVIEW_REASON =
  'Hier steht die Begründung, die die Sachbearbeitung beim Entscheiden eingibt. (Beispiel)';

/** The letter of a template filled with made-up data, signed by the administrator looking at it. */
export function previewSpec({
  template,
  service,
  site,
  actor,
  now,
}: {
  template: NoticeTemplate;
  service: CatalogueService;
  site: SiteInfo | undefined;
  actor: StaffActor;
  now: Date;
}): PdfDocumentSpec {
  const answers = sampleAnswers(formOf(service));
  const spec = buildNoticeSpec({
    template,
    site,
    application: {
      reference: PREVIEW_REFERENCE,
      submittedAt: now,
      fileReference: sampleFileReference(service, now.getUTCFullYear()),
      serviceName: service.name,
      feeCents: sampleFeeCents(service, answers),
      answers,
    },
    applicant: PREVIEW_APPLICANT,
    signer: { name: actor.displayName },
    date: now,
    reason: PREVIEW_REASON,
  });
  return { ...spec, title: `Vorschau: ${spec.title}` };
}
