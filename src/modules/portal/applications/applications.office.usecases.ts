// The office's work on applications: the department inbox, the case view, claiming and assigning,
// notes, a query to the citizen (Postfach, with a deadline, filed in the E-Akte case) and closing.
// Every change is audited in the transaction that makes it.
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { StaffActor } from '../../access/index.ts';
import { listAuditEntries, type AuditEvent } from '../../audit/index.ts';
import { findDepartments, staffNames, staffOfDepartment } from '../../identity/index.ts';
import { releaseClaim } from '../../records/index.ts';
import { listMessagesOfApplication, sendToCitizenIn } from '../mailbox/mailbox.index.ts';
import { paymentStatusIn } from '../payments/payments.index.ts';
import type { PortalDeps } from '../portal.deps.ts';
import { abandonClaimed, storeClaimed } from '../../records/index.ts';
import { applicationsErrors } from './applications.errors.ts';
import {
  createInboxRepository,
  type InboxAssignment,
  type InboxRow,
  type InboxStatusFilter,
} from './applications.inbox.repository.ts';
import { headedDepartments, inboxDepartments, mayAct } from './applications.office.policies.ts';
import type { ApplicationStatus, ApplicationsTables } from './applications.tables.ts';

type Trx = TenantTransaction<ApplicationsTables>;
const shared = (trx: Trx) => trx as unknown as TenantTransaction<unknown>;
const scoped = <T>(deps: PortalDeps, tenantId: string, work: (trx: Trx) => Promise<T>) =>
  withTenant(deps.db as Kysely<ApplicationsTables>, tenantId, work);

const PAGE_SIZE = 50;

/**
 * The departments of the inbox: where the person works applications, and — for heads — the departments
 * they head with every department below them (the head of the Ordnungsamt sees the Bürgerbüro's too).
 */
async function departmentsOf(trx: Trx, actor: StaffActor): Promise<{ visible: string[]; headed: string[] }> {
  const headed = new Set(headedDepartments(actor));
  if (headed.size > 0) {
    const all = await findDepartments(shared(trx));
    let added = true;
    while (added) {
      added = false;
      for (const department of all)
        if (department.parentId && headed.has(department.parentId) && !headed.has(department.id)) {
          headed.add(department.id);
          added = true;
        }
    }
  }
  return { visible: [...new Set([...inboxDepartments(actor), ...headed])], headed: [...headed] };
}

function actorOf(actor: StaffActor): AuditEvent['actor'] {
  return { type: 'staff', id: actor.id };
}

export interface InboxQuery {
  status: InboxStatusFilter;
  assignment: InboxAssignment;
  departmentId?: string | undefined;
  after?: { submittedAt: Date; id: string } | undefined;
}

export async function listInbox(deps: PortalDeps, tenantId: string, actor: StaffActor, query: InboxQuery) {
  return scoped(deps, tenantId, async (trx) => {
    const { visible } = await departmentsOf(trx, actor);
    const departmentIds =
      query.departmentId && visible.includes(query.departmentId) ? [query.departmentId] : visible;
    const rows = await createInboxRepository({ trx }).list({
      departmentIds,
      status: query.status,
      assignment: query.assignment,
      staffId: actor.id,
      after: query.after,
      limit: PAGE_SIZE + 1,
    });
    const page = rows.slice(0, PAGE_SIZE);
    const names = await staffNames(
      shared(trx),
      page.map((row) => row.claimedBy),
    );
    const departments = await findDepartments(shared(trx), visible);
    const last = page.at(-1);
    return {
      rows: page.map((row: InboxRow) => ({
        ...row,
        claimedByName: row.claimedBy ? names.get(row.claimedBy) : undefined,
      })),
      departments,
      next: rows.length > PAGE_SIZE && last ? { submittedAt: last.submittedAt, id: last.id } : undefined,
    };
  });
}

