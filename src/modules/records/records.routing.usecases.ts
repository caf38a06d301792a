// Routings (Geschäftsgang) of a document version: start one along an ordered chain, cancel it, and what
// the pages show about them. Acting on a step (co-sign, sign off, return) is in records.routing.act.ts.
import type { Text } from '../../platform/i18n/i18n.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { mayChange, maySee, recordsViewer } from './records.policies.ts';
import type { WorkflowScope } from './records.resubmissions.usecases.ts';
import { routingText as text } from './records.routing.messages.ts';
import { mayCancelRouting } from './records.routing.policies.ts';
import { createRoutingRepository, type NewStep } from './records.routing.repository.ts';
import { actingAs, viewerOf } from './records.workflow.acting.ts';
import { recordsErrors } from './records.errors.ts';
import { isUuid } from './records.core.fields.ts';
import { workflowErrors } from './records.workflow.errors.ts';
import {
  createWorkflowLookups,
  type DocumentFacts,
  type WorkflowTransaction,
} from './records.workflow.repository.ts';

/** At most this many co-signing steps before the sign-off. */
export const MAX_CO_SIGN_STEPS = 10;

export type Addressee = { kind: 'person'; id: string } | { kind: 'department'; id: string };

/** Form values: "person:<uuid>" or "amt:<uuid>"; anything else is not an addressee. */
export function parseAddressee(value: string): Addressee | undefined {
  const match = /^(person|amt):([0-9a-f-]{36})$/i.exec(value.trim());
  if (!match || !isUuid(match[2]!)) return undefined;
  return { kind: match[1] === 'amt' ? 'department' : 'person', id: match[2]!.toLowerCase() };
}

export interface RoutingFieldError {
  /** 'dokument' for the document as a whole, 'schritt-N' for a co-signing row, 'zeichnung' for the sign-off. */
  field: string;
  text: Text;
  values?: Record<string, string | number>;
}

export async function loadVisibleDocument(
  trx: WorkflowTransaction,
  actor: StaffActor,
  documentId: string,
  options: { lock?: boolean } = {},
): Promise<DocumentFacts> {
  const document = await createWorkflowLookups({ trx }).documentFacts(documentId, options);
  if (!document || !maySee(recordsViewer(actor), document.case.facts)) throw recordsErrors.not_found();
  return document;
}

/** The document, its routings with their steps, and what the actor may do. */
export async function describeDocumentRouting({
  scope,
  actor,
  documentId,
}: {
  scope: WorkflowScope;
  actor: StaffActor;
  documentId: string;
}) {
  return scope(async (trx) => {
    const document = await loadVisibleDocument(trx, actor, documentId);
    const repository = createRoutingRepository({ trx });
    const lookups = createWorkflowLookups({ trx });
    const routings = await repository.routingsOf(documentId, 20);
    const steps = await repository.stepsWithNames(routings.map((r) => r.id));
    const closed = document.case.status === 'closed' || document.case.fileStatus === 'closed';
    const mayStart = mayChange(recordsViewer(actor), document.case.facts);
    return {
      document,
      closed,
      mayStart,
      running: routings.some((r) => r.status === 'running'),
      routings: routings.map((routing) => ({
        ...routing,
        mayCancel: routing.status === 'running' && mayCancelRouting(actor, routing) !== undefined,
        steps: steps.filter((step) => step.routingId === routing.id),
      })),
      people: mayStart ? await lookups.activeStaff() : [],
      departments: mayStart ? await lookups.departments() : [],
    };
  });
}

/** Checks the chain; returns the steps in order (co-signing first, the sign-off last) or the errors. */
async function checkChain(
  trx: WorkflowTransaction,
  document: DocumentFacts,
  coSigners: string[],
  signOff: string,
): Promise<{ steps: NewStep[]; errors: RoutingFieldError[] }> {
  const lookups = createWorkflowLookups({ trx });
  const errors: RoutingFieldError[] = [];
  const chosen: { field: string; addressee: Addressee }[] = [];
  coSigners.forEach((value, index) => {
    if (value.trim() === '') return;
    const addressee = parseAddressee(value);
    if (!addressee) errors.push({ field: `schritt-${index + 1}`, text: text.fieldChoose });
    else chosen.push({ field: `schritt-${index + 1}`, addressee });
  });
  const last = parseAddressee(signOff);
  if (signOff.trim() === '') errors.push({ field: 'zeichnung', text: text.signOffMissing });
  else if (!last) errors.push({ field: 'zeichnung', text: text.fieldChoose });
  else chosen.push({ field: 'zeichnung', addressee: last });

  const seen = new Set<string>();
  const people = new Map((await lookups.activeStaff()).map((p) => [p.id, p.displayName]));
  const departments = new Map((await lookups.departments()).map((d) => [d.id, `${d.number} ${d.name}`]));
  const personIds = chosen.filter((c) => c.addressee.kind === 'person').map((c) => c.addressee.id);
  const roles = await lookups.rolesOf(personIds);
  const departmentIds = chosen.filter((c) => c.addressee.kind === 'department').map((c) => c.addressee.id);
  const members = await lookups.departmentMembers(departmentIds);
  const memberRoles = await lookups.rolesOf(members.map((m) => m.id));
  // Addressees must be able to see what they co-sign: checked with their own roles, not a substitute's.
  const canSee = (staffId: string, grants = roles.get(staffId) ?? memberRoles.get(staffId) ?? []) =>
    maySee(viewerOf({ staffId, roles: grants }), document.case.facts);
  for (const { field, addressee } of chosen) {
    const key = `${addressee.kind}:${addressee.id}`;
    if (seen.has(key)) {
      errors.push({ field, text: text.duplicate });
      continue;
    }
    seen.add(key);
    if (addressee.kind === 'person') {
      const name = people.get(addressee.id);
      if (!name) errors.push({ field, text: text.fieldChoose });
      else if (!canSee(addressee.id)) errors.push({ field, text: text.personCannotSee, values: { name } });
    } else {
      const name = departments.get(addressee.id);
      const someone = members.some((m) => m.departmentId === addressee.id && canSee(m.id));
      if (!name) errors.push({ field, text: text.fieldChoose });
      else if (!someone) errors.push({ field, text: text.departmentCannotSee, values: { name } });
    }
  }
  const steps = chosen.map(({ addressee }, index) => ({
    position: index + 1,
    kind: index === chosen.length - 1 && last ? ('sign_off' as const) : ('co_sign' as const),
    staffId: addressee.kind === 'person' ? addressee.id : null,
    departmentId: addressee.kind === 'department' ? addressee.id : null,
  }));
  return { steps, errors };
}

