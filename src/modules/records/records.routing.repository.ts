// SQL of routings (Geschäftsgang: Mitzeichnung, Zeichnung; migration 0015), inside a tenant scope.
import { sql } from 'kysely';
import type { WorkflowTransaction } from './records.workflow.repository.ts';
import type { RoutingStatus, StepKind, StepStatus } from './records.workflow.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface NewStep {
  position: number;
  kind: StepKind;
  staffId: string | null;
  departmentId: string | null;
}

export function createRoutingRepository({ trx }: { trx: WorkflowTransaction }) {
  return {
    async runningOf(documentId: string) {
      return trx
        .selectFrom('records_routings')
        .select('id')
        .where('document_id', '=', documentId)
        .where('status', '=', 'running')
        .executeTakeFirst();
    },

    /** Inserts the routing and its steps; the first step becomes current at `now`. */
    async insert(row: {
      documentId: string;
      version: number;
      initiatedBy: string;
      onBehalfOf: string | null;
      now: Date;
      steps: NewStep[];
    }) {
      const { id } = await trx
        .insertInto('records_routings')
        .values({
          tenant_id: scopeTenant,
          document_id: row.documentId,
          version: row.version,
          status: 'running',
          initiated_by: row.initiatedBy,
          initiated_on_behalf_of: row.onBehalfOf,
          created_at: row.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('records_routing_steps')
        .values(
          row.steps.map((step) => ({
            tenant_id: scopeTenant,
            routing_id: id,
            position: step.position,
            kind: step.kind,
            staff_id: step.staffId,
            department_id: step.departmentId,
            status: (step.position === 1 ? 'current' : 'waiting') as StepStatus,
            activated_at: step.position === 1 ? row.now : null,
          })),
        )
        .execute();
      return id;
    },

    /** The routing, locked until the transaction ends: acts on one routing happen one after another. */
    async findForUpdate(routingId: string) {
      return trx
        .selectFrom('records_routings')
        .select([
          'id',
          'document_id as documentId',
          'version',
          'status',
          'initiated_by as initiatedBy',
          'initiated_on_behalf_of as initiatedOnBehalfOf',
        ])
        .where('id', '=', routingId)
        .forUpdate()
        .executeTakeFirst();
    },

    async stepsOf(routingId: string) {
      return trx
        .selectFrom('records_routing_steps')
        .select(['position', 'kind', 'status', 'staff_id as staffId', 'department_id as departmentId'])
        .where('routing_id', '=', routingId)
        .orderBy('position')
        .execute();
    },

    async recordAct(row: {
      routingId: string;
      position: number;
      status: 'done' | 'returned';
      actedBy: string;
      onBehalfOf: string | null;
      comment: string | null;
      at: Date;
    }) {
      await trx
        .updateTable('records_routing_steps')
        .set({
          status: row.status,
          acted_by: row.actedBy,
          acted_on_behalf_of: row.onBehalfOf,
          comment: row.comment,
          acted_at: row.at,
        })
        .where('routing_id', '=', row.routingId)
        .where('position', '=', row.position)
        .execute();
    },

    async activate(routingId: string, position: number, at: Date) {
      await trx
        .updateTable('records_routing_steps')
        .set({ status: 'current', activated_at: at })
        .where('routing_id', '=', routingId)
        .where('position', '=', position)
        .execute();
    },

    /** Ends the routing; a step still waiting for its turn stays 'waiting', the current one is cancelled. */
    async end(row: { routingId: string; status: Exclude<RoutingStatus, 'running'>; at: Date; by: string }) {
      await trx
        .updateTable('records_routing_steps')
        .set({ status: 'cancelled' })
        .where('routing_id', '=', row.routingId)
        .where('status', '=', 'current')
        .execute();
      await trx
        .updateTable('records_routings')
        .set({ status: row.status, ended_at: row.at, ended_by: row.by })
        .where('id', '=', row.routingId)
        .execute();
    },

    /** The final sign-off: this version is the signed one. Returns false if it was frozen already. */
    async freezeVersion(documentId: string, version: number, at: Date) {
      const result = await trx
        .updateTable('records_document_versions')
        .set({ frozen_at: at })
        .where('document_id', '=', documentId)
        .where('version', '=', version)
        .where('frozen_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    /** The routings of one document, newest first, with names for display. */
    async routingsOf(documentId: string, limit: number) {
      return trx
        .selectFrom('records_routings as r')
        .innerJoin('identity_staff as i', (join) =>
          join.onRef('i.tenant_id', '=', 'r.tenant_id').onRef('i.id', '=', 'r.initiated_by'),
        )
        .select([
          'r.id',
          'r.version',
          'r.status',
          'r.initiated_by as initiatedBy',
          'r.initiated_on_behalf_of as initiatedOnBehalfOf',
          'i.display_name as initiatorName',
          'r.created_at as createdAt',
          'r.ended_at as endedAt',
        ])
        .where('r.document_id', '=', documentId)
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .limit(limit)
        .execute();
    },

    /** The steps of these routings with who is addressed and who acted (on behalf of whom), by name. */
    async stepsWithNames(routingIds: string[]) {
      if (routingIds.length === 0) return [];
      return trx
        .selectFrom('records_routing_steps as s')
        .leftJoin('identity_staff as p', (join) =>
          join.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.staff_id'),
        )
        .leftJoin('identity_departments as d', (join) =>
          join.onRef('d.tenant_id', '=', 's.tenant_id').onRef('d.id', '=', 's.department_id'),
        )
        .leftJoin('identity_staff as a', (join) =>
          join.onRef('a.tenant_id', '=', 's.tenant_id').onRef('a.id', '=', 's.acted_by'),
        )
        .leftJoin('identity_staff as b', (join) =>
          join.onRef('b.tenant_id', '=', 's.tenant_id').onRef('b.id', '=', 's.acted_on_behalf_of'),
        )
        .select([
          's.routing_id as routingId',
          's.position',
          's.kind',
          's.status',
          's.staff_id as staffId',
          's.department_id as departmentId',
          'p.display_name as personName',
          sql<string | null>`d.number || ' ' || d.name`.as('departmentName'),
          'a.display_name as actedByName',
          'b.display_name as onBehalfOfName',
          's.comment',
          's.acted_at as actedAt',
          's.activated_at as activatedAt',
        ])
        .where('s.routing_id', 'in', routingIds)
        .orderBy('s.routing_id')
        .orderBy('s.position')
        .execute();
    },
  };
}
