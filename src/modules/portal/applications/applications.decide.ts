// Deciding an application: the notice (Bescheid) is made from one of the service's templates with the
// application's data, rendered as PDF/A, and — in one transaction — filed in the E-Akte case as an
// outgoing document, delivered to the citizen's Postfach (announced by e-mail) and the application set
// to "decided". Rendering happens before the transaction; a failed commit leaves no document, message
// or blob behind.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { plainTextOf, renderPdfA } from '../../../platform/pdf/index.ts';
import type { StaffActor } from '../../access/index.ts';
import { releaseClaim } from '../../records/index.ts';
import { sendToCitizenIn } from '../mailbox/mailbox.index.ts';
import { buildNoticeSpec, findNoticeTemplate } from '../notices/notices.index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { loadSiteInfo } from '../portal.site.ts';
import { abandonClaimed, storeClaimed } from '../../records/index.ts';
import { applicationsErrors } from './applications.errors.ts';
import { createInboxRepository } from './applications.inbox.repository.ts';
import { loadForAction } from './applications.office.usecases.ts';
import { onlineServiceFor } from './applications.services.ts';
import type { FormValues } from '../forms/forms.types.ts';
import type { ApplicationsTables } from './applications.tables.ts';

type Trx = TenantTransaction<ApplicationsTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;

export async function decideApplication(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  input: { applicationId: string; templateId: string; reason: string },
): Promise<void> {
  const db = deps.db as Kysely<ApplicationsTables>;
  const at = deps.now();
  const prepared = await withTenant(db, tenantId, async (trx) => {
    const application = await loadForAction(trx, actor, input.applicationId, ['in_progress']);
    const template = await findNoticeTemplate(trx, input.templateId);
    if (!template || !template.active || template.serviceId !== application.service_id)
      throw applicationsErrors.template_missing();
    return { application, template };
  });
  const { application, template } = prepared;
  const online = onlineServiceFor(application.form_key);
  if (!online) throw applicationsErrors.template_missing();
  const spec = buildNoticeSpec({
    template,
    site: await loadSiteInfo(deps.db, tenantId),
    application: {
      reference: application.reference,
      submittedAt: application.submitted_at,
      fileReference: application.file_reference,
      serviceName: application.service_name,
      feeCents: application.fee_cents,
      answers: application.answers,
    },
    applicant: online.applicant(application.answers as FormValues),
    signer: { name: actor.displayName },
    date: at,
    reason: input.reason || undefined,
  });
  const pdf = await renderPdfA(spec, { timeoutMs: 60_000 });
  const stored = await storeClaimed(deps, tenantId, pdf);
  const fileName = `Bescheid ${application.reference}.pdf`;
  try {
    await withTenant(db, tenantId, async (trx) => {
      // Checked again under the row lock: the state may have changed while the PDF was made.
      const current = await loadForAction(trx, actor, input.applicationId, ['in_progress']);
      const [documentId] = await deps.recordsIntake.addDocuments(shared(trx), {
        caseId: current.case_id,
        actor: { type: 'staff', id: actor.id },
        documents: [
          {
            title: `Bescheid: ${template.name} – ${current.reference}`.slice(0, 300),
            documentType: 'notice',
            direction: 'outgoing',
            sentOn: at.toISOString().slice(0, 10),
            sha256: stored.sha256,
            byteSize: stored.size,
            mediaType: 'application/pdf',
            fileName,
            text: plainTextOf(spec),
            textStatus: 'extracted',
          },
        ],
      });
      await releaseClaim(shared(trx), stored.claimId);
      await sendToCitizenIn(shared(trx), deps, {
        tenantId,
        citizenId: current.citizen_id,
        subject: `Bescheid zu Ihrem Antrag ${current.reference}`,
        body: `Guten Tag,\n\nzu Ihrem Antrag „${current.service_name}“ (${current.reference}) erhalten Sie anbei unseren Bescheid.\n\nMit freundlichen Grüßen\n${actor.displayName}`,
        kind: 'notice',
        caseId: current.case_id,
        applicationId: current.id,
        staffId: actor.id,
        attachments: [
          {
            blobSha256: stored.sha256,
            fileName,
            mediaType: 'application/pdf',
            byteSize: stored.size,
            documentId: documentId ?? null,
          },
        ],
      });
      await createInboxRepository({ trx }).setStatus(current.id, 'decided', at);
      await deps.audit.append(shared(trx), {
        actor: { type: 'staff', id: actor.id },
        action: 'portal.application_decided',
        object: { type: 'application', id: current.id },
        summary: { reference: current.reference, template: template.name, kind: template.kind, documentId },
      });
    });
  } catch (error) {
    await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}