/**
 * Starts a routing of the document's current version. Only someone who may change the document; not while
 * another routing of it runs; not for a signed-off version. `version` is the one the person saw: if a
 * newer one was uploaded meanwhile, the form comes back instead of routing something unseen.
 */
export async function startRouting({
  scope,
  audit,
  actor,
  now,
  documentId,
  version,
  coSigners,
  signOff,
}: {
  scope: WorkflowScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  documentId: string;
  version: number;
  coSigners: string[];
  signOff: string;
}): Promise<{ ok: true; routingId: string } | { ok: false; errors: RoutingFieldError[] }> {
  return scope(async (trx) => {
    // Locked: no new version can arrive between this check and the routing's insert.
    const document = await loadVisibleDocument(trx, actor, documentId, { lock: true });
    const acting = actingAs(actor, (identity) => mayChange(viewerOf(identity), document.case.facts));
    if (!acting) throw workflowErrors.routing_start_forbidden();
    if (document.case.fileStatus === 'closed') throw recordsErrors.file_closed();
    if (document.case.status === 'closed') throw recordsErrors.case_closed();
    const repository = createRoutingRepository({ trx });
    if (await repository.runningOf(documentId)) throw workflowErrors.routing_already_running();
    if (document.currentFrozenAt)
      return { ok: false as const, errors: [{ field: 'dokument', text: text.frozen }] };
    if (version !== document.currentVersion)
      return {
        ok: false as const,
        errors: [
          { field: 'dokument', text: text.versionChanged, values: { version: document.currentVersion } },
        ],
      };
    const { steps, errors } = await checkChain(trx, document, coSigners.slice(0, MAX_CO_SIGN_STEPS), signOff);
    if (errors.length > 0) return { ok: false as const, errors };
    const routingId = await repository.insert({
      documentId,
      version: document.currentVersion,
      initiatedBy: actor.id,
      onBehalfOf: acting.onBehalfOf,
      now,
      steps,
    });
    await audit.append(trx, {
      actor: { type: 'staff', id: actor.id, onBehalfOf: acting.onBehalfOf },
      action: 'records.routing_started',
      object: { type: 'document', id: documentId },
      summary: {
        routingId,
        version: document.currentVersion,
        steps: steps.map((step) => ({
          position: step.position,
          kind: step.kind,
          ...(step.staffId ? { staffId: step.staffId } : { departmentId: step.departmentId }),
        })),
      },
    });
    return { ok: true as const, routingId };
  });
}

/** The initiator (or the person it was started for, or a substitute of either) stops a running routing. */
export async function cancelRouting({
  scope,
  audit,
  actor,
  now,
  routingId,
}: {
  scope: WorkflowScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  routingId: string;
}): Promise<{ documentId: string }> {
  return scope(async (trx) => {
    const repository = createRoutingRepository({ trx });
    const routing = await repository.findForUpdate(routingId);
    if (!routing) throw recordsErrors.not_found();
    await loadVisibleDocument(trx, actor, routing.documentId);
    const acting = mayCancelRouting(actor, routing);
    if (!acting) throw workflowErrors.routing_not_initiator();
    if (routing.status !== 'running') throw workflowErrors.routing_not_running();
    await repository.end({ routingId, status: 'cancelled', at: now, by: actor.id });
    await audit.append(trx, {
      actor: { type: 'staff', id: actor.id, onBehalfOf: acting.onBehalfOf },
      action: 'records.routing_cancelled',
      object: { type: 'document', id: routing.documentId },
      summary: { routingId, version: routing.version },
    });
    return { documentId: routing.documentId };
  });
}
