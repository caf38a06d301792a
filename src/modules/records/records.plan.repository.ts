// SQL of the file plan (Aktenplan): a tree of subject groups per municipality.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { Confidentiality } from './records.policies.ts';
import type { Disposal, RecordsDb } from './records.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface PlanNodeValues {
  title: string;
  description: string | null;
  retentionYears: number | null;
  disposal: Disposal | null;
  confidentiality: Confidentiality | null;
}

export interface PlanNodeRow extends PlanNodeValues {
  id: string;
  parentId: string | null;
  code: string;
  active: boolean;
}

/** The values a new file takes from its plan group, each from the nearest group up the tree that has one. */
export interface PlanDefaults {
  retentionYears: number | null;
  disposal: Disposal | null;
  confidentiality: Confidentiality | null;
}

export function createPlanRepository({ trx }: { trx: TenantTransaction<RecordsDb> }) {
  const columns = [
    'id',
    'parent_id as parentId',
    'code',
    'title',
    'description',
    'retention_years as retentionYears',
    'disposal',
    'confidentiality',
    'active',
  ] as const;

  return {
    /** The whole plan, ordered by code; a plan has dozens to a few thousand groups. */
    async listNodes(): Promise<PlanNodeRow[]> {
      return trx.selectFrom('records_plan_nodes').select(columns).orderBy('code').execute();
    },

    async findNode(id: string): Promise<PlanNodeRow | undefined> {
      return trx.selectFrom('records_plan_nodes').select(columns).where('id', '=', id).executeTakeFirst();
    },

    async findNodeByCode(code: string): Promise<PlanNodeRow | undefined> {
      return trx.selectFrom('records_plan_nodes').select(columns).where('code', '=', code).executeTakeFirst();
    },

    async insertNode(node: PlanNodeValues & { code: string; parentId: string | null }): Promise<string> {
      const row = await trx
        .insertInto('records_plan_nodes')
        .values({
          tenant_id: scopeTenant,
          parent_id: node.parentId,
          code: node.code,
          title: node.title,
          description: node.description,
          retention_years: node.retentionYears,
          disposal: node.disposal,
          confidentiality: node.confidentiality,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async updateNode(id: string, values: PlanNodeValues) {
      await trx
        .updateTable('records_plan_nodes')
        .set({
          title: values.title,
          description: values.description,
          retention_years: values.retentionYears,
          disposal: values.disposal,
          confidentiality: values.confidentiality,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Deactivates a group and every group below it; returns the codes that changed. */
    async deactivateSubtree(id: string): Promise<string[]> {
      const rows = await sql<{ code: string }>`
        with recursive subtree as (
          select id from records_plan_nodes where id = ${id}
          union all
          select child.id from records_plan_nodes child join subtree on child.parent_id = subtree.id
        )
        update records_plan_nodes set active = false
        where id in (select id from subtree) and active
        returning code`.execute(trx);
      return rows.rows.map((row) => row.code).sort();
    },

    async setActive(id: string, active: boolean) {
      await trx.updateTable('records_plan_nodes').set({ active }).where('id', '=', id).execute();
    },

    /** Whether the group and all groups above it are active: only then may files be created under it. */
    async isUsable(id: string): Promise<boolean> {
      const row = await sql<{ usable: boolean }>`
        with recursive chain as (
          select id, parent_id, active, 0 as depth from records_plan_nodes where id = ${id}
          union all
          select p.id, p.parent_id, p.active, chain.depth + 1
          from records_plan_nodes p join chain on p.id = chain.parent_id
          where chain.depth < 50
        )
        select coalesce(bool_and(active), false) as usable from chain`.execute(trx);
      return row.rows[0]?.usable ?? false;
    },

    /** Defaults inherited up the tree (the node's own value first, then its parent's, …). */
    async defaultsOf(id: string): Promise<PlanDefaults> {
      const result = await sql<PlanDefaults>`
        with recursive chain as (
          select id, parent_id, retention_years, disposal, confidentiality, 0 as depth
          from records_plan_nodes where id = ${id}
          union all
          select p.id, p.parent_id, p.retention_years, p.disposal, p.confidentiality, chain.depth + 1
          from records_plan_nodes p join chain on p.id = chain.parent_id
          where chain.depth < 50
        )
        select
          (select retention_years from chain where retention_years is not null order by depth limit 1)
            as "retentionYears",
          (select disposal from chain where disposal is not null order by depth limit 1) as disposal,
          (select confidentiality from chain where confidentiality is not null order by depth limit 1)
            as confidentiality`.execute(trx);
      return result.rows[0] ?? { retentionYears: null, disposal: null, confidentiality: null };
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
