// The citizen's Postfach pages: the list (newest first, unread in bold with "neu") and one message with
// its attachments, the citizen's replies and the reply form (plain multipart, works without JavaScript).
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { Alert, CsrfField, Heading } from '../../../platform/ui/components.tsx';
import { FieldError } from '../../../platform/ui/form-fields.tsx';
import { CitizenPage, type CitizenFieldError } from '../../citizens/index.ts';
import { kindText, mailboxText } from './mailbox.messages.ts';
import { MAILBOX_PATHS } from './mailbox.paths.ts';
import type { MessageSummaryRow } from './mailbox.repository.ts';
import { maxReplyCharacters } from './mailbox.reply.ts';
import type { MailboxMessage } from './mailbox.usecases.ts';
import type { MessageKind } from './mailbox.tables.ts';

const t = (ctx: RequestContext, text: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, text, values);

const tag = (ctx: RequestContext) => (ctx.locale === 'de' ? 'de-DE' : 'en-GB');

function dateTime(ctx: RequestContext, at: Date): string {
  return new Intl.DateTimeFormat(tag(ctx), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(at);
}

/** A calendar day (YYYY-MM-DD) as people here write it. */
function day(ctx: RequestContext, iso: string): string {
  return new Intl.DateTimeFormat(tag(ctx), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

const kindBadge: Record<MessageKind, 'info' | 'warning' | 'success'> = {
  notice: 'success',
  query: 'warning',
  message: 'info',
};

function Badge(props: { kind: 'info' | 'warning' | 'success'; label: string }) {
  return (
    <span class={`kern-badge kern-badge--${props.kind}`}>
      <span class="kern-label">{props.label}</span>
    </span>
  );
}

/** Paragraphs at blank lines, line breaks kept: the text is plain and rendered escaped. */
function PlainText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p class="kern-body">
          {paragraph.split('\n').map((line, index) => (index === 0 ? line : [<br />, line]))}
        </p>
      ))}
    </>
  );
}

