// The e-mail inbox of the Rechnungseingang: one poll of the configured IMAP mailbox. Every message not yet
// taken is read; each XML or PDF attachment goes through the same intake as an upload (validation, filing,
// routing). What came of it is recorded in the audit trail — the invoices made, or why the message was
// refused — and a refused sender is told why by e-mail. Only then is the message marked as taken (a
// keyword, or \Seen where the server allows no keywords) and moved to the done folder if one is set.
// A crash between intake and marking takes the message again at the next poll: the intake is idempotent
// by content hash, so no invoice is made twice (the record and the answer may then repeat).
import type { Readable } from 'node:stream';
import { ImapFlow, type MessageStructureObject } from 'imapflow';
import type { Kysely } from 'kysely';
import { withTenant, type TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { discardStaged, stageUpload, type StagedFile } from '../records/index.ts';
import type { InvoicesDeps } from './invoices.deps.ts';
import { receiveInvoice } from './invoices.intake.ts';
import type { InvoicesTables } from './invoices.tables.ts';

export interface MailInboxSettings {
  url: string;
  user: string;
  password: string;
  mailbox: string;
  doneMailbox?: string | undefined;
  answerRefusals: boolean;
}

export interface MailOutcome {
  uid: number;
  messageId: string | null;
  from: string | null;
  subject: string;
  invoices: { fileName: string; reference: string; created: boolean }[];
  refused: { fileName: string | null; reason: string }[];
}

/** The keyword that marks a message as taken; servers without custom keywords get \Seen instead. */
export const TAKEN_KEYWORD = '$RathausRechnung';
/** More attachments than this in one message are refused, not read. */
const MAX_ATTACHMENTS = 20;

interface Attachment {
  part: string;
  fileName: string;
  size: number;
}

interface Message {
  uid: number;
  messageId: string | null;
  from: string | null;
  subject: string;
  automatic: boolean;
  attachments: Attachment[];
}

const invoiceTypes = new Set(['application/xml', 'text/xml', 'application/pdf']);

/** The invoice candidates of a message: XML and PDF parts, by type or by file name. */
export function invoiceAttachments(structure: MessageStructureObject | undefined): Attachment[] {
  const found: Attachment[] = [];
  const visit = (node: MessageStructureObject, isRoot: boolean) => {
    if (node.childNodes?.length) {
      for (const child of node.childNodes) visit(child, false);
      return;
    }
    const name = node.dispositionParameters?.filename ?? node.parameters?.name ?? '';
    const type = node.type.toLowerCase();
    if (!invoiceTypes.has(type) && !/\.(xml|pdf)$/i.test(name)) return;
    const extension = type === 'application/pdf' || /\.pdf$/i.test(name) ? 'pdf' : 'xml';
    found.push({
      // A message that is a single part carries its content as part 1.
      part: node.part ?? (isRoot ? '1' : ''),
      fileName: cleanName(name) || `anhang-${found.length + 1}.${extension}`,
      size: node.size ?? 0,
    });
  };
  if (structure) visit(structure, true);
  return found.filter((attachment) => attachment.part !== '');
}

function cleanName(name: string): string {
  return name
    .replace(/[\\/]+/g, '_')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);
}

/** Auto-replies, bounces and list mail get no answer, so two robots never write to each other forever. */
function isAutomatic(headers: Buffer | undefined, from: string | null): boolean {
  const text = headers?.toString('latin1').toLowerCase() ?? '';
  const autoSubmitted = /^auto-submitted:\s*(\S+)/m.exec(text)?.[1];
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (/^precedence:\s*(bulk|junk|list)/m.test(text)) return true;
  return !from || /^(mailer-daemon|postmaster|no-?reply)@/i.test(from);
}

function clientFor(settings: MailInboxSettings): ImapFlow {
  const url = new URL(settings.url);
  const secure = url.protocol === 'imaps:';
  return new ImapFlow({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    disableAutoIdle: true,
  });
}

const reasonOf = (error: AppError) =>
  translate('de', error.text, (error.details ?? {}) as Record<string, string>);

