// All SQL of the Postfach. Every query runs in a tenant transaction (row-level security adds the tenant);
// the citizen's own queries also name the citizen, so another person's message is simply not found.
import { sql } from 'kysely';
import type { TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import type { MailboxTables, MessageDirection, MessageKind } from './mailbox.tables.ts';

const scopeTenant = sql<string>`app_tenant_id()`;

export interface MessageRow {
  id: string;
  citizenId: string;
  direction: MessageDirection;
  kind: MessageKind;
  subject: string;
  body: string;
  replyToMessageId: string | null;
  caseId: string | null;
  applicationId: string | null;
  /** YYYY-MM-DD */
  replyBy: string | null;
  sentByStaffId: string | null;
  createdAt: Date;
  firstOpenedAt: Date | null;
  filedAt: Date | null;
}

/** A list entry: everything but the body (lists never carry message text). */
export type MessageSummaryRow = Omit<MessageRow, 'body'>;

export interface AttachmentRow {
  id: string;
  messageId: string;
  blobSha256: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  documentId: string | null;
}

export interface NewMessage {
  citizenId: string;
  direction: MessageDirection;
  kind: MessageKind;
  subject: string;
  body: string;
  replyToMessageId: string | null;
  caseId: string | null;
  applicationId: string | null;
  replyBy: string | null;
  sentByStaffId: string | null;
  createdAt: Date;
}

export type NewAttachment = Omit<AttachmentRow, 'id' | 'messageId'>;

export function createMailboxRepository({ trx }: { trx: TenantTransaction<MailboxTables> }) {
  const summaryColumns = [
    'id',
    'citizen_id as citizenId',
    'direction',
    'kind',
    'subject',
    'reply_to_message_id as replyToMessageId',
    'case_id as caseId',
    'application_id as applicationId',
    sql<string | null>`reply_by::text`.as('replyBy'),
    'sent_by_staff_id as sentByStaffId',
    'created_at as createdAt',
    'first_opened_at as firstOpenedAt',
    'filed_at as filedAt',
  ] as const;
  const messages = () => trx.selectFrom('portal_mailbox_messages');

  return {
    async insertMessage(message: NewMessage, attachments: NewAttachment[]): Promise<string> {
      const { id } = await trx
        .insertInto('portal_mailbox_messages')
        .values({
          tenant_id: scopeTenant,
          citizen_id: message.citizenId,
          direction: message.direction,
          kind: message.kind,
          subject: message.subject,
          body: message.body,
          reply_to_message_id: message.replyToMessageId,
          case_id: message.caseId,
          application_id: message.applicationId,
          reply_by: message.replyBy,
          sent_by_staff_id: message.sentByStaffId,
          created_at: message.createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (attachments.length > 0)
        await trx
          .insertInto('portal_mailbox_attachments')
          .values(
            attachments.map((attachment, position) => ({
              tenant_id: scopeTenant,
              message_id: id,
              position,
              blob_sha256: attachment.blobSha256,
              file_name: attachment.fileName,
              media_type: attachment.mediaType,
              byte_size: attachment.byteSize,
              document_id: attachment.documentId,
            })),
          )
          .execute();
      return id;
    },

    /** A page of what the office sent the citizen, newest first (keyset on created_at, id). */
    async listOfCitizen(
      citizenId: string,
      limit: number,
      before?: { at: Date; id: string },
    ): Promise<MessageSummaryRow[]> {
      let query = messages()
        .select(summaryColumns)
        .where('citizen_id', '=', citizenId)
        .where('direction', '=', 'to_citizen');
      if (before)
        query = query.where((eb) =>
          eb.or([
            eb('created_at', '<', before.at),
            eb.and([eb('created_at', '=', before.at), eb('id', '<', before.id)]),
          ]),
        );
      return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    async findOfCitizen(citizenId: string, id: string): Promise<MessageRow | undefined> {
      return messages()
        .select([...summaryColumns, 'body'])
        .where('id', '=', id)
        .where('citizen_id', '=', citizenId)
        .executeTakeFirst();
    },

    async listBy(link: 'case_id' | 'application_id', value: string): Promise<MessageRow[]> {
      return messages()
        .select([...summaryColumns, 'body'])
        .where(link, '=', value)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    /** The replies to one message, oldest first. */
    async listReplies(citizenId: string, messageId: string): Promise<MessageRow[]> {
      return messages()
        .select([...summaryColumns, 'body'])
        .where('reply_to_message_id', '=', messageId)
        .where('citizen_id', '=', citizenId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    /**
     * Records the first opening, once: the row is locked by the update, so of two openings at the same
     * moment only one finds first_opened_at still empty. Returns the time when this call recorded it.
     */
    async recordFirstOpening(citizenId: string, id: string, at: Date): Promise<Date | undefined> {
      const row = await trx
        .updateTable('portal_mailbox_messages')
        .set({ first_opened_at: at, first_opened_by: citizenId })
        .where('id', '=', id)
        .where('citizen_id', '=', citizenId)
        .where('direction', '=', 'to_citizen')
        .where('first_opened_at', 'is', null)
        .returning('first_opened_at')
        .executeTakeFirst();
      return row?.first_opened_at ?? undefined;
    },

    async markFiled(id: string, at: Date): Promise<void> {
      await trx
        .updateTable('portal_mailbox_messages')
        .set({ filed_at: at })
        .where('id', '=', id)
        .where('filed_at', 'is', null)
        .execute();
    },

    async attachmentsOf(messageIds: string[]): Promise<AttachmentRow[]> {
      if (messageIds.length === 0) return [];
      const rows = await trx
        .selectFrom('portal_mailbox_attachments')
        .select([
          'id',
          'message_id as messageId',
          'blob_sha256 as blobSha256',
          'file_name as fileName',
          'media_type as mediaType',
          'byte_size as byteSize',
          'document_id as documentId',
        ])
        .where('message_id', 'in', messageIds)
        .orderBy('message_id')
        .orderBy('position')
        .execute();
      return rows.map((row) => ({ ...row, byteSize: Number(row.byteSize) }));
    },

    /** The town's name and first host name, for the announcement mail. */
    async town(): Promise<{ name: string; host: string | undefined } | undefined> {
      const { rows } = await sql<{
        name: string;
        hosts: string[];
      }>`select name, hosts from tenants where id = app_tenant_id()`.execute(trx);
      const row = rows[0];
      return row ? { name: row.name, host: row.hosts[0] } : undefined;
    },
  };
}

export type MailboxRepository = ReturnType<typeof createMailboxRepository>;