async function loadWorkable(trx: Trx, actor: StaffActor, applicationId: string, lock = false) {
  const application = await createInboxRepository({ trx }).find(applicationId, lock);
  if (!application) throw applicationsErrors.application_not_found();
  const { visible, headed } = await departmentsOf(trx, actor);
  if (!visible.includes(application.department_id)) throw applicationsErrors.application_not_found();
  return { ...application, mayAssign: headed.includes(application.department_id) };
}

export async function loadCaseView(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  applicationId: string,
) {
  return scoped(deps, tenantId, async (trx) => {
    const application = await loadWorkable(trx, actor, applicationId);
    const facts = { departmentId: application.department_id, claimedBy: application.claimed_by };
    const notes = await createInboxRepository({ trx }).listNotes(applicationId);
    const messages = await listMessagesOfApplication(shared(trx), applicationId);
    const { entries: history } = await listAuditEntries({
      scope: (work) => work(trx as never),
      filter: { objectType: 'application', objectId: applicationId },
      limit: 100,
    });
    const payment =
      application.fee_cents > 0
        ? await paymentStatusIn(shared(trx), { subjectType: 'application', subjectId: applicationId })
        : undefined;
    const names = await staffNames(shared(trx), [
      application.claimed_by,
      ...history.map((entry) => (entry.actorType === 'staff' ? entry.actorId : null)),
      ...notes.map((note) => note.staffId),
      ...messages.map((message) => message.sentByStaffId ?? null),
    ]);
    const assignable = application.mayAssign
      ? await staffOfDepartment(shared(trx), application.department_id, ['clerk', 'head_of_department'])
      : [];
    return {
      application,
      claimedByName: application.claimed_by ? names.get(application.claimed_by) : undefined,
      mayAct: mayAct(actor, facts),
      mayClaim: application.claimed_by === null || application.claimed_by === actor.id,
      mayAssign: application.mayAssign,
      assignable,
      notes: notes.map((note) => ({ ...note, staffName: names.get(note.staffId) ?? '' })),
      payment,
      // Oldest first, as a file is read.
      history: history.reverse().map((entry) => ({
        at: entry.occurredAt,
        action: entry.action,
        actorName: entry.actorType === 'staff' && entry.actorId ? names.get(entry.actorId) : undefined,
        byCitizen: entry.actorType === 'citizen',
      })),
      messages: messages.map((message) => ({
        ...message,
        staffName: message.sentByStaffId ? names.get(message.sentByStaffId) : undefined,
      })),
    };
  });
}

export async function claimApplication(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  applicationId: string,
) {
  await scoped(deps, tenantId, async (trx) => {
    const application = await loadWorkable(trx, actor, applicationId, true);
    const repository = createInboxRepository({ trx });
    if (!(await repository.claim(applicationId, actor.id, deps.now())))
      throw applicationsErrors.claimed_by_other();
    if (application.status === 'submitted')
      await repository.setStatus(applicationId, 'in_progress', deps.now());
    await deps.audit.append(shared(trx), {
      actor: actorOf(actor),
      action: 'portal.application_claimed',
      object: { type: 'application', id: applicationId },
      summary: { reference: application.reference },
    });
  });
}

/** The head of department gives the application to someone of the department (or to nobody). */
export async function assignApplication(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  applicationId: string,
  staffId: string | null,
) {
  await scoped(deps, tenantId, async (trx) => {
    const application = await loadWorkable(trx, actor, applicationId, true);
    if (!application.mayAssign) throw applicationsErrors.not_head();
    if (staffId) {
      const people = await staffOfDepartment(shared(trx), application.department_id, [
        'clerk',
        'head_of_department',
      ]);
      if (!people.some((person) => person.id === staffId)) throw applicationsErrors.not_head();
    }
    await createInboxRepository({ trx }).assign(applicationId, staffId, deps.now());
    await deps.audit.append(shared(trx), {
      actor: actorOf(actor),
      action: 'portal.application_assigned',
      object: { type: 'application', id: applicationId },
      summary: { reference: application.reference, from: application.claimed_by, to: staffId },
    });
  });
}

