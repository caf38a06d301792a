// The Postfach's business operations. The office sends (a message, a query with a deadline, a notice);
// the citizen reads, and the first reading is recorded once as the date of receipt; lists for the office's
// case view. Replies are in mailbox.reply.ts.
import type { Kysely } from 'kysely';
import type { BlobStore } from '../../../platform/blobs/blob-store.ts';
import { withTenant, type TenantScope, type TenantTransaction } from '../../../platform/db/tenant-scope.ts';
import { translate } from '../../../platform/i18n/i18n.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import { parseDay } from '../../../platform/time/calendar-day.ts';
import type { AuditTrail } from '../../audit/index.ts';
import { findCitizenContact } from '../../citizens/index.ts';
import { mailboxErrors } from './mailbox.errors.ts';
import { mailboxText } from './mailbox.messages.ts';
import { MAILBOX_PATHS } from './mailbox.paths.ts';
import {
  createMailboxRepository,
  type AttachmentRow,
  type MessageRow,
  type NewAttachment,
} from './mailbox.repository.ts';
import type { MailboxTables, MessageKind } from './mailbox.tables.ts';

export interface MailboxDeps {
  db: Kysely<unknown>;
  blobs: BlobStore;
  mailer: Mailer;
  audit: AuditTrail;
  now: () => Date;
  /** PUBLIC_URL for the link in the announcement; else the town's first host name. */
  publicUrl: string | undefined;
}

export interface SendToCitizenInput {
  tenantId: string;
  citizenId: string;
  subject: string;
  body: string;
  kind: MessageKind;
  caseId?: string | null;
  applicationId?: string | null;
  /** The deadline of a query, YYYY-MM-DD (only with kind 'query'). */
  replyBy?: string | null;
  /** Content already in the blob store (e.g. a notice filed in the E-Akte as documentId). */
  attachments?: {
    blobSha256: string;
    fileName: string;
    mediaType: string;
    byteSize: number;
    documentId?: string | null;
  }[];
  /** Who sends it; absent for a message the system sends. */
  staffId?: string | null;
  /** An answer to one of the citizen's replies. */
  replyToMessageId?: string | null;
}

/** A message with its attachments, as the office's case view and the citizen's page show it. */
export interface MailboxMessage extends MessageRow {
  attachments: AttachmentRow[];
}

const asMailbox = (trx: TenantTransaction<unknown>) => trx as unknown as TenantTransaction<MailboxTables>;

/** Sends a message to the citizen's Postfach in its own tenant transaction. */
export async function sendToCitizen(
  deps: MailboxDeps,
  input: SendToCitizenInput,
): Promise<{ messageId: string }> {
  return withTenant(deps.db, input.tenantId, (trx) => sendToCitizenIn(trx, deps, input));
}

/**
 * The same inside the caller's tenant transaction (e.g. filing a notice and delivering it in one step):
 * message, attachments, audit entry and the announcement mail commit or roll back together.
 */
export async function sendToCitizenIn(
  trx: TenantTransaction<unknown>,
  deps: MailboxDeps,
  input: SendToCitizenInput,
): Promise<{ messageId: string }> {
  const subject = input.subject.trim();
  const replyBy = input.replyBy ? parseDay(input.replyBy) : null;
  if (
    subject === '' ||
    subject.length > 200 ||
    input.body.length > 20_000 ||
    replyBy === undefined ||
    (replyBy !== null && input.kind !== 'query')
  )
    throw mailboxErrors.mailbox_invalid_message();
  const attachments: NewAttachment[] = (input.attachments ?? []).map((attachment) => ({
    blobSha256: attachment.blobSha256,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    byteSize: attachment.byteSize,
    documentId: attachment.documentId ?? null,
  }));
  for (const attachment of attachments)
    if (!(await deps.blobs.has(attachment.blobSha256))) throw mailboxErrors.mailbox_attachment_missing();
  const contact = await findCitizenContact(trx, input.citizenId);
  if (!contact) throw mailboxErrors.mailbox_citizen_not_found();
  const repository = createMailboxRepository({ trx: asMailbox(trx) });
  const messageId = await repository.insertMessage(
    {
      citizenId: input.citizenId,
      direction: 'to_citizen',
      kind: input.kind,
      subject,
      body: input.body,
      replyToMessageId: input.replyToMessageId ?? null,
      caseId: input.caseId ?? null,
      applicationId: input.applicationId ?? null,
      replyBy,
      sentByStaffId: input.staffId ?? null,
      createdAt: deps.now(),
    },
    attachments,
  );
  await deps.audit.append(trx, {
    actor: input.staffId ? { type: 'staff', id: input.staffId } : { type: 'system' },
    action: 'mailbox.message_sent',
    object: { type: 'portal_mailbox_message', id: messageId },
    // The facts of the delivery; the content stays in the Postfach (and the case).
    summary: {
      citizenId: input.citizenId,
      kind: input.kind,
      caseId: input.caseId ?? null,
      applicationId: input.applicationId ?? null,
      replyBy,
      attachments: attachments.length,
    },
  });
  // Announced without content: the mail says only that something is there and where to sign in.
  if (contact.email) {
    const town = await repository.town();
    const townName = town?.name ?? 'Rathaus';
    const base = (deps.publicUrl ?? (town?.host ? `https://${town.host}` : '')).replace(/\/$/, '');
    await deps.mailer.send(
      {
        tenantId: input.tenantId,
        to: contact.email,
        subject: translate('de', mailboxText.mailSubject, { town: townName }),
        text: translate('de', mailboxText.mailText, { town: townName, link: `${base}${MAILBOX_PATHS.list}` }),
      },
      trx,
    );
  }
  return { messageId };
}

