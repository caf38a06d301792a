// All SQL of the notice templates. Runs inside the caller's tenant transaction.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { NoticeKind, NoticesTables } from './notices.tables.ts';

export interface NoticeTemplate {
  id: string;
  serviceId: string;
  kind: NoticeKind;
  name: string;
  subject: string;
  body: string;
  legalRemedy: string;
  active: boolean;
  updatedAt: Date;
}

export type NoticeTemplateValues = Omit<NoticeTemplate, 'id' | 'serviceId' | 'updatedAt'>;

export interface NoticeTemplateListItem {
  id: string;
  kind: NoticeKind;
  name: string;
  active: boolean;
  updatedAt: Date;
}

const columns = [
  'id',
  'service_id as serviceId',
  'kind',
  'name',
  'subject',
  'body',
  'legal_remedy as legalRemedy',
  'active',
  'updated_at as updatedAt',
] as const;

/** A service has a handful of templates; a list never needs more. */
const LIST_LIMIT = 200;

export function createNoticesRepository({ trx }: { trx: TenantTransaction<NoticesTables> }) {
  const table = () => trx.selectFrom('portal_notice_templates');
  return {
    async findById(id: string): Promise<NoticeTemplate | undefined> {
      return table().select(columns).where('id', '=', id).executeTakeFirst();
    },

    async listOfService(
      serviceId: string,
      { onlyActive }: { onlyActive: boolean },
    ): Promise<NoticeTemplateListItem[]> {
      let query = table()
        .select(['id', 'kind', 'name', 'active', 'updated_at as updatedAt'])
        .where('service_id', '=', serviceId);
      if (onlyActive) query = query.where('active', '=', true);
      return query.orderBy('name').orderBy('id').limit(LIST_LIMIT).execute();
    },

    async nameTaken(serviceId: string, name: string, exceptId?: string): Promise<boolean> {
      let query = table().select('id').where('service_id', '=', serviceId).where('name', '=', name);
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async insert(serviceId: string, values: NoticeTemplateValues, updatedBy: string | null): Promise<string> {
      const row = await trx
        .insertInto('portal_notice_templates')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          service_id: serviceId,
          kind: values.kind,
          name: values.name,
          subject: values.subject,
          body: values.body,
          legal_remedy: values.legalRemedy,
          active: values.active,
          updated_by: updatedBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** For the seed: inserts unless the service already has a template of that name. */
    async insertIfMissing(serviceId: string, values: NoticeTemplateValues): Promise<boolean> {
      const rows = await trx
        .insertInto('portal_notice_templates')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          service_id: serviceId,
          kind: values.kind,
          name: values.name,
          subject: values.subject,
          body: values.body,
          legal_remedy: values.legalRemedy,
          active: values.active,
          updated_by: null,
        })
        .onConflict((conflict) => conflict.columns(['tenant_id', 'service_id', 'name']).doNothing())
        .returning('id')
        .execute();
      return rows.length > 0;
    },

    async update(id: string, values: NoticeTemplateValues, updatedBy: string): Promise<void> {
      await trx
        .updateTable('portal_notice_templates')
        .set({
          kind: values.kind,
          name: values.name,
          subject: values.subject,
          body: values.body,
          legal_remedy: values.legalRemedy,
          active: values.active,
          updated_by: updatedBy,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .execute();
    },
  };
}
