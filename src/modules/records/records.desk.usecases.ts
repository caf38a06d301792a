// The clerk's start page (Mein Arbeitsplatz): open cases in their charge, resubmissions due, steps
// waiting for their co-signing, and routings of theirs that came back. Each list is short and links to
// the full one; a person standing in for someone sees that person's items too.
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../../platform/db/keyset.ts';
import type { StaffActor } from '../access/index.ts';
import { createDeskRepository } from './records.desk.repository.ts';
import { recordsViewer } from './records.policies.ts';
import { listMyResubmissions, type WorkflowScope } from './records.resubmissions.usecases.ts';
import { listStartedByMe, listWaitingForMe } from './records.routing.inbox.ts';
import { staffIdsOf } from './records.workflow.acting.ts';

const SECTION_SIZE = 20;

export async function describeDesk({
  scope,
  actor,
  now,
  casesCursor,
}: {
  scope: WorkflowScope;
  actor: StaffActor;
  now: Date;
  casesCursor?: string | undefined;
}) {
  const rows = await scope((trx) =>
    createDeskRepository({ trx }).openCasesOf({
      staffIds: staffIdsOf(actor),
      viewer: recordsViewer(actor),
      after: casesCursor ? decodeTimeIdCursor(casesCursor) : undefined,
      limit: SECTION_SIZE + 1,
    }),
  );
  const cases = rows.slice(0, SECTION_SIZE);
  const last = cases.at(-1);
  const resubmissions = await listMyResubmissions({ scope, actor, now, dueOnly: true, limit: SECTION_SIZE });
  const waiting = await listWaitingForMe({ scope, actor, limit: SECTION_SIZE });
  const started = await listStartedByMe({ scope, actor, now });
  return {
    cases,
    casesNextCursor:
      rows.length > SECTION_SIZE && last ? encodeTimeIdCursor({ at: last.createdAt, id: last.id }) : null,
    today: resubmissions.today,
    dueResubmissions: resubmissions.items,
    moreResubmissions: resubmissions.nextCursor !== null,
    waiting: waiting.items,
    moreWaiting: waiting.nextCursor !== null,
    returned: started.filter((routing) => routing.status === 'returned'),
  };
}