async function loadForAction(
  trx: Trx,
  actor: StaffActor,
  applicationId: string,
  allowed: ApplicationStatus[],
) {
  const application = await loadWorkable(trx, actor, applicationId, true);
  if (!mayAct(actor, { departmentId: application.department_id, claimedBy: application.claimed_by }))
    throw applicationsErrors.not_claimed();
  if (!allowed.includes(application.status)) throw applicationsErrors.wrong_status();
  return application;
}

export async function addNote(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  applicationId: string,
  body: string,
) {
  await scoped(deps, tenantId, async (trx) => {
    await loadForAction(trx, actor, applicationId, [
      'submitted',
      'in_progress',
      'query',
      'decided',
      'closed',
    ]);
    await createInboxRepository({ trx }).addNote(applicationId, actor.id, body, deps.now());
    await deps.audit.append(shared(trx), {
      actor: actorOf(actor),
      action: 'portal.application_note_added',
      object: { type: 'application', id: applicationId },
      summary: { characters: body.length },
    });
  });
}

/**
 * Asks the citizen: a query in the Postfach with a reply deadline, announced by e-mail, and the same text
 * filed in the E-Akte case as an outgoing document — in one transaction.
 */
export async function askCitizen(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  input: { applicationId: string; subject: string; body: string; replyBy: string },
) {
  const text = Buffer.from(`${input.subject}\n\n${input.body}\n`, 'utf8');
  const stored = await storeClaimed(deps, tenantId, text);
  try {
    await scoped(deps, tenantId, async (trx) => {
      const application = await loadForAction(trx, actor, input.applicationId, ['in_progress', 'query']);
      const at = deps.now();
      await deps.recordsIntake.addDocuments(shared(trx), {
        caseId: application.case_id,
        actor: actorOf(actor),
        documents: [
          {
            title: `Rückfrage: ${input.subject}`.slice(0, 300),
            documentType: 'letter',
            direction: 'outgoing',
            sentOn: at.toISOString().slice(0, 10),
            sha256: stored.sha256,
            byteSize: stored.size,
            mediaType: 'text/plain',
            fileName: 'Rueckfrage.txt',
            text: `${input.subject}\n\n${input.body}`,
            textStatus: 'extracted',
          },
        ],
      });
      await releaseClaim(shared(trx), stored.claimId);
      await sendToCitizenIn(shared(trx), deps, {
        tenantId,
        citizenId: application.citizen_id,
        subject: input.subject,
        body: input.body,
        kind: 'query',
        caseId: application.case_id,
        applicationId: application.id,
        replyBy: input.replyBy,
        staffId: actor.id,
      });
      await createInboxRepository({ trx }).setStatus(application.id, 'query', at);
      await deps.audit.append(shared(trx), {
        actor: actorOf(actor),
        action: 'portal.application_query_sent',
        object: { type: 'application', id: application.id },
        summary: { reference: application.reference, replyBy: input.replyBy },
      });
    });
  } catch (error) {
    await abandonClaimed(deps, tenantId, [stored]);
    throw error;
  }
}

export async function closeApplication(
  deps: PortalDeps,
  tenantId: string,
  actor: StaffActor,
  applicationId: string,
) {
  await scoped(deps, tenantId, async (trx) => {
    const application = await loadForAction(trx, actor, applicationId, ['decided']);
    await createInboxRepository({ trx }).setStatus(applicationId, 'closed', deps.now());
    await deps.audit.append(shared(trx), {
      actor: actorOf(actor),
      action: 'portal.application_closed',
      object: { type: 'application', id: applicationId },
      summary: { reference: application.reference },
    });
  });
}

export { loadForAction, departmentsOf, shared as sharedTransaction };
