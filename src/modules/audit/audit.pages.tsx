// The audit trail as records managers and administrators read it: newest first, filterable by object.
import type { StaffActor } from '../access/index.ts';
import { StaffLayout } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Heading } from '../../platform/ui/components.tsx';
import { auditText as text } from './audit.messages.ts';
import type { AuditEntryView, AuditFilter } from './audit.usecases.ts';

export const AUDIT_PATH = '/intern/protokoll';

function formatTime(ctx: RequestContext, date: Date): string {
  return new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

function olderHref(filter: AuditFilter, beforeSeq: string): string {
  const params = new URLSearchParams();
  if (filter.objectType) params.set('objekttyp', filter.objectType);
  if (filter.objectId) params.set('objekt', filter.objectId);
  if (filter.action) params.set('aktion', filter.action);
  params.set('vor', beforeSeq);
  return `${AUDIT_PATH}?${params}`;
}

export function AuditPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  filter: AuditFilter;
  entries: AuditEntryView[];
  nextBeforeSeq: string | null;
}) {
  const t = (value: Text) => translate(props.ctx.locale, value);
  const { filter } = props;
  return (
    <StaffLayout ctx={props.ctx} actor={props.actor} title={t(text.title)} currentHref={AUDIT_PATH}>
      <Heading>{t(text.title)}</Heading>
      <p class="kern-body">{t(text.intro)}</p>
      <form method="get" action={AUDIT_PATH} class="audit-filter">
        <div class="kern-form-input">
          <label class="kern-label" for="objekttyp">
            {t(text.objectType)}
          </label>
          <input
            class="kern-form-input__input"
            id="objekttyp"
            name="objekttyp"
            value={filter.objectType ?? ''}
          />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="objekt">
            {t(text.objectId)}
          </label>
          <input class="kern-form-input__input" id="objekt" name="objekt" value={filter.objectId ?? ''} />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="aktion">
            {t(text.action)}
          </label>
          <input class="kern-form-input__input" id="aktion" name="aktion" value={filter.action ?? ''} />
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t(text.filter)}</span>
        </button>
      </form>
      {props.entries.length === 0 ? (
        <p class="kern-body">{t(text.none)}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{t(text.title)}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header kern-table__header--numeric">
                  {t(text.number)}
                </th>
                <th scope="col" class="kern-table__header">
                  {t(text.time)}
                </th>
                <th scope="col" class="kern-table__header">
                  {t(text.actor)}
                </th>
                <th scope="col" class="kern-table__header">
                  {t(text.action)}
                </th>
                <th scope="col" class="kern-table__header">
                  {t(text.object)}
                </th>
                <th scope="col" class="kern-table__header">
                  {t(text.details)}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {props.entries.map((entry) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell kern-table__cell--numeric">{entry.seq}</td>
                  <td class="kern-table__cell">{formatTime(props.ctx, entry.occurredAt)}</td>
                  <td class="kern-table__cell">
                    {t(text.actorTypes[entry.actorType])}
                    {entry.actorId ? <code> {entry.actorId}</code> : null}
                    {entry.onBehalfOf ? (
                      <>
                        {' '}
                        ({t(text.onBehalfOf)} <code>{entry.onBehalfOf}</code>)
                      </>
                    ) : null}
                  </td>
                  <td class="kern-table__cell">
                    <code>{entry.action}</code>
                  </td>
                  <td class="kern-table__cell">
                    <code>{entry.objectType}</code>
                    {entry.objectId ? <code> {entry.objectId}</code> : null}
                  </td>
                  <td class="kern-table__cell">
                    <code class="audit-summary">{JSON.stringify(entry.summary)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.nextBeforeSeq ? (
        <p>
          <a class="kern-link" href={olderHref(filter, props.nextBeforeSeq)}>
            {t(text.older)}
          </a>
        </p>
      ) : null}
    </StaffLayout>
  );
}
