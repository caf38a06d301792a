// Drafts: every step a citizen sends is parsed by the forms engine and saved at once, so a form can be
// left and resumed. Uploads are checked like any E-Akte upload (type from the content, allowlist, PDF
// checks) and the form's own rules (accepted types, size, number); only accepted files are stored.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../../platform/blobs/blob-store.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import {
  discardStaged,
  inspectStaged,
  type IngestSettings,
  type InspectedContent,
  type ReceivedFile,
} from '../../records/index.ts';
import { inputId } from '../forms/forms.names.ts';
import { parseStep, type ParsedStep, type PostedBody } from '../forms/forms.parse.ts';
import type { FieldProblem, FileRef, FormValues } from '../forms/forms.types.ts';
import { findStep } from '../forms/forms.validate.ts';
import { createApplicationsRepository, type DraftFile } from './applications.repository.ts';
import type { OnlineService } from './applications.services.ts';
import type { ApplicationsTables } from './applications.tables.ts';

export interface DraftDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  now: () => Date;
  ingest: IngestSettings;
}

type Trx = TenantTransaction<ApplicationsTables>;
const scoped = <T>(deps: DraftDeps, tenantId: string, work: (trx: Trx) => Promise<T>) =>
  withTenant(deps.db as Kysely<ApplicationsTables>, tenantId, work);

export interface DraftKey {
  tenantId: string;
  citizenId: string;
  serviceId: string;
}

/** The draft's id (none before the first step) and its answers so far. */
export async function loadDraft(
  deps: DraftDeps,
  key: DraftKey,
): Promise<{ draftId: string | undefined; answers: FormValues }> {
  const draft = await scoped(deps, key.tenantId, (trx) =>
    createApplicationsRepository({ trx }).findDraft(key.citizenId, key.serviceId),
  );
  return { draftId: draft?.id, answers: (draft?.answers as FormValues | undefined) ?? {} };
}

/** The answers so far (empty when the citizen has not begun). */
export async function loadAnswers(deps: DraftDeps, key: DraftKey): Promise<FormValues> {
  return (await loadDraft(deps, key)).answers;
}

interface CheckedUpload {
  ref: FileRef;
  file: ReceivedFile;
  inspected: InspectedContent;
}

/** Sniffs and checks each received file; refused ones become problems at their field. */
async function checkUploads(deps: DraftDeps, files: ReceivedFile[]) {
  const accepted: CheckedUpload[] = [];
  const problems: FieldProblem[] = [];
  for (const file of files) {
    try {
      if (file.refusal) throw file.refusal;
      if (!file.staged) continue;
      const inspected = await inspectStaged(file.staged, deps.ingest);
      const ref = {
        id: randomUUID(),
        name: file.name.name,
        size: file.staged.size,
        mediaType: inspected.mediaType,
      };
      accepted.push({ ref, file, inspected });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({
        field: inputId(file.field),
        text: { de: `${file.name.name}: ${error.text.de}`, en: `${file.name.name}: ${error.text.en}` },
      });
      await discardStaged(file.staged);
    }
  }
  return { accepted, problems };
}

/**
 * Parses and saves one step. Returns the engine's result (values, raw input, problems, action) plus the
 * upload problems; the draft keeps every valid answer, also when the step as a whole has problems.
 */
export async function saveStep(
  deps: DraftDeps,
  key: DraftKey,
  input: { online: OnlineService; stepId: string; body: PostedBody; files: ReceivedFile[] },
): Promise<ParsedStep> {
  const { online, stepId } = input;
  const step = findStep(online.form, stepId);
  const fileFields = new Set(
    step?.fields.filter((field) => field.kind === 'file').map((field) => field.name),
  );
  const uploads = await checkUploads(
    deps,
    input.files.filter((file) => fileFields.has(file.field)),
  );
  // Files sent in fields this step does not have are not looked at.
  for (const file of input.files) if (!fileFields.has(file.field)) await discardStaged(file.staged);
  try {
    const previous = await loadAnswers(deps, key);
    const byField: Record<string, FileRef[]> = {};
    for (const upload of uploads.accepted) (byField[upload.file.field] ??= []).push(upload.ref);
    const parsed = parseStep(online.form, stepId, input.body, byField, previous);
    const kept = new Set<string>();
    for (const value of Object.values(parsed.values))
      if (Array.isArray(value))
        for (const item of value as unknown[])
          if (typeof item === 'object' && item !== null && 'id' in item) kept.add(String(item.id));
    const toStore = uploads.accepted.filter((upload) => kept.has(upload.ref.id));
    // Blobs first (outside the transaction); the rows that reference them commit with the answers.
    for (const upload of toStore) await deps.blobs.put(createReadStream(upload.file.staged!.path));
    const at = deps.now();
    await scoped(deps, key.tenantId, async (trx) => {
      const repository = createApplicationsRepository({ trx });
      const draftId = await repository.saveDraft({
        citizenId: key.citizenId,
        serviceId: key.serviceId,
        formKey: online.form.key,
        formVersion: online.form.version,
        answers: parsed.values,
        at,
      });
      for (const upload of toStore) await repository.addFile(draftId, draftFile(upload), at);
      if (parsed.action?.kind === 'removeFile') await repository.removeFile(draftId, parsed.action.fileId);
    });
    return { ...parsed, problems: [...uploads.problems, ...parsed.problems] };
  } finally {
    for (const upload of uploads.accepted) await discardStaged(upload.file.staged);
  }
}

function draftFile(upload: CheckedUpload): DraftFile {
  const { ref, file, inspected } = upload;
  return {
    id: ref.id,
    field: file.field,
    sha256: file.staged!.sha256,
    fileName: ref.name,
    mediaType: inspected.mediaType,
    byteSize: ref.size,
    pageCount: inspected.pageCount,
    // An upload is never 'failed' before its OCR has run.
    textStatus:
      inspected.textStatus === 'ocr_pending' || inspected.textStatus === 'extracted'
        ? inspected.textStatus
        : 'none',
    textBody: inspected.text?.body ?? null,
  };
}
