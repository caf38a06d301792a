// Related files (Bezugsakten): a link between two files, shown on both. Linking changes the current file,
// so it needs the right to change it (and it must be open); the other file only has to be visible —
// an old closed file is the typical "Vorakte". Audited on both files.
import { recordsAuditActor } from './records.core.actor.ts';
import { isUuid, type Checked } from './records.core.fields.ts';
import { recordsErrors } from './records.errors.ts';
import { createFilesRepository } from './records.files.repository.ts';
import type { FileDeps } from './records.files.usecases.ts';
import { fieldText } from './records.messages.ts';
import { mayChange, maySee } from './records.policies.ts';

type Target = { otherFileId: string } | { otherReference: string };

export async function changeFileLink(
  deps: Omit<FileDeps, 'now'> & { fileId: string; target: Target; link: boolean },
): Promise<Checked<{ otherFileId: string }>> {
  const { scope, audit, caller, fileId, target, link } = deps;
  return scope(async (trx) => {
    const files = createFilesRepository({ trx });
    const file = await files.findFile(fileId, 'share');
    if (!file || !maySee(caller.viewer, file)) throw recordsErrors.not_found();
    if (!mayChange(caller.viewer, file)) throw recordsErrors.not_allowed();
    if (file.status === 'closed') throw recordsErrors.file_closed();
    const otherId =
      'otherFileId' in target
        ? isUuid(target.otherFileId)
          ? target.otherFileId
          : undefined
        : await files.findFileIdByReference(target.otherReference.trim());
    const other = otherId ? await files.findFile(otherId) : undefined;
    if (!other || !maySee(caller.viewer, other)) {
      // By id (API, unlink button) an invisible file is simply not found; by reference it is a field error.
      if ('otherFileId' in target) throw recordsErrors.not_found();
      return { ok: false, errors: [{ field: 'reference', text: fieldText.referenceUnknown }] };
    }
    if (other.id === file.id) throw recordsErrors.link_to_itself();
    const changed = link
      ? await files.insertLink(file.id, other.id, caller.actor.kind === 'staff' ? caller.actor.id : null)
      : await files.deleteLink(file.id, other.id);
    if (changed) {
      const actor = recordsAuditActor(caller.actor, file.departmentId);
      const action = link ? 'records.file_linked' : 'records.file_unlinked';
      await audit.append(trx, {
        actor,
        action,
        object: { type: 'file', id: file.id },
        summary: { reference: file.reference, otherFileId: other.id, otherReference: other.reference },
      });
      await audit.append(trx, {
        actor,
        action,
        object: { type: 'file', id: other.id },
        summary: { reference: other.reference, otherFileId: file.id, otherReference: file.reference },
      });
    }
    return { ok: true, otherFileId: other.id };
  });
}
