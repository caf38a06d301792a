// Submission: the draft becomes an application and, in the same transaction, a case in the responsible
// department's file in the E-Akte holding the application as PDF/A, its machine-readable JSON and the
// uploaded attachments. The draft's id is the idempotency key: a double click or a retried POST finds the
// application the first one made (the draft row is locked; the second waits and then finds no draft).
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { renderPdfA } from '../../../platform/pdf/index.ts';
import { releaseClaim, type IntakeDocument } from '../../records/index.ts';
import { describeValues } from '../forms/forms.describe.ts';
import type { FieldProblem, FormValues } from '../forms/forms.types.ts';
import { validateAll } from '../forms/forms.validate.ts';
import { loadSiteInfo } from '../portal.site.ts';
import { abandonClaimed, storeClaimed, type ClaimedContent } from '../../records/index.ts';
import { renderReceipt } from './applications.receipt.ts';
import { sendToCitizenIn } from '../mailbox/mailbox.index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { applicationsErrors } from './applications.errors.ts';
import { applicationPdfSpec } from './applications.pdf.ts';
import { createApplicationsRepository, type DraftFile } from './applications.repository.ts';
import type { OnlineService } from './applications.services.ts';
import type { ApplicationsTables } from './applications.tables.ts';

export type SubmitDeps = Pick<
  PortalDeps,
  'db' | 'blobs' | 'audit' | 'now' | 'ingest' | 'recordsIntake' | 'mailer' | 'publicUrl'
>;

export interface SubmitInput {
  tenantId: string;
  citizenId: string;
  service: { id: string; name: string; departmentId: string };
  online: OnlineService;
  /** The draft the summary page showed: when it is gone, its application is the answer (a repeated POST). */
  draftId?: string | undefined;
}

export type SubmitResult =
  | { ok: true; applicationId: string; reference: string; repeated: boolean }
  | { ok: false; problems: (FieldProblem & { stepId: string })[] };

type Trx = TenantTransaction<ApplicationsTables>;
const scoped = <T>(deps: SubmitDeps, tenantId: string, work: (trx: Trx) => Promise<T>) =>
  withTenant(deps.db as Kysely<ApplicationsTables>, tenantId, work);

function attachmentDocument(file: DraftFile, receivedOn: string, sender: string): IntakeDocument {
  return {
    title: file.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, ''),
    documentType: 'application',
    direction: 'incoming',
    receivedOn,
    sender,
    sha256: file.sha256,
    byteSize: file.byteSize,
    mediaType: file.mediaType,
    fileName: file.fileName,
    pageCount: file.pageCount,
    text: file.textBody,
    textStatus: file.textStatus,
  };
}

