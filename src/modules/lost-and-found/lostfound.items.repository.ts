// The SQL of found items, their photos and the office's settings, over one tenant's transaction. Dates come
// back as YYYY-MM-DD text, money as whole cents (bigint read as a number; no find is worth 2^53 cents).
import { sql } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import type { Category } from './lostfound.categories.ts';
import type { FinderChoice, ItemStatus, LostFoundTables, ProofMethod } from './lostfound.tables.ts';

export type Trx = TenantTransaction<LostFoundTables>;

export interface Settings {
  departmentId: string;
  planCode: string;
  notifyEmail: string | null;
  contact: string;
}

export interface Item {
  id: string;
  number: string;
  status: ItemStatus;
  source: 'counter' | 'online';
  category: Category;
  description: string;
  features: string;
  colour: string;
  brand: string;
  serialNumber: string;
  foundOn: string;
  foundPlace: string;
  foundDistrict: string;
  valueCents: number;
  storagePlace: string;
  finderName: string;
  finderContact: string;
  finderChoice: FinderChoice;
  publicFind: boolean;
  photosPublic: boolean;
  reportedOn: string | null;
  caseId: string | null;
  fileReference: string | null;
  handedOverOn: string | null;
  ownerName: string | null;
  proofMethod: ProofMethod | null;
  proofDetails: string | null;
  feeCents: number | null;
  rewardCents: number | null;
  rewardNote: string | null;
  closedOn: string | null;
  createdAt: Date;
}

export interface Photo {
  id: string;
  itemId: string;
  documentId: string;
  sha256: string;
  mediaType: string;
  fileName: string;
  position: number;
}

const itemColumns = [
  'id',
  'number',
  'status',
  'source',
  'category',
  'description',
  'features',
  'colour',
  'brand',
  'serial_number',
  sql<string>`found_on::text`.as('found_on'),
  'found_place',
  'found_district',
  'value_cents',
  'storage_place',
  'finder_name',
  'finder_contact',
  'finder_choice',
  'public_find',
  'photos_public',
  sql<string | null>`reported_on::text`.as('reported_on'),
  'case_id',
  'file_reference',
  sql<string | null>`handed_over_on::text`.as('handed_over_on'),
  'owner_name',
  'proof_method',
  'proof_details',
  'fee_cents',
  'reward_cents',
  'reward_note',
  sql<string | null>`closed_on::text`.as('closed_on'),
  'created_at',
] as const;

type ItemRow = {
  id: string;
  number: string;
  status: ItemStatus;
  source: 'counter' | 'online';
  category: string;
  description: string;
  features: string;
  colour: string;
  brand: string;
  serial_number: string;
  found_on: string;
  found_place: string;
  found_district: string;
  value_cents: string | number;
  storage_place: string;
  finder_name: string;
  finder_contact: string;
  finder_choice: FinderChoice;
  public_find: boolean;
  photos_public: boolean;
  reported_on: string | null;
  case_id: string | null;
  file_reference: string | null;
  handed_over_on: string | null;
  owner_name: string | null;
  proof_method: ProofMethod | null;
  proof_details: string | null;
  fee_cents: string | number | null;
  reward_cents: string | number | null;
  reward_note: string | null;
  closed_on: string | null;
  created_at: Date;
};

const num = (value: string | number | null) => (value === null ? null : Number(value));

function toItem(row: ItemRow): Item {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    source: row.source,
    category: row.category as Category,
    description: row.description,
    features: row.features,
    colour: row.colour,
    brand: row.brand,
    serialNumber: row.serial_number,
    foundOn: row.found_on,
    foundPlace: row.found_place,
    foundDistrict: row.found_district,
    valueCents: Number(row.value_cents),
    storagePlace: row.storage_place,
    finderName: row.finder_name,
    finderContact: row.finder_contact,
    finderChoice: row.finder_choice,
    publicFind: row.public_find,
    photosPublic: row.photos_public,
    reportedOn: row.reported_on,
    caseId: row.case_id,
    fileReference: row.file_reference,
    handedOverOn: row.handed_over_on,
    ownerName: row.owner_name,
    proofMethod: row.proof_method,
    proofDetails: row.proof_details,
    feeCents: num(row.fee_cents),
    rewardCents: num(row.reward_cents),
    rewardNote: row.reward_note,
    closedOn: row.closed_on,
    createdAt: row.created_at,
  };
}

export interface NewItem {
  status: ItemStatus;
  source: 'counter' | 'online';
  category: Category;
  description: string;
  features: string;
  colour: string;
  brand: string;
  serialNumber: string;
  foundOn: string;
  foundPlace: string;
  foundDistrict: string;
  valueCents: number;
  storagePlace: string;
  finderName: string;
  finderContact: string;
  finderChoice: FinderChoice;
  publicFind: boolean;
  photosPublic: boolean;
  reportedOn: string | null;
}

export interface ItemChange {
  status?: ItemStatus;
  reportedOn?: string | null;
  caseId?: string | null;
  fileReference?: string | null;
  storagePlace?: string;
  handedOverOn?: string | null;
  ownerName?: string | null;
  proofMethod?: ProofMethod | null;
  proofDetails?: string | null;
  feeCents?: number | null;
  rewardCents?: number | null;
  rewardNote?: string | null;
  closedOn?: string | null;
}

export interface ItemFilters {
  statuses?: ItemStatus[];
  categories?: Category[];
  foundFrom?: string;
  foundTo?: string;
  place?: string;
  limit?: number;
}

