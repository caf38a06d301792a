// The notice templates' entry for the rest of the portal (the decide action of the applications part):
// the templates of a service, looked up in the caller's tenant transaction, the letter builder and the
// demo seed. Nothing else of this folder is imported elsewhere.
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { createNoticesRepository, type NoticeTemplate } from './notices.repository.ts';
import type { NoticeKind, NoticesTables } from './notices.tables.ts';

export { buildNoticeSpec, type NoticeSpecInput, type NoticeTemplateText } from './notices.letter.ts';
export { PLACEHOLDERS } from './notices.placeholders.ts';
export { seedNoticeTemplatesDemo } from './notices.seed.ts';
export { NOTICE_PATHS } from './notices.paths.ts';
export type { NoticeKind, NoticeTemplate };

function repositoryOf<DB>(trx: TenantTransaction<DB>) {
  return createNoticesRepository({ trx: trx as unknown as TenantTransaction<NoticesTables> });
}

/** The active templates of a service, by name: what a clerk chooses from when deciding. */
export async function listNoticeTemplates<DB>(
  trx: TenantTransaction<DB>,
  serviceId: string,
): Promise<{ id: string; kind: NoticeKind; name: string }[]> {
  const templates = await repositoryOf(trx).listOfService(serviceId, { onlyActive: true });
  return templates.map(({ id, kind, name }) => ({ id, kind, name }));
}

/** One template (active or not; a notice once made from it still names it), or undefined. */
export async function findNoticeTemplate<DB>(
  trx: TenantTransaction<DB>,
  templateId: string,
): Promise<NoticeTemplate | undefined> {
  return repositoryOf(trx).findById(templateId);
}
