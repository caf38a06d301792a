import type { ColumnType, Generated, Selectable } from 'kysely';

export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'captured';

export interface MailTables {
  mail_outbox: {
    id: Generated<string>;
    tenant_id: string | null;
    to_address: string;
    subject: string;
    text_body: string;
    html_body: string | null;
    status: Generated<OutboxStatus>;
    attempts: Generated<number>;
    last_error: string | null;
    message_id: string | null;
    created_at: ColumnType<Date, never, never>;
    sent_at: Date | null;
  };
}

export type OutboxRow = Selectable<MailTables['mail_outbox']>;
