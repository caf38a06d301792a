// The administration page for API clients: the list, the form to create one, and the token shown once.
import { apiScopes, isApiScope, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { apiClientText as text, scopeText } from './api-clients.messages.ts';
import { StaffLayout } from './identity.pages.tsx';

export const API_CLIENTS_PATH = '/intern/verwaltung/api-clients';

export interface ApiClientRow {
  id: string;
  name: string;
  scopes: string[];
  tokenPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiClientFieldError {
  field: 'name' | 'scopes';
  message: string;
}

function formatDate(ctx: RequestContext, date: Date): string {
  return new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

function scopeLabel(ctx: RequestContext, scope: string): string {
  return isApiScope(scope) ? translate(ctx.locale, scopeText[scope]) : scope;
}

export function ApiClientsPage({
  ctx,
  actor,
  clients,
  created,
  notice,
  form = { name: '', scopes: [] },
  errors = [],
}: {
  ctx: RequestContext;
  actor: StaffActor;
  clients: ApiClientRow[];
  /** Just created: its token is shown this once. */
  created?: { name: string; token: string } | undefined;
  notice?: 'revoked' | undefined;
  form?: { name: string; scopes: string[] };
  errors?: ApiClientFieldError[];
}) {
  const t = (value: Text, values?: Record<string, string | number>) => translate(ctx.locale, value, values);
  const title = errors.length > 0 ? `${t(uiText.errorTitle)}: ${t(text.title)}` : t(text.title);
  const errorFor = (field: ApiClientFieldError['field']) => errors.find((e) => e.field === field)?.message;
  const nameError = errorFor('name');
  const scopesError = errorFor('scopes');
  return (
    <StaffLayout ctx={ctx} actor={actor} title={title} currentHref={API_CLIENTS_PATH}>
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      <Heading>{t(text.title)}</Heading>
      {created ? (
        <Alert kind="warning" title={t(text.createdTitle, { name: created.name })}>
          <p class="kern-body">{t(text.tokenWarning)}</p>
          <p class="kern-body">
            <strong>{t(text.tokenLabel)}:</strong> <code id="api-token">{created.token}</code>
          </p>
        </Alert>
      ) : null}
      {notice === 'revoked' ? <Alert kind="success" title={t(text.revoked)} /> : null}
      <p class="kern-body">{t(text.intro)}</p>

      <section aria-labelledby="clients-heading" class="stack">
        <Heading level={2} id="clients-heading">
          {t(text.listHeading)}
        </Heading>
        {clients.length === 0 ? (
          <p class="kern-body">{t(text.none)}</p>
        ) : (
          <div class="kern-table-responsive">
            <table class="kern-table">
              <caption class="kern-sr-only">{t(text.listHeading)}</caption>
              <thead class="kern-table__header">
                <tr class="kern-table__row">
                  {[
                    text.nameColumn,
                    text.prefixColumn,
                    text.scopesColumn,
                    text.createdColumn,
                    text.lastUsedColumn,
                    text.statusColumn,
                  ].map((column) => (
                    <th scope="col" class="kern-table__header">
                      {t(column)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {clients.map((client) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">{client.name}</td>
                    <td class="kern-table__cell">
                      <code>{`${client.tokenPrefix}…`}</code>
                    </td>
                    <td class="kern-table__cell">
                      {client.scopes.length === 0
                        ? t(text.noScopes)
                        : client.scopes.map((scope) => scopeLabel(ctx, scope)).join(', ')}
                    </td>
                    <td class="kern-table__cell">{formatDate(ctx, client.createdAt)}</td>
                    <td class="kern-table__cell">
                      {client.lastUsedAt ? formatDate(ctx, client.lastUsedAt) : t(text.never)}
                    </td>
                    <td class="kern-table__cell">
                      {client.revokedAt ? (
                        t(text.revokedAt, { date: formatDate(ctx, client.revokedAt) })
                      ) : (
                        <form method="post" action={`${API_CLIENTS_PATH}/${client.id}/widerrufen`}>
                          <CsrfField token={ctx.csrfToken} />
                          {t(text.active)}{' '}
                          <button
                            class="kern-btn kern-btn--secondary kern-btn--x-small"
                            type="submit"
                            aria-label={t(text.revokeLabel, { name: client.name })}
                          >
                            <span class="kern-label">{t(text.revokeButton)}</span>
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="create-heading" class="stack">
        <Heading level={2} id="create-heading">
          {t(text.createHeading)}
        </Heading>
        {/* novalidate: the server's messages (with the summary above) replace the browser's bubbles. */}
        <form method="post" action={API_CLIENTS_PATH} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          <div class={`kern-form-input${nameError ? ' kern-form-input--error' : ''}`}>
            <label class="kern-label" for="name">
              {t(text.nameLabel)}
            </label>
            <div class="kern-hint" id="name-hint">
              {t(text.nameHint)}
            </div>
            {nameError ? (
              <p class="kern-error" id="name-error">
                <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true"></span>
                <span class="kern-body">{nameError}</span>
              </p>
            ) : null}
            <input
              class={`kern-form-input__input${nameError ? ' kern-form-input__input--error' : ''}`}
              id="name"
              name="name"
              type="text"
              maxlength="200"
              autocomplete="off"
              value={form.name}
              aria-invalid={nameError ? 'true' : undefined}
              aria-describedby={nameError ? 'name-hint name-error' : 'name-hint'}
            />
          </div>
          <fieldset class={`kern-fieldset${scopesError ? ' kern-fieldset--error' : ''}`} id="scopes">
            <legend class="kern-label">{t(text.scopesLegend)}</legend>
            {scopesError ? (
              <p class="kern-error">
                <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true"></span>
                <span class="kern-body">{scopesError}</span>
              </p>
            ) : null}
            <div class="kern-fieldset__body">
              {apiScopes.map((scope) => (
                <div class="kern-form-check">
                  <input
                    class="kern-form-check__checkbox"
                    id={`scope-${scope}`}
                    name="scopes"
                    type="checkbox"
                    value={scope}
                    checked={form.scopes.includes(scope)}
                  />
                  <label class="kern-label" for={`scope-${scope}`}>
                    {`${t(scopeText[scope])} (${scope})`}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.createButton)}</span>
          </button>
        </form>
      </section>
    </StaffLayout>
  );
}
