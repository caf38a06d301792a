// The search page: a GET form (works without JavaScript, every search is a bookmarkable address), the
// hits with snippet, file reference, case, type and date, and a link to the next page.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import { StaffLayout } from '../identity/index.ts';
import { searchText as text } from './records.search.messages.ts';
import type { SearchHit, SearchResult } from './records.search.usecases.ts';
import { casePath, documentPath } from './records.workflow.paths.ts';

export const SEARCH_PATH = '/intern/suche';

/** The form's fields as they appear in the address (German names, empty = not set). */
export interface SearchForm {
  q: string;
  amt: string;
  aktenplan: string;
  art: string;
  vorgang: string;
  von: string;
  bis: string;
}

export function searchHref(form: SearchForm, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) if (value) params.set(name, value);
  if (cursor) params.set('weiter', cursor);
  return `${SEARCH_PATH}?${params}`;
}

function formatDate(ctx: RequestContext, isoDate: string): string {
  return new Intl.DateTimeFormat(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function Hit(props: { ctx: RequestContext; hit: SearchHit }) {
  const { ctx, hit } = props;
  const t = (value: Text) => translate(ctx.locale, value);
  const type = text.documentTypes[hit.documentType];
  return (
    <li>
      <h3 class="kern-heading-small">
        <a class="kern-link" href={documentPath(hit.documentId)}>
          {hit.title}
        </a>
        {hit.titleMatch ? <span class="kern-sr-only"> ({t(text.titleMatch)})</span> : null}
      </h3>
      <p class="kern-body kern-body--small">
        {t(text.fileReference)} {hit.fileReference} · {t(text.case)}{' '}
        <a class="kern-link" href={casePath(hit.caseId)}>
          {hit.caseNumber}: {hit.caseTitle}
        </a>{' '}
        · {type ? t(type) : hit.documentType} · {formatDate(ctx, hit.documentDate)}
      </p>
      <p class="kern-body">
        {hit.snippet && hit.snippet.length > 0
          ? hit.snippet.map((part) => (part.hit ? <mark>{part.text}</mark> : part.text))
          : t(text.noText)}
      </p>
    </li>
  );
}

export function SearchPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  form: SearchForm;
  departments: { id: string; number: string; name: string }[];
  result: SearchResult;
}) {
  const { ctx, form, result } = props;
  const t = (value: Text, values?: Record<string, string | number>) => translate(ctx.locale, value, values);
  const any = { value: '', label: t(text.any) };
  return (
    <StaffLayout ctx={ctx} actor={props.actor} title={t(text.title)} currentHref={SEARCH_PATH}>
      <Heading>{t(text.title)}</Heading>
      <p class="kern-body">{t(text.intro)}</p>
      <form method="get" action={SEARCH_PATH} role="search" class="stack">
        <InputField id="q" label={t(text.query)} type="search" value={form.q} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t(text.filters)}</legend>
          <div class="kern-fieldset__body audit-filter">
            <SelectField
              id="amt"
              label={t(text.department)}
              value={form.amt}
              options={[
                any,
                ...props.departments.map((d) => ({ value: d.id, label: `${d.number} ${d.name}` })),
              ]}
            />
            <InputField
              id="aktenplan"
              label={t(text.planCode)}
              hint={t(text.planCodeHint)}
              value={form.aktenplan}
            />
            <SelectField
              id="art"
              label={t(text.documentType)}
              value={form.art}
              options={[
                any,
                ...Object.entries(text.documentTypes).map(([value, label]) => ({ value, label: t(label) })),
              ]}
            />
            <SelectField
              id="vorgang"
              label={t(text.status)}
              value={form.vorgang}
              options={[
                any,
                { value: 'offen', label: t(text.open) },
                { value: 'abgeschlossen', label: t(text.closed) },
              ]}
            />
            <InputField id="von" label={t(text.from)} type="date" value={form.von} />
            <InputField id="bis" label={t(text.to)} type="date" value={form.bis} />
          </div>
        </fieldset>
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t(text.submit)}</span>
        </button>
      </form>
      {result.searched ? (
        <section aria-labelledby="treffer" class="stack">
          <h2 class="kern-heading-medium" id="treffer">
            {t(text.results)}
          </h2>
          {result.corrected.length > 0 ? (
            <Alert kind="info" title={t(text.corrected, { words: result.corrected.join(' ') })} />
          ) : null}
          {result.hits.length === 0 ? (
            <p class="kern-body">{t(text.none)}</p>
          ) : (
            <ol class="stack">
              {result.hits.map((hit) => (
                <Hit ctx={ctx} hit={hit} />
              ))}
            </ol>
          )}
          {result.nextCursor ? (
            <p>
              <a class="kern-link" href={searchHref(form, result.nextCursor)}>
                {t(text.next)}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
    </StaffLayout>
  );
}
