// Reading files: the paged list (exported for the benchmarks) and everything one file's page shows.
import { decodeTimeIdCursor, pageSize, toPage } from '../../platform/db/keyset.ts';
import { createCaseReadRepository } from './records.cases.read.repository.ts';
import { createFilesRepository, type FileListFilter } from './records.files.repository.ts';
import { recordsErrors } from './records.errors.ts';
import { mayChange, maySee, type RecordsViewer } from './records.policies.ts';
import type { RecordsScope } from './records.plan.usecases.ts';

export const DEFAULT_PAGE_SIZE = 50;

/**
 * One page of the files the viewer may see, newest first. `cursor` is the previous page's nextCursor;
 * a cursor that is not ours starts from the beginning.
 */
export async function listFiles({
  scope,
  viewer,
  filter = {},
  cursor,
  limit = DEFAULT_PAGE_SIZE,
}: {
  scope: RecordsScope;
  viewer: RecordsViewer;
  filter?: FileListFilter;
  cursor?: string | undefined;
  limit?: number;
}) {
  const size = pageSize(limit);
  const after = cursor ? decodeTimeIdCursor(cursor) : undefined;
  const rows = await scope((trx) =>
    createFilesRepository({ trx }).listFiles(viewer, filter, after, size + 1),
  );
  return toPage(rows, size, (row) => ({ at: row.createdAt, id: row.id }));
}

/** A file with its names, the first page of its cases and its related files; records.not_found if invisible. */
export async function describeFile({
  scope,
  viewer,
  fileId,
  casesCursor,
}: {
  scope: RecordsScope;
  viewer: RecordsViewer;
  fileId: string;
  casesCursor?: string | undefined;
}) {
  return scope(async (trx) => {
    const files = createFilesRepository({ trx });
    const file = await files.findFile(fileId);
    if (!file || !maySee(viewer, file)) throw recordsErrors.not_found();
    const names = await files.describeFile(fileId);
    if (!names) throw recordsErrors.not_found();
    const size = DEFAULT_PAGE_SIZE;
    const after = casesCursor ? decodeTimeIdCursor(casesCursor) : undefined;
    const caseRows = await createCaseReadRepository({ trx }).listCases(viewer, { fileId }, after, size + 1);
    const links = await files.listLinkedFiles(viewer, fileId);
    const changeable = mayChange(viewer, file);
    return {
      file: { ...file, ...names },
      cases: toPage(caseRows, size, (row) => ({ at: row.createdAt, id: row.id })),
      links,
      mayChange: changeable,
      writable: changeable && file.status === 'open',
      mayReopen: viewer.kind === 'staff' && viewer.recordsManager && file.status === 'closed',
    };
  });
}