export function createItemsRepository({ trx }: { trx: Trx }) {
  return {
    async settings(): Promise<Settings | undefined> {
      const row = await trx.selectFrom('lost_found_settings').selectAll().executeTakeFirst();
      return row
        ? {
            departmentId: row.department_id,
            planCode: row.plan_code,
            notifyEmail: row.notify_email,
            contact: row.contact,
          }
        : undefined;
    },
    async saveSettings(settings: Settings, at: Date): Promise<void> {
      const values = {
        department_id: settings.departmentId,
        plan_code: settings.planCode,
        notify_email: settings.notifyEmail,
        contact: settings.contact,
        updated_at: at,
      };
      await trx
        .insertInto('lost_found_settings')
        .values({ tenant_id: sql<string>`app_tenant_id()`, ...values })
        .onConflict((conflict) => conflict.column('tenant_id').doUpdateSet(values))
        .execute();
    },
    async insertItem(item: NewItem, at: Date): Promise<{ id: string; number: string }> {
      return trx
        .insertInto('lost_found_items')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          number: sql<string>`'FU-' || lpad(nextval('lost_found_item_numbers')::text, 6, '0')`,
          status: item.status,
          source: item.source,
          category: item.category,
          description: item.description,
          features: item.features,
          colour: item.colour,
          brand: item.brand,
          serial_number: item.serialNumber,
          found_on: item.foundOn,
          found_place: item.foundPlace,
          found_district: item.foundDistrict,
          value_cents: item.valueCents,
          storage_place: item.storagePlace,
          finder_name: item.finderName,
          finder_contact: item.finderContact,
          finder_choice: item.finderChoice,
          public_find: item.publicFind,
          photos_public: item.photosPublic,
          reported_on: item.reportedOn,
          case_id: null,
          file_reference: null,
          handed_over_on: null,
          owner_name: null,
          proof_method: null,
          proof_details: null,
          fee_cents: null,
          reward_cents: null,
          reward_note: null,
          closed_on: null,
          created_at: at,
          updated_at: at,
        })
        .returning(['id', 'number'])
        .executeTakeFirstOrThrow();
    },
    async updateItem(id: string, change: ItemChange, at: Date): Promise<void> {
      const values: Record<string, unknown> = { updated_at: at };
      const columns: Record<keyof ItemChange, string> = {
        status: 'status',
        reportedOn: 'reported_on',
        caseId: 'case_id',
        fileReference: 'file_reference',
        storagePlace: 'storage_place',
        handedOverOn: 'handed_over_on',
        ownerName: 'owner_name',
        proofMethod: 'proof_method',
        proofDetails: 'proof_details',
        feeCents: 'fee_cents',
        rewardCents: 'reward_cents',
        rewardNote: 'reward_note',
        closedOn: 'closed_on',
      };
      for (const [key, column] of Object.entries(columns))
        if (key in change) values[column] = change[key as keyof ItemChange];
      await trx.updateTable('lost_found_items').set(values).where('id', '=', id).execute();
    },
    /** `lock`: for a change, so two clerks cannot hand the same item over twice. */
    async item(id: string, lock = false): Promise<Item | undefined> {
      let query = trx.selectFrom('lost_found_items').select(itemColumns).where('id', '=', id);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toItem(row as ItemRow) : undefined;
    },
    async items(filters: ItemFilters): Promise<Item[]> {
      let query = trx.selectFrom('lost_found_items').select(itemColumns);
      if (filters.statuses) query = query.where('status', 'in', filters.statuses);
      if (filters.categories) query = query.where('category', 'in', filters.categories);
      if (filters.foundFrom) query = query.where('found_on', '>=', filters.foundFrom);
      if (filters.foundTo) query = query.where('found_on', '<=', filters.foundTo);
      if (filters.place) {
        const pattern = `%${filters.place.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([eb('found_place', 'ilike', pattern), eb('found_district', 'ilike', pattern)]),
        );
      }
      const rows = await query
        .orderBy('found_on', 'desc')
        .orderBy('number', 'desc')
        .limit(filters.limit ?? 200)
        .execute();
      return rows.map((row) => toItem(row as ItemRow));
    },
    async insertPhoto(photo: Omit<Photo, 'id'>): Promise<string> {
      const row = await trx
        .insertInto('lost_found_photos')
        .values({
          tenant_id: sql<string>`app_tenant_id()`,
          item_id: photo.itemId,
          document_id: photo.documentId,
          sha256: photo.sha256,
          media_type: photo.mediaType,
          file_name: photo.fileName,
          position: photo.position,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async photos(itemIds: string[]): Promise<Photo[]> {
      if (itemIds.length === 0) return [];
      const rows = await trx
        .selectFrom('lost_found_photos')
        .selectAll()
        .where('item_id', 'in', itemIds)
        .orderBy('position')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        itemId: row.item_id,
        documentId: row.document_id,
        sha256: row.sha256,
        mediaType: row.media_type,
        fileName: row.file_name,
        position: row.position,
      }));
    },
    /** Items held (in custody or kept by the finder) that a loss in [lostFrom, lostTo] could be. */
    async heldItemsFor(input: {
      categories: Category[];
      lostFrom: string;
      lostTo: string;
      maxGapDays: number;
    }): Promise<Item[]> {
      const rows = await trx
        .selectFrom('lost_found_items')
        .select(itemColumns)
        .where('status', 'in', ['in_custody', 'kept_by_finder'])
        .where('category', 'in', input.categories)
        .where('found_on', '>=', input.lostFrom)
        .where('found_on', '<=', sql<string>`${input.lostTo}::date + ${input.maxGapDays}::int`)
        .execute();
      return rows.map((row) => toItem(row as ItemRow));
    },
  };
}