export async function submitApplication(deps: SubmitDeps, input: SubmitInput): Promise<SubmitResult> {
  const { tenantId, citizenId, service, online } = input;
  const at = deps.now();
  const prepared = await scoped(deps, tenantId, async (trx) => {
    const repository = createApplicationsRepository({ trx });
    const draft = await repository.findDraft(citizenId, service.id);
    if (!draft) {
      const made = input.draftId ? await repository.findByDraft(input.draftId, citizenId) : undefined;
      return made ? { kind: 'made' as const, made } : undefined;
    }
    return {
      kind: 'draft' as const,
      draft,
      files: await repository.listFiles(draft.id),
      reference: await repository.nextReference(at),
    };
  });
  if (!prepared) throw applicationsErrors.draft_missing();
  if (prepared.kind === 'made')
    return { ok: true, applicationId: prepared.made.id, reference: prepared.made.reference, repeated: true };
  const { draft, files, reference } = prepared;
  // The form may have changed since the draft was begun: its answers are checked against today's form.
  if (draft.formKey !== online.form.key) throw applicationsErrors.draft_missing();
  const checked = validateAll(online.form, draft.answers as FormValues);
  if (checked.problems.length > 0) return { ok: false, problems: checked.problems };
  const answers = checked.values;

  const applicant = online.applicant(answers);
  const site = await loadSiteInfo(deps.db, tenantId);
  const pdf = await renderPdfA(
    applicationPdfSpec({
      site,
      reference,
      serviceName: service.name,
      applicant,
      sections: describeValues(online.form, answers, 'de'),
      submittedAt: at,
    }),
    { timeoutMs: 60_000 },
  );
  const json = Buffer.from(
    JSON.stringify(
      { reference, service: service.name, form: online.form.key, version: online.form.version, answers },
      null,
      2,
    ),
  );
  // The acknowledgement of receipt goes to the citizen's Postfach and, as sent, into the case.
  const receipt = await renderReceipt(
    deps,
    tenantId,
    { reference, serviceName: service.name, submittedAt: at, status: 'submitted' },
    citizenId,
  );
  const stored = [
    await storeClaimed(deps, tenantId, pdf),
    await storeClaimed(deps, tenantId, json),
    await storeClaimed(deps, tenantId, receipt),
  ];
  const [pdfBlob, jsonBlob, receiptBlob] = stored as [ClaimedContent, ClaimedContent, ClaimedContent];
  const receivedOn = at.toISOString().slice(0, 10);
  let result: SubmitResult;
  try {
    result = await scoped(deps, tenantId, async (trx): Promise<SubmitResult> => {
      const repository = createApplicationsRepository({ trx });
      // Locks the draft: a second submission of the same draft waits here, then finds it gone.
      const current = await repository.findDraft(citizenId, service.id, true);
      if (!current || current.id !== draft.id) {
        const made = await repository.findByDraft(draft.id, citizenId);
        if (made) return { ok: true, applicationId: made.id, reference: made.reference, repeated: true };
        throw applicationsErrors.draft_missing();
      }
      const opened = await deps.recordsIntake.openCase(trx as unknown as TenantTransaction<unknown>, {
        planCode: online.filing.planCode,
        departmentId: service.departmentId,
        fileTitle: online.filing.fileTitle,
        caseTitle: online.caseTitle(answers),
        actor: { type: 'citizen', id: citizenId },
        documents: [
          {
            title: `Antrag ${reference}`,
            documentType: 'application',
            direction: 'incoming',
            receivedOn,
            sender: applicant.name,
            sha256: pdfBlob.sha256,
            byteSize: pdfBlob.size,
            mediaType: 'application/pdf',
            fileName: `Antrag ${reference}.pdf`,
            text: describeValues(online.form, answers, 'de')
              .flatMap((section) => [
                section.stepTitle,
                ...section.rows.map((row) => `${row.label}: ${row.value}`),
              ])
              .join('\n'),
            textStatus: 'extracted',
          },
          {
            title: `Antragsdaten ${reference} (maschinenlesbar)`,
            documentType: 'application',
            direction: 'incoming',
            receivedOn,
            sender: applicant.name,
            sha256: jsonBlob.sha256,
            byteSize: jsonBlob.size,
            mediaType: 'application/json',
            fileName: `Antrag ${reference}.json`,
            text: null,
            textStatus: 'none',
          },
          {
            title: `Eingangsbestätigung ${reference}`,
            documentType: 'letter',
            direction: 'outgoing',
            sentOn: receivedOn,
            sha256: receiptBlob.sha256,
            byteSize: receiptBlob.size,
            mediaType: 'application/pdf',
            fileName: `Eingangsbestaetigung ${reference}.pdf`,
            text: `Eingangsbestätigung ${reference}: ${service.name}`,
            textStatus: 'extracted',
          },
          ...files.map((file) => attachmentDocument(file, receivedOn, applicant.name)),
        ],
      });
      for (const blob of stored)
        await releaseClaim(trx as unknown as TenantTransaction<unknown>, blob.claimId);
      const application = await repository.insertApplication({
        reference,
        draftId: draft.id,
        citizenId,
        serviceId: service.id,
        serviceName: service.name,
        formKey: online.form.key,
        formVersion: online.form.version,
        answers,
        departmentId: service.departmentId,
        caseId: opened.caseId,
        fileReference: opened.fileReference,
        feeCents: online.feeCents(answers),
        at,
      });
      await repository.deleteDraft(draft.id);
      await sendToCitizenIn(trx as unknown as TenantTransaction<unknown>, deps, {
        tenantId,
        citizenId,
        subject: `Eingangsbestätigung zu Ihrem Antrag ${reference}`,
        body: `Guten Tag,\n\nIhr Antrag „${service.name}“ ist bei uns eingegangen (Zeichen ${reference}). Die Eingangsbestätigung finden Sie im Anhang; den Stand sehen Sie unter „Meine Anträge“.`,
        kind: 'message',
        caseId: opened.caseId,
        applicationId: application.id,
        attachments: [
          {
            blobSha256: receiptBlob.sha256,
            fileName: `Eingangsbestaetigung ${reference}.pdf`,
            mediaType: 'application/pdf',
            byteSize: receiptBlob.size,
            documentId: opened.documentIds[2] ?? null,
          },
        ],
      });
      await deps.audit.append(trx as unknown as TenantTransaction<unknown>, {
        actor: { type: 'citizen', id: citizenId },
        action: 'portal.application_submitted',
        object: { type: 'application', id: application.id },
        summary: {
          reference,
          service: service.name,
          caseId: opened.caseId,
          fileReference: opened.fileReference,
          attachments: files.length,
        },
      });
      return { ok: true, applicationId: application.id, reference, repeated: false };
    });
  } catch (error) {
    await abandonClaimed(deps, tenantId, stored);
    throw error;
  }
  // The first submission filed its own PDF and JSON; this one's copies are not needed.
  if (result.ok && result.repeated) await abandonClaimed(deps, tenantId, stored);
  return result;
}
