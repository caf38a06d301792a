// A citizen's reply in the Postfach lands in the E-Akte case: its text as a document of its own and each
// attachment, all in one transaction. The application waiting for that answer (status "query") goes back
// to "in progress", so it shows up in the department inbox again.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { inspectStaged, releaseClaim, type IntakeDocument } from '../../records/index.ts';
import type { FileReplyInput } from '../mailbox/mailbox.index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { abandonClaimed, storeClaimed } from '../../records/index.ts';
import { createInboxRepository } from './applications.inbox.repository.ts';
import type { ApplicationsTables } from './applications.tables.ts';

const berlinDate = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' });

export function createReplyFiler(deps: PortalDeps) {
  return async (input: FileReplyInput): Promise<void> => {
    const at = deps.now();
    const receivedOn = at.toISOString().slice(0, 10);
    const stored = await storeClaimed(
      deps,
      input.tenantId,
      Buffer.from(`${input.subject}\n\n${input.body}\n`, 'utf8'),
    );
    const documents: IntakeDocument[] = [
      {
        title: `Antwort vom ${berlinDate.format(at)}: ${input.subject}`.slice(0, 300),
        documentType: 'letter',
        direction: 'incoming',
        receivedOn,
        sha256: stored.sha256,
        byteSize: stored.size,
        mediaType: 'text/plain',
        fileName: 'Antwort.txt',
        text: `${input.subject}\n\n${input.body}`,
        textStatus: 'extracted',
      },
    ];
    for (const file of input.files) {
      // Checked already by the Postfach; inspected again here for the text layer and pages.
      const inspected = await inspectStaged(file.staged, deps.ingest);
      documents.push({
        title: file.fileName.replace(/\.[A-Za-z0-9]{1,5}$/, ''),
        documentType: 'letter',
        direction: 'incoming',
        receivedOn,
        sha256: file.staged.sha256,
        byteSize: file.byteSize,
        mediaType: inspected.mediaType,
        fileName: file.fileName,
        pageCount: inspected.pageCount,
        text: inspected.text?.body ?? null,
        textStatus:
          inspected.textStatus === 'ocr_pending' ? 'ocr_pending' : inspected.text ? 'extracted' : 'none',
      });
    }
    try {
      await withTenant(deps.db as Kysely<ApplicationsTables>, input.tenantId, async (trx) => {
        const shared = trx as unknown as TenantTransaction<unknown>;
        await deps.recordsIntake.addDocuments(shared, {
          caseId: input.caseId,
          actor: { type: 'citizen', id: input.citizenId },
          documents,
        });
        await releaseClaim(shared, stored.claimId);
        const answered = await createInboxRepository({ trx }).answeredByCase(input.caseId, at);
        for (const applicationId of answered)
          await deps.audit.append(shared, {
            actor: { type: 'citizen', id: input.citizenId },
            action: 'portal.application_query_answered',
            object: { type: 'application', id: applicationId },
            summary: { messageId: input.messageId, documents: documents.length },
          });
      });
    } catch (error) {
      await abandonClaimed(deps, input.tenantId, [stored]);
      throw error;
    }
  };
}
