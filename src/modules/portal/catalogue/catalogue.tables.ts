// The catalogue's table as Kysely sees it (migration 0017-portal-catalogue.sql). Only this part reads it;
// the rest of the portal goes through catalogue.index.ts.
import type { ColumnType, Generated } from 'kysely';

export const onlineLevels = ['information', 'application', 'digital'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];

export interface Fee {
  label: string;
  amountCents: number;
  note?: string;
}

export interface CatalogueTables {
  portal_services: {
    tenant_id: string;
    id: Generated<string>;
    slug: string;
    leika_key: string | null;
    name: string;
    name_en: string | null;
    summary: string;
    summary_en: string | null;
    description: string;
    description_en: string | null;
    department_id: string;
    department_name: string;
    // jsonb: written as JSON text, read back as the array.
    fees: ColumnType<Fee[], string, string>;
    required_documents: string[];
    legal_basis: string;
    online_level: OnlineLevel;
    form_key: string | null;
    online: boolean;
    keywords: string[];
    search_vector: ColumnType<string, never, never>;
    created_at: ColumnType<Date, never, never>;
    updated_at: ColumnType<Date, never, Date | string>;
  };
}

/** A citizen can apply online right now: the service is online, has a form and is more than information. */
export function canApplyOnline(service: {
  online: boolean;
  formKey: string | null;
  onlineLevel: OnlineLevel;
}) {
  return service.online && service.formKey !== null && service.onlineLevel !== 'information';
}