async function withAttachments(
  trx: TenantTransaction<MailboxTables>,
  messages: MessageRow[],
): Promise<MailboxMessage[]> {
  const attachments = await createMailboxRepository({ trx }).attachmentsOf(messages.map((m) => m.id));
  return messages.map((message) => ({
    ...message,
    attachments: attachments.filter((attachment) => attachment.messageId === message.id),
  }));
}

/** Every message of an application, both directions, oldest first (for the office's view). */
export async function listMessagesOfApplication(
  trx: TenantTransaction<unknown>,
  applicationId: string,
): Promise<MailboxMessage[]> {
  const scoped = asMailbox(trx);
  return withAttachments(
    scoped,
    await createMailboxRepository({ trx: scoped }).listBy('application_id', applicationId),
  );
}

/** Every message of an E-Akte case, both directions, oldest first (for the office's view). */
export async function listMessagesOfCase(
  trx: TenantTransaction<unknown>,
  caseId: string,
): Promise<MailboxMessage[]> {
  const scoped = asMailbox(trx);
  return withAttachments(scoped, await createMailboxRepository({ trx: scoped }).listBy('case_id', caseId));
}

export type MailboxScope = TenantScope<MailboxTables>;

/** A page of the citizen's Postfach, newest first. */
export async function listInbox({
  scope,
  citizenId,
  limit,
  before,
}: {
  scope: MailboxScope;
  citizenId: string;
  limit: number;
  before?: { at: Date; id: string } | undefined;
}) {
  return scope((trx) => createMailboxRepository({ trx }).listOfCitizen(citizenId, limit + 1, before));
}

/**
 * The citizen opens a message of theirs. The first opening of a message from the office is its retrieval
 * (Abruf, § 41 Abs. 2a VwVfG; § 9 Abs. 1 OZG): recorded once, with an audit entry, in the same transaction.
 */
export async function openMessage({
  scope,
  audit,
  now,
  citizenId,
  messageId,
}: {
  scope: MailboxScope;
  audit: AuditTrail;
  now: () => Date;
  citizenId: string;
  messageId: string;
}): Promise<{ message: MailboxMessage; replies: MailboxMessage[] }> {
  return scope(async (trx) => {
    const repository = createMailboxRepository({ trx });
    let message = await repository.findOfCitizen(citizenId, messageId);
    if (!message) throw mailboxErrors.mailbox_message_not_found();
    const opened = await recordRetrieval(
      trx,
      audit,
      now,
      citizenId,
      message.firstOpenedAt ? undefined : message,
    );
    if (opened) message = { ...message, firstOpenedAt: opened };
    const replies =
      message.direction === 'to_citizen' ? await repository.listReplies(citizenId, message.id) : [];
    const [withFiles, ...repliesWithFiles] = await withAttachments(trx, [message, ...replies]);
    return { message: withFiles!, replies: repliesWithFiles };
  });
}

async function recordRetrieval(
  trx: TenantTransaction<MailboxTables>,
  audit: AuditTrail,
  now: () => Date,
  citizenId: string,
  message: MessageRow | undefined,
): Promise<Date | undefined> {
  if (!message || message.direction !== 'to_citizen') return undefined;
  const opened = await createMailboxRepository({ trx }).recordFirstOpening(citizenId, message.id, now());
  if (opened)
    await audit.append(trx, {
      actor: { type: 'citizen', id: citizenId },
      action: 'mailbox.message_opened',
      object: { type: 'portal_mailbox_message', id: message.id },
      summary: { kind: message.kind, caseId: message.caseId, openedAt: opened.toISOString() },
    });
  return opened;
}

/**
 * An attachment of one of the citizen's messages. Fetching it is a retrieval too: when the message was
 * never opened (a link kept from elsewhere), this records the first opening.
 */
export async function openAttachment({
  scope,
  audit,
  now,
  citizenId,
  messageId,
  attachmentId,
}: {
  scope: MailboxScope;
  audit: AuditTrail;
  now: () => Date;
  citizenId: string;
  messageId: string;
  attachmentId: string;
}): Promise<AttachmentRow> {
  return scope(async (trx) => {
    const repository = createMailboxRepository({ trx });
    const message = await repository.findOfCitizen(citizenId, messageId);
    if (!message) throw mailboxErrors.mailbox_message_not_found();
    const attachment = (await repository.attachmentsOf([message.id])).find((a) => a.id === attachmentId);
    if (!attachment) throw mailboxErrors.mailbox_attachment_not_found();
    if (!message.firstOpenedAt) await recordRetrieval(trx, audit, now, citizenId, message);
    return attachment;
  });
}
