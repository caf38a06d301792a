// All SQL of the service catalogue. Every query runs inside withTenant (row-level security does the rest).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { CatalogueTables, Fee, OnlineLevel } from './catalogue.tables.ts';

const germanOrder = new Intl.Collator('de');
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CatalogueTransaction = TenantTransaction<CatalogueTables>;

/** What an administrator sets on a service. */
export interface ServiceValues {
  slug: string;
  leikaKey: string | null;
  name: string;
  nameEn: string | null;
  summary: string;
  summaryEn: string | null;
  description: string;
  descriptionEn: string | null;
  departmentId: string;
  departmentName: string;
  fees: Fee[];
  requiredDocuments: string[];
  legalBasis: string;
  onlineLevel: OnlineLevel;
  formKey: string | null;
  online: boolean;
  keywords: string[];
}

export interface ServiceRow extends ServiceValues {
  id: string;
  updatedAt: Date;
}

/** A line of a result list: never the description or fees. */
export interface ServiceListItem {
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  summary: string;
  summaryEn: string | null;
  departmentName: string;
  onlineLevel: OnlineLevel;
  online: boolean;
  formKey: string | null;
}

export interface ServiceFilter {
  /** Words to search for; empty lists everything by name. */
  query?: string;
  /** Only services a citizen can use online right now (online application or fully digital). */
  onlyOnline?: boolean;
  limit: number;
}

const listColumns = [
  'id',
  'slug',
  'name',
  'name_en as nameEn',
  'summary',
  'summary_en as summaryEn',
  'department_name as departmentName',
  'online_level as onlineLevel',
  'online',
  'form_key as formKey',
] as const;

const fullColumns = [
  ...listColumns,
  'leika_key as leikaKey',
  'description',
  'description_en as descriptionEn',
  'department_id as departmentId',
  'fees',
  'required_documents as requiredDocuments',
  'legal_basis as legalBasis',
  'keywords',
  'updated_at as updatedAt',
] as const;

/**
 * The words of a search, as the database's text search reads them: letters and digits only (so nothing
 * in them is tsquery syntax), at most 8 words of at most 40 characters.
 */
export function searchWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((word) => word.slice(0, 40));
}

function toRow(values: ServiceValues) {
  return {
    slug: values.slug,
    leika_key: values.leikaKey,
    name: values.name,
    name_en: values.nameEn,
    summary: values.summary,
    summary_en: values.summaryEn,
    description: values.description,
    description_en: values.descriptionEn,
    department_id: values.departmentId,
    department_name: values.departmentName,
    fees: JSON.stringify(values.fees),
    required_documents: values.requiredDocuments,
    legal_basis: values.legalBasis,
    online_level: values.onlineLevel,
    form_key: values.formKey,
    online: values.online,
    keywords: values.keywords,
  };
}

export function createCatalogueRepository({ trx }: { trx: CatalogueTransaction }) {
  return {
    /**
     * Services by name, or the best matches of a search first: every word matches as a prefix of a
     * stemmed word ("hunde" → hund*), or the whole phrase occurs inside the name or a keyword, which
     * catches parts of compound words ("ausweis" in "Bewohnerparkausweis").
     */
    async list(filter: ServiceFilter): Promise<ServiceListItem[]> {
      const words = searchWords(filter.query ?? '');
      let query = trx.selectFrom('portal_services').select(listColumns);
      if (filter.onlyOnline)
        query = query.where('online', '=', true).where('online_level', 'in', ['application', 'digital']);
      // Alphabetical as in German (Führungszeugnis before Fundsache), whatever the database's collation;
      // the catalogue is small enough to sort here.
      if (words.length === 0)
        return (await query.orderBy('name').limit(filter.limit).execute()).sort((a, b) =>
          germanOrder.compare(a.name, b.name),
        );
      const tsquery = sql`to_tsquery('records_german', records_search_fold(${words.map((w) => `'${w}':*`).join(' & ')}))`;
      const phrase = words.join(' ');
      return query
        .where((eb) =>
          eb.or([
            eb(sql`search_vector`, '@@', tsquery),
            eb(
              sql`records_search_fold(name || ' ' || array_to_string(keywords, ' '))`,
              'like',
              sql<string>`'%' || records_search_fold(${phrase}) || '%'`,
            ),
          ]),
        )
        .orderBy(sql`ts_rank(search_vector, ${tsquery})`, 'desc')
        .orderBy('name')
        .limit(filter.limit)
        .execute();
    },

    async findBySlug(slug: string): Promise<ServiceRow | undefined> {
      return trx
        .selectFrom('portal_services')
        .select(fullColumns)
        .where('slug', '=', slug)
        .executeTakeFirst();
    },

    async findById(id: string): Promise<ServiceRow | undefined> {
      if (!uuidPattern.test(id)) return undefined;
      return trx.selectFrom('portal_services').select(fullColumns).where('id', '=', id).executeTakeFirst();
    },

    /** Another service than `exceptId` that already has this slug. */
    async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
      let query = trx.selectFrom('portal_services').select('id').where('slug', '=', slug);
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async insert(values: ServiceValues): Promise<string> {
      const row = await trx
        .insertInto('portal_services')
        .values({ tenant_id: sql<string>`app_tenant_id()`, ...toRow(values) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Inserts unless the slug exists (seed); true when inserted. */
    async insertIfMissing(values: ServiceValues): Promise<boolean> {
      const rows = await trx
        .insertInto('portal_services')
        .values({ tenant_id: sql<string>`app_tenant_id()`, ...toRow(values) })
        .onConflict((conflict) => conflict.columns(['tenant_id', 'slug']).doNothing())
        .returning('id')
        .execute();
      return rows.length > 0;
    },

    async update(id: string, values: ServiceValues): Promise<void> {
      await trx
        .updateTable('portal_services')
        .set({ ...toRow(values), updated_at: sql`now()` })
        .where('id', '=', id)
        .execute();
    },

    async setOnline(id: string, online: boolean): Promise<void> {
      await trx
        .updateTable('portal_services')
        .set({ online, updated_at: sql`now()` })
        .where('id', '=', id)
        .execute();
    },
  };
}
