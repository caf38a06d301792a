// Sending e-mail = writing it to the outbox and enqueueing the job `mail.send`, in one transaction
// (the caller's, when given). The job hands the row to the transport and marks it sent; a failure is
// retried with backoff and ends, visibly, as a failed job and a failed outbox row.
import { decodeTimeIdCursor, pageSize, toPage } from '../db/keyset.ts';
import type { Kysely, QueryExecutorProvider } from 'kysely';
import { PermanentJobError, type Backoff, type JobQueue } from '../jobs/index.ts';
import { assertSubject, parseAddress, parseMailbox } from './mail-address.ts';
import { mailErrors } from './mail.errors.ts';
import { createMailRepository, type OutboxMessage, type OutboxSummary } from './mail.repository.ts';
import type { MailTables } from './mail.tables.ts';
import type { MailTransport } from './mail-transport.ts';

export const MAIL_SEND_JOB = 'mail.send';

export interface MailerOptions<DB> {
  db: Kysely<DB>;
  jobs: JobQueue;
  transport: MailTransport;
  /** MAIL_FROM, e.g. `Rathaus <noreply@rathaus.localhost>`. */
  from: string;
  now?: () => Date;
  /** Default 8 attempts with 30 s doubling up to 1 h: an SMTP outage of about an hour is bridged. */
  maxAttempts?: number;
  backoff?: Backoff;
}

export interface MailInput {
  tenantId: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

export interface OutboxPage {
  messages: OutboxSummary[];
  nextCursor: string | null;
}

export interface Mailer {
  /** Pass the caller's transaction (also a TenantTransaction) to send only if its writes commit. */
  send(mail: MailInput, executor?: QueryExecutorProvider): Promise<{ id: string; jobId: string }>;
  listOutbox(options: {
    limit: number;
    before?: string | undefined;
    tenantId?: string | undefined;
  }): Promise<OutboxPage>;
  getOutboxMessage(id: string): Promise<OutboxMessage | undefined>;
}

const MAX_BODY_LENGTH = 1_000_000;

export function createMailer<DB>(options: MailerOptions<DB>): Mailer {
  const db = options.db as unknown as Kysely<MailTables>;
  const { jobs, transport } = options;
  const now = options.now ?? (() => new Date());
  const from = parseMailbox(options.from);
  // Message-IDs name the sender's domain, in its ASCII (punycode) form.
  const messageIdDomain = new URL(`http://${from.address.slice(from.address.lastIndexOf('@') + 1)}`).hostname;
  const repository = createMailRepository({ db });

  jobs.define<{ outboxId: string }>(
    MAIL_SEND_JOB,
    async ({ outboxId }, { attempt, signal }) => {
      const mail = await repository.get(outboxId);
      if (!mail) throw new PermanentJobError(`outbox mail ${outboxId} does not exist`);
      // Idempotent: a run after a crash or a manual retry must not send a delivered mail twice.
      if (mail.status === 'sent' || mail.status === 'captured') return;
      const messageId = `<${mail.id}@${messageIdDomain}>`;
      try {
        await transport.send({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId,
          signal,
        });
      } catch (error) {
        await repository.recordFailedAttempt(
          mail.id,
          attempt,
          error instanceof Error ? error.message : String(error),
        );
        throw error;
      }
      await repository.markDelivered(
        mail.id,
        transport.kind === 'capture' ? 'captured' : 'sent',
        messageId,
        attempt,
        now(),
      );
    },
    {
      maxAttempts: options.maxAttempts ?? 8,
      backoff: options.backoff ?? { baseMs: 30_000, maxMs: 60 * 60_000 },
      onFailed: async ({ outboxId }, failure) =>
        repository.markFailed(outboxId, failure.attempts, failure.error),
    },
  );

  async function store(mail: Required<MailInput>, executor: QueryExecutorProvider) {
    const id = await repository.insert(executor, mail);
    const job = await jobs.enqueue(MAIL_SEND_JOB, { outboxId: id }, { tenantId: mail.tenantId }, executor);
    return { id, jobId: job.id };
  }

  return {
    async send(input, executor) {
      const mail = validate(input);
      if (executor) return store(mail, executor);
      return db.transaction().execute((trx) => store(mail, trx));
    },

    async listOutbox({ limit, before, tenantId }) {
      const size = pageSize(limit);
      const rows = await repository.list(
        size + 1,
        before === undefined ? undefined : decodeCursor(before),
        tenantId,
      );
      const { items, nextCursor } = toPage(rows, size, (message) => ({
        at: message.createdAt,
        id: message.id,
      }));
      return { messages: items, nextCursor };
    },

    getOutboxMessage: (id) => repository.get(id),
  };
}

/** Refuses before anything is stored; a refused mail leaves no row and no job. */
function validate(input: MailInput): Required<MailInput> {
  const to = parseAddress(input.to);
  assertSubject(input.subject);
  const html = input.html ?? null;
  const bodyTooLong = input.text.length > MAX_BODY_LENGTH || (html?.length ?? 0) > MAX_BODY_LENGTH;
  if (input.text.trim() === '' || bodyTooLong) throw mailErrors.invalid_message();
  return { tenantId: input.tenantId, to, subject: input.subject, text: input.text, html };
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const key = decodeTimeIdCursor(cursor);
  if (!key) throw mailErrors.invalid_cursor();
  return { createdAt: key.at, id: key.id };
}