/** Reads every message not yet taken; returns what became of each. */
export async function pollInvoiceMailbox(
  deps: InvoicesDeps,
  tenantId: string,
  settings: MailInboxSettings,
): Promise<MailOutcome[]> {
  const client = clientFor(settings);
  await client.connect();
  try {
    const lock = await client.getMailboxLock(settings.mailbox);
    try {
      const keywords = client.mailbox && client.mailbox.permanentFlags?.has('\\*');
      const marker = keywords ? TAKEN_KEYWORD : '\\Seen';
      const uids =
        (await client.search(
          keywords ? { unKeyword: TAKEN_KEYWORD, deleted: false } : { seen: false, deleted: false },
          { uid: true },
        )) || [];
      if (uids.length === 0) return [];
      // Read the list first: no other command may run while a FETCH streams.
      const messages: Message[] = [];
      for await (const message of client.fetch(
        uids,
        { uid: true, envelope: true, bodyStructure: true, headers: ['auto-submitted', 'precedence'] },
        { uid: true },
      )) {
        const from = message.envelope?.from?.[0]?.address ?? null;
        messages.push({
          uid: message.uid,
          messageId: message.envelope?.messageId ?? null,
          from,
          subject: (message.envelope?.subject ?? '').slice(0, 300),
          automatic: isAutomatic(message.headers, from),
          attachments: invoiceAttachments(message.bodyStructure),
        });
      }
      messages.sort((a, b) => a.uid - b.uid);
      const outcomes: MailOutcome[] = [];
      for (const message of messages) {
        const outcome = await takeMessage(deps, tenantId, settings, client, message);
        await record(deps, tenantId, settings, outcome, message.automatic);
        await client.messageFlagsAdd(String(message.uid), [marker], { uid: true });
        if (settings.doneMailbox)
          await client.messageMove(String(message.uid), settings.doneMailbox, { uid: true });
        outcomes.push(outcome);
      }
      return outcomes;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function takeMessage(
  deps: InvoicesDeps,
  tenantId: string,
  settings: MailInboxSettings,
  client: ImapFlow,
  message: Message,
): Promise<MailOutcome> {
  const outcome: MailOutcome = {
    uid: message.uid,
    messageId: message.messageId,
    from: message.from,
    subject: message.subject,
    invoices: [],
    refused: [],
  };
  if (message.attachments.length === 0) {
    outcome.refused.push({
      fileName: null,
      reason:
        'Die Nachricht enthält keine Rechnung: Bitte senden Sie die E-Rechnung (XRechnung als XML oder ZUGFeRD/Factur-X als PDF) als Anhang.',
    });
    return outcome;
  }
  if (message.attachments.length > MAX_ATTACHMENTS) {
    outcome.refused.push({
      fileName: null,
      reason: `Die Nachricht hat mehr als ${MAX_ATTACHMENTS} Anhänge; bitte senden Sie jede Rechnung einzeln.`,
    });
    return outcome;
  }
  for (const attachment of message.attachments) {
    // The encoded size (base64 adds a third): too big is refused before anything is downloaded.
    if (attachment.size > Math.ceil((deps.ingest.maxFileBytes * 4) / 3) + 4096) {
      outcome.refused.push({ fileName: attachment.fileName, reason: 'Die Datei ist zu groß.' });
      continue;
    }
    let staged: StagedFile | undefined;
    try {
      const { content } = await client.download(String(message.uid), attachment.part, { uid: true });
      staged = await stageUpload(content as Readable, deps.ingest);
      const received = await receiveInvoice(deps, tenantId, {
        staged,
        fileName: attachment.fileName,
        source: 'email',
        actor: { type: 'system' },
      });
      outcome.invoices.push({
        fileName: attachment.fileName,
        reference: received.reference,
        created: received.created,
      });
    } catch (error) {
      // A refusal of this file (not XML, rejected by the validation, too large): recorded and answered.
      // Anything else (database, worker pool) fails the poll, and the message is taken again later.
      if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
      outcome.refused.push({ fileName: attachment.fileName, reason: reasonOf(error) });
    } finally {
      await discardStaged(staged);
    }
  }
  return outcome;
}

async function record(
  deps: InvoicesDeps,
  tenantId: string,
  settings: MailInboxSettings,
  outcome: MailOutcome,
  automatic: boolean,
) {
  const answer = settings.answerRefusals && outcome.refused.length > 0 && !automatic && outcome.from;
  await withTenant(deps.db as Kysely<InvoicesTables>, tenantId, async (trx) => {
    const shared = trx as unknown as TenantTransaction<unknown>;
    await deps.audit.append(shared, {
      actor: { type: 'system' },
      action: outcome.invoices.length > 0 ? 'invoices.mail_received' : 'invoices.mail_refused',
      object: { type: 'invoice_mail', id: null },
      summary: {
        messageId: outcome.messageId,
        from: outcome.from,
        subject: outcome.subject,
        invoices: outcome.invoices.map((invoice) => invoice.reference),
        refused: outcome.refused,
        answered: Boolean(answer),
      },
    });
    if (answer)
      await deps.mailer.send(
        {
          tenantId,
          to: outcome.from!,
          subject: `Ihre Nachricht „${outcome.subject || 'ohne Betreff'}“: Rechnung nicht angenommen`.slice(
            0,
            300,
          ),
          text: refusalText(outcome),
        },
        trx,
      );
  });
}

export function refusalText(outcome: MailOutcome): string {
  const lines = [
    'Sehr geehrte Damen und Herren,',
    '',
    'Ihre Nachricht an unseren Rechnungseingang konnten wir nicht (vollständig) annehmen:',
    '',
    ...outcome.refused.map(
      (refusal) => `- ${refusal.fileName ? `${refusal.fileName}: ` : ''}${refusal.reason}`,
    ),
  ];
  if (outcome.invoices.length > 0)
    lines.push(
      '',
      'Angenommen wurden:',
      ...outcome.invoices.map((invoice) => `- ${invoice.fileName} (unser Zeichen ${invoice.reference})`),
    );
  lines.push(
    '',
    'Bitte senden Sie gegebenenfalls eine berichtigte Rechnung.',
    '',
    'Mit freundlichen Grüßen',
    'Rechnungseingang',
    '',
    'Diese Nachricht wurde automatisch erstellt.',
  );
  return lines.join('\n');
}
