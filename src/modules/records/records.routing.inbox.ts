// What waits for someone's co-signing (their own steps, their departments', and those of whom they stand
// in for), and the routings they started: the lists of /intern/mitzeichnungen and the desk.
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../../platform/db/keyset.ts';
import type { StaffActor } from '../access/index.ts';
import { recordsViewer } from './records.policies.ts';
import type { WorkflowScope } from './records.resubmissions.usecases.ts';
import { mayActOnStep } from './records.routing.policies.ts';
import { createRoutingInboxRepository } from './records.routing.inbox.repository.ts';
import { createRoutingRepository } from './records.routing.repository.ts';
import { staffIdsOf } from './records.workflow.acting.ts';

const PAGE_SIZE = 50;
/** Ended routings stay in "started by me" this long, so a return is seen by whoever started it. */
const ENDED_VISIBLE_DAYS = 30;

export async function listWaitingForMe({
  scope,
  actor,
  cursor,
  limit = PAGE_SIZE,
}: {
  scope: WorkflowScope;
  actor: StaffActor;
  cursor?: string | undefined;
  limit?: number;
}) {
  const viewer = recordsViewer(actor);
  return scope(async (trx) => {
    const repository = createRoutingRepository({ trx });
    const rows = await createRoutingInboxRepository({ trx }).waitingFor({
      staffIds: staffIdsOf(actor),
      departmentIds: viewer.kind === 'staff' ? viewer.writableDepartmentIds : [],
      viewer,
      after: cursor ? decodeTimeIdCursor(cursor) : undefined,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    const steps = await repository.stepsWithNames(items.map((item) => item.routingId));
    const last = items.at(-1);
    return {
      items: items.map((item) => {
        const own = steps.filter((step) => step.routingId === item.routingId);
        const current = own.find((step) => step.position === item.position);
        const acting = mayActOnStep(actor, item);
        const absent = acting?.onBehalfOf
          ? actor.actingFor?.find((person) => person.staffId === acting.onBehalfOf)?.displayName
          : undefined;
        return {
          ...item,
          addressedAs: absent
            ? ({ kind: 'absent', name: absent } as const)
            : item.departmentId
              ? ({ kind: 'department', name: current?.departmentName ?? '' } as const)
              : ({ kind: 'me' } as const),
          earlier: own.filter((step) => step.position < item.position),
        };
      }),
      nextCursor:
        rows.length > limit && last?.activatedAt
          ? encodeTimeIdCursor({ at: last.activatedAt, id: last.routingId })
          : null,
    };
  });
}

export async function listStartedByMe({
  scope,
  actor,
  now,
  limit = 20,
}: {
  scope: WorkflowScope;
  actor: StaffActor;
  now: Date;
  limit?: number;
}) {
  return scope(async (trx) => {
    const repository = createRoutingRepository({ trx });
    const routings = await createRoutingInboxRepository({ trx }).startedBy({
      staffIds: staffIdsOf(actor),
      viewer: recordsViewer(actor),
      since: new Date(now.getTime() - ENDED_VISIBLE_DAYS * 86_400_000),
      limit,
    });
    const steps = await repository.stepsWithNames(routings.map((routing) => routing.id));
    return routings.map((routing) => {
      const own = steps.filter((step) => step.routingId === routing.id);
      return {
        ...routing,
        current: own.find((step) => step.status === 'current'),
        returned: own.find((step) => step.status === 'returned'),
        steps: own,
      };
    });
  });
}
