// All SQL of the mail outbox.
import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import type { MailTables, OutboxRow, OutboxStatus } from './mail.tables.ts';

export interface NewOutboxMail {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

/** A line of the mail page: no bodies, so a long list stays small. */
export interface OutboxSummary {
  id: string;
  tenantId: string | null;
  to: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxMessage extends OutboxSummary {
  text: string;
  html: string | null;
  messageId: string | null;
}

export type MailRepository = ReturnType<typeof createMailRepository>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isOutboxId(value: string): boolean {
  return uuidPattern.test(value);
}

export function createMailRepository({ db }: { db: Kysely<MailTables> }) {
  return {
    /** `executor` may be the caller's transaction (also a tenant's), so the mail commits with its cause. */
    async insert(executor: QueryExecutorProvider, mail: NewOutboxMail): Promise<string> {
      const { rows } = await sql<{ id: string }>`
        insert into mail_outbox (tenant_id, to_address, subject, text_body, html_body)
        values (${mail.tenantId}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.html})
        returning id`.execute(executor);
      if (!rows[0]) throw new Error('insert into mail_outbox returned no row');
      return rows[0].id;
    },

    async get(id: string): Promise<OutboxMessage | undefined> {
      if (!isOutboxId(id)) return undefined;
      const row = await db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toMessage(row);
    },

    /** Newest first; `before` is the last row of the previous page. */
    async list(
      limit: number,
      before?: { createdAt: Date; id: string },
      tenantId?: string,
    ): Promise<OutboxSummary[]> {
      let query = db
        .selectFrom('mail_outbox')
        .select([
          'id',
          'tenant_id',
          'to_address',
          'subject',
          'status',
          'attempts',
          'last_error',
          'created_at',
          'sent_at',
        ])
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (before)
        query = query.where((eb) =>
          eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(before.createdAt, before.id)),
        );
      if (tenantId !== undefined) query = query.where('tenant_id', '=', tenantId);
      return (await query.execute()).map(toSummary);
    },

    async markDelivered(
      id: string,
      status: 'sent' | 'captured',
      messageId: string,
      attempt: number,
      at: Date,
    ) {
      await db
        .updateTable('mail_outbox')
        .set({ status, message_id: messageId, attempts: attempt, sent_at: at, last_error: null })
        .where('id', '=', id)
        .execute();
    },

    /** One failed attempt: stays queued for the job's next try, with the reason visible on the mail page. */
    async recordFailedAttempt(id: string, attempt: number, error: string) {
      await db
        .updateTable('mail_outbox')
        .set({ attempts: attempt, last_error: error })
        .where('id', '=', id)
        .execute();
    },

    async markFailed(id: string, attempts: number, error: string) {
      await db
        .updateTable('mail_outbox')
        .set({ status: 'failed', attempts, last_error: error })
        .where('id', '=', id)
        .where('status', 'in', ['queued', 'failed'])
        .execute();
    },
  };
}

function toSummary(row: Omit<OutboxRow, 'text_body' | 'html_body' | 'message_id'>): OutboxSummary {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    to: row.to_address,
    subject: row.subject,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

function toMessage(row: OutboxRow): OutboxMessage {
  return { ...toSummary(row), text: row.text_body, html: row.html_body, messageId: row.message_id };
}
