// The mailbox's tables as Kysely sees them (migration 0019-portal-mailbox.sql). Only this part reads them.
import type { ColumnType, Generated } from 'kysely';

export type MessageDirection = 'to_citizen' | 'from_citizen';
/** 'query': the office asks and sets a reply deadline; 'notice': a decision (Bescheid). */
export type MessageKind = 'message' | 'query' | 'notice';

export interface MailboxTables {
  portal_mailbox_messages: {
    tenant_id: ColumnType<string, unknown, never>;
    id: Generated<string>;
    citizen_id: string;
    direction: MessageDirection;
    kind: MessageKind;
    subject: string;
    body: string;
    reply_to_message_id: string | null;
    case_id: string | null;
    application_id: string | null;
    /** A calendar day (yyyy-mm-dd), read as text. */
    reply_by: ColumnType<string | null, string | null, never>;
    sent_by_staff_id: string | null;
    created_at: ColumnType<Date, Date, never>;
    first_opened_at: Date | null;
    first_opened_by: string | null;
    filed_at: Date | null;
  };
  portal_mailbox_attachments: {
    tenant_id: ColumnType<string, unknown, never>;
    id: Generated<string>;
    message_id: string;
    position: number;
    blob_sha256: string;
    file_name: string;
    media_type: string;
    // bigint: a string from pg, a number from PGlite; read it through Number().
    byte_size: ColumnType<string | number, number, never>;
    document_id: string | null;
  };
}