export function InboxPage(props: { ctx: RequestContext; messages: MessageSummaryRow[]; olderHref?: string }) {
  const { ctx, messages } = props;
  return (
    <CitizenPage ctx={ctx} title={mailboxText.listTitle} current={MAILBOX_PATHS.list} signedIn>
      <p class="kern-body">{t(ctx, mailboxText.listIntro)}</p>
      {messages.length === 0 ? (
        <p class="kern-body">{t(ctx, mailboxText.empty)}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{t(ctx, mailboxText.listTitle)}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                {[
                  mailboxText.columnSubject,
                  mailboxText.columnKind,
                  mailboxText.columnReceived,
                  mailboxText.columnDeadline,
                ].map((column) => (
                  <th scope="col" class="kern-table__header">
                    {t(ctx, column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {messages.map((message) => {
                const unread = message.firstOpenedAt === null;
                const link = (
                  <a class="kern-link" href={MAILBOX_PATHS.message(message.id)}>
                    {message.subject}
                  </a>
                );
                return (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      {unread ? (
                        <>
                          <strong>{link}</strong> <Badge kind="info" label={t(ctx, mailboxText.newBadge)} />
                          <span class="kern-sr-only"> ({t(ctx, mailboxText.unreadHint)})</span>
                        </>
                      ) : (
                        link
                      )}
                    </td>
                    <td class="kern-table__cell">
                      <Badge kind={kindBadge[message.kind]} label={t(ctx, kindText[message.kind])} />
                    </td>
                    <td class="kern-table__cell">{dateTime(ctx, message.createdAt)}</td>
                    <td class="kern-table__cell">{message.replyBy ? day(ctx, message.replyBy) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {props.olderHref ? (
        <p class="kern-body">
          <a class="kern-link" href={props.olderHref}>
            {t(ctx, mailboxText.older)}
          </a>
        </p>
      ) : null}
    </CitizenPage>
  );
}

function Attachments(props: { ctx: RequestContext; message: MailboxMessage }) {
  const { ctx, message } = props;
  if (message.attachments.length === 0) return null;
  return (
    <ul class="kern-list">
      {message.attachments.map((attachment) => (
        <li>
          <a
            class="kern-link"
            href={MAILBOX_PATHS.attachment(message.id, attachment.id)}
            download={attachment.fileName}
          >
            {t(ctx, mailboxText.download, { name: attachment.fileName, size: size(attachment.byteSize) })}
          </a>
        </li>
      ))}
    </ul>
  );
}

export interface ReplyForm {
  text?: string;
  errors?: CitizenFieldError[];
  sent?: boolean;
  maxFiles: number;
}

export function MessagePage(props: {
  ctx: RequestContext;
  message: MailboxMessage;
  replies: MailboxMessage[];
  form: ReplyForm;
}) {
  const { ctx, message, replies, form } = props;
  const errors = form.errors ?? [];
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const textError = errorOf('nachricht');
  const filesError = errors.filter((error) => error.field === 'anhaenge').map((error) => error.message);
  const action = `${MAILBOX_PATHS.reply(message.id)}?_csrf=${encodeURIComponent(ctx.csrfToken)}`;
  return (
    <CitizenPage
      ctx={ctx}
      title={{ de: message.subject, en: message.subject }}
      current={MAILBOX_PATHS.list}
      signedIn
      errors={errors}
    >
      <p class="kern-body">
        <Badge kind={kindBadge[message.kind]} label={t(ctx, kindText[message.kind])} />
      </p>
      <ul class="kern-list">
        <li>{t(ctx, mailboxText.providedOn, { date: dateTime(ctx, message.createdAt) })}</li>
        {message.firstOpenedAt ? (
          <li id="received-on">
            {t(ctx, mailboxText.openedOn, { date: dateTime(ctx, message.firstOpenedAt) })}
          </li>
        ) : null}
      </ul>
      {message.replyBy ? (
        <Alert kind="warning" title={t(ctx, mailboxText.replyBy, { date: day(ctx, message.replyBy) })} />
      ) : null}
      {form.sent ? <Alert kind="success" title={t(ctx, mailboxText.replySent)} /> : null}
      <PlainText text={message.body} />
      {message.attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading" class="stack">
          <Heading level={2} id="attachments-heading">
            {t(ctx, mailboxText.attachmentsHeading)}
          </Heading>
          <Attachments ctx={ctx} message={message} />
        </section>
      ) : null}
      {replies.length > 0 ? (
        <section aria-labelledby="replies-heading" class="stack">
          <Heading level={2} id="replies-heading">
            {t(ctx, mailboxText.repliesHeading)}
          </Heading>
          {replies.map((reply) => (
            <article class="stack">
              <Heading level={3}>
                {t(ctx, mailboxText.sentOn, { date: dateTime(ctx, reply.createdAt) })}
              </Heading>
              <PlainText text={reply.body} />
              <Attachments ctx={ctx} message={reply} />
            </article>
          ))}
        </section>
      ) : null}
      {message.direction === 'to_citizen' ? (
        <section aria-labelledby="reply-heading" class="stack">
          <Heading level={2} id="reply-heading">
            {t(ctx, mailboxText.replyHeading)}
          </Heading>
          <p class="kern-body">{t(ctx, mailboxText.replyIntro)}</p>
          <form method="post" action={action} enctype="multipart/form-data" novalidate class="stack">
            <CsrfField token={ctx.csrfToken} />
            <div class={`kern-form-input${textError ? ' kern-form-input--error' : ''}`}>
              <label class="kern-label" for="nachricht">
                {t(ctx, mailboxText.replyTextLabel)}
              </label>
              <FieldError id="nachricht" error={textError} />
              <textarea
                class={`kern-form-input__input${textError ? ' kern-form-input__input--error' : ''}`}
                id="nachricht"
                name="nachricht"
                rows={6}
                maxlength={maxReplyCharacters}
                aria-invalid={textError ? 'true' : undefined}
                aria-describedby={textError ? 'nachricht-error' : undefined}
              >
                {form.text ?? ''}
              </textarea>
            </div>
            <div class={`kern-form-input${filesError.length > 0 ? ' kern-form-input--error' : ''}`}>
              <label class="kern-label" for="anhaenge">
                {t(ctx, mailboxText.replyFilesLabel)}
              </label>
              <div class="kern-hint" id="anhaenge-hint">
                {t(ctx, mailboxText.replyFilesHint, { count: form.maxFiles })}
              </div>
              <FieldError id="anhaenge" error={filesError.join(' ') || undefined} />
              <input
                class="kern-form-input__input"
                type="file"
                id="anhaenge"
                name="anhaenge"
                multiple
                aria-describedby={filesError.length > 0 ? 'anhaenge-hint anhaenge-error' : 'anhaenge-hint'}
              />
            </div>
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t(ctx, mailboxText.replyButton)}</span>
            </button>
          </form>
        </section>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={MAILBOX_PATHS.list}>
          {t(ctx, mailboxText.backToList)}
        </a>
      </p>
    </CitizenPage>
  );
}
