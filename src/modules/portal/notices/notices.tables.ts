// Tables of the notice templates (migration 0021-portal-notices.sql).
import type { ColumnType, Generated } from 'kysely';

export const noticeKinds = ['approval', 'partial', 'rejection', 'other'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export interface NoticesTables {
  portal_notice_templates: {
    tenant_id: ColumnType<string, unknown, never>;
    id: Generated<string>;
    service_id: string;
    kind: NoticeKind;
    name: string;
    subject: string;
    body: string;
    legal_remedy: string;
    active: boolean;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
    updated_by: string | null;
  };
}
