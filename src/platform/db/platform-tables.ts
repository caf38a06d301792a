import type { ColumnType, Generated } from 'kysely';

export interface PlatformTables {
  tenants: {
    id: Generated<string>;
    slug: string;
    name: string;
    hosts: string[];
    created_at: ColumnType<Date, never, never>;
  };
  platform_settings: {
    key: string;
    value: string;
    updated_at: ColumnType<Date, never, Date>;
  };
}
