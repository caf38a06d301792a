// The public Fundbüro: search found items, one item with the claim form, and the reporter's own pages
// reached by the link in their mail (the forms to report a loss or a find: lostfound.public.forms.tsx). Only presenter fields (lostfound.presenter.ts) appear here.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import { CATEGORIES } from './lostfound.categories.ts';
import { MATCH_LABELS } from './lostfound.labels.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import type { PublicItem } from './lostfound.presenter.ts';
import {
  categoryOptions,
  day,
  errorFor,
  Facts,
  PostForm,
  Submit,
  Table,
  tx,
  type PageError,
} from './lostfound.ui.tsx';
import type { MatchView, ReporterView } from './lostfound.views.ts';
import { Page } from './lostfound.public.frame.tsx';

type Values = Record<string, string | undefined>;

function ItemFacts(props: { ctx: RequestContext; item: PublicItem }) {
  const { ctx, item } = props;
  return (
    <div class="stack">
      <Facts
        items={[
          [tx(ctx, 'Fundnummer', 'Item number'), item.number],
          [tx(ctx, 'Kategorie', 'Category'), item.categoryLabel],
          [tx(ctx, 'Beschreibung', 'Description'), item.description],
          [
            tx(ctx, 'Farbe / Marke', 'Colour / brand'),
            [item.colour, item.brand].filter(Boolean).join(' / ') || '–',
          ],
          [tx(ctx, 'Gefunden am', 'Found on'), day(ctx, item.foundOn)],
          [
            tx(ctx, 'Fundort', 'Place'),
            `${item.foundPlace}${item.foundDistrict ? ` (${item.foundDistrict})` : ''}`,
          ],
        ]}
      />
      {item.photoIds.map((photoId, index) => (
        <img
          src={LOST_FOUND_PATHS.publicPhoto(item.id, photoId)}
          alt={`${tx(ctx, 'Foto', 'Photo')} ${index + 1}: ${item.categoryLabel}`}
          width="240"
        />
      ))}
    </div>
  );
}

const Links = (props: { ctx: RequestContext }) => (
  <ul class="kern-list">
    <li>
      <a class="kern-link" href={LOST_FOUND_PATHS.lossReport}>
        {tx(props.ctx, 'Verlust melden', 'Report a loss')}
      </a>
    </li>
    <li>
      <a class="kern-link" href={LOST_FOUND_PATHS.findReport}>
        {tx(props.ctx, 'Fund melden', 'Report a find')}
      </a>
    </li>
  </ul>
);

export function SearchPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  filters: Values;
  results: PublicItem[];
  errors?: PageError[];
}) {
  const { ctx, filters, errors } = props;
  return (
    <Page
      ctx={ctx}
      de="Fundbüro: Fundsachen suchen"
      en="Lost and found: search found items"
      signedIn={props.signedIn}
      errors={errors}
    >
      <p class="kern-body">
        {tx(
          ctx,
          'Hier sehen Sie die Fundsachen, die im Fundbüro liegen oder bei der Finderin oder dem Finder angezeigt sind. Namen und Nummern zeigen wir nicht: Mit ihnen weisen Sie nach, dass die Sache Ihnen gehört.',
          'These are the items held by the office or reported by their finders. We show no names or numbers: they are how you prove an item is yours.',
        )}
      </p>
      <Links ctx={ctx} />
      <form method="get" action={LOST_FOUND_PATHS.search} class="stack" role="search">
        <SelectField
          id="category"
          label={tx(ctx, 'Kategorie', 'Category')}
          options={categoryOptions(ctx, true)}
          value={filters.category}
        />
        <InputField
          id="from"
          label={tx(ctx, 'Gefunden ab', 'Found from')}
          type="date"
          value={filters.from}
          error={errorFor(errors, 'from')}
        />
        <InputField
          id="to"
          label={tx(ctx, 'Gefunden bis', 'Found until')}
          type="date"
          value={filters.to}
          error={errorFor(errors, 'to')}
        />
        <InputField id="place" label={tx(ctx, 'Fundort', 'Place')} value={filters.place} />
        <Submit label={tx(ctx, 'Suchen', 'Search')} />
      </form>
      {props.results.length === 0 ? (
        <p class="kern-body">{tx(ctx, 'Keine Fundsache gefunden.', 'No found item.')}</p>
      ) : (
        <Table
          caption={tx(ctx, `${props.results.length} Fundsachen`, `${props.results.length} found items`)}
          headers={[
            tx(ctx, 'Fundnummer', 'Number'),
            tx(ctx, 'Kategorie', 'Category'),
            tx(ctx, 'Beschreibung', 'Description'),
            tx(ctx, 'Gefunden am', 'Found on'),
            tx(ctx, 'Fundort', 'Place'),
          ]}
          rows={props.results.map((item) => [
            <a class="kern-link" href={LOST_FOUND_PATHS.publicItem(item.id)}>
              {item.number}
            </a>,
            item.categoryLabel,
            [item.description, item.colour, item.brand].filter(Boolean).join(', '),
            day(ctx, item.foundOn),
            item.foundPlace,
          ])}
        />
      )}
    </Page>
  );
}

function ClaimForm(props: {
  ctx: RequestContext;
  itemId: string;
  values: Values;
  errors?: PageError[] | undefined;
  match?: { id: string; token: string };
}) {
  const { ctx, values, errors } = props;
  return (
    <div class="stack">
      <Heading level={2}>{tx(ctx, 'Das gehört mir: Anspruch anmelden', 'This is mine: claim it')}</Heading>
      <PostForm ctx={ctx} action={LOST_FOUND_PATHS.publicClaim(props.itemId)}>
        {props.match ? (
          <>
            <input type="hidden" name="match" value={props.match.id} />
            <input type="hidden" name="token" value={props.match.token} />
          </>
        ) : null}
        <InputField
          id="name"
          label={tx(ctx, 'Ihr Name', 'Your name')}
          value={values.name}
          error={errorFor(errors, 'name')}
          autocomplete="name"
        />
        <InputField
          id="email"
          type="email"
          label={tx(ctx, 'E-Mail-Adresse', 'E-mail address')}
          value={values.email}
          error={errorFor(errors, 'email')}
          autocomplete="email"
        />
        <TextareaField
          id="statement"
          label={tx(
            ctx,
            'Woran erkennen wir, dass die Sache Ihnen gehört?',
            'How can we tell the item is yours?',
          )}
          hint={tx(
            ctx,
            'Zum Beispiel Inhalt, besondere Merkmale, Kaufbeleg.',
            'For example contents, special features, receipt.',
          )}
          value={values.statement}
          error={errorFor(errors, 'statement')}
        />
        <Submit label={tx(ctx, 'Anspruch anmelden', 'Claim the item')} />
      </PostForm>
    </div>
  );
}

export function PublicItemPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  item: PublicItem;
  values?: Values;
  errors?: PageError[];
  match?: { id: string; token: string };
  claimed?: boolean;
}) {
  const { ctx, item } = props;
  return (
    <Page
      ctx={ctx}
      de={`Fundsache ${item.number}`}
      en={`Found item ${item.number}`}
      signedIn={props.signedIn}
      errors={props.errors}
    >
      {props.claimed ? (
        <Alert
          kind="success"
          title={tx(
            ctx,
            'Ihr Anspruch ist eingegangen. Das Fundbüro prüft ihn und meldet sich bei Ihnen; bringen Sie zur Abholung einen Ausweis mit.',
            'Your claim has been received. The office will check it and contact you; bring ID when collecting.',
          )}
        />
      ) : null}
      <ItemFacts ctx={ctx} item={item} />
      {props.claimed ? null : (
        <ClaimForm
          ctx={ctx}
          itemId={item.id}
          values={props.values ?? {}}
          errors={props.errors}
          {...(props.match ? { match: props.match } : {})}
        />
      )}
      <p class="kern-body">
        <a class="kern-link" href={LOST_FOUND_PATHS.search}>
          {tx(ctx, 'Zur Suche', 'Back to the search')}
        </a>
      </p>
    </Page>
  );
}

export function MatchPage(props: { ctx: RequestContext; signedIn: boolean; view: MatchView; token: string }) {
  const { ctx, view } = props;
  return (
    <Page
      ctx={ctx}
      de={`Möglicher Treffer zu ${view.report.number}`}
      en={`Possible match for ${view.report.number}`}
      signedIn={props.signedIn}
    >
      <p class="kern-body">
        {tx(
          ctx,
          `Diese Fundsache könnte zu Ihrer Verlustanzeige ${view.report.number} passen (${translate(ctx.locale, MATCH_LABELS[view.match.status])}).`,
          `This found item may match your loss report ${view.report.number} (${translate(ctx.locale, MATCH_LABELS[view.match.status])}).`,
        )}
      </p>
      <ItemFacts ctx={ctx} item={view.item} />
      <ClaimForm
        ctx={ctx}
        itemId={view.item.id}
        values={{ name: view.report.name, email: view.report.email }}
        match={{ id: view.match.id, token: props.token }}
      />
    </Page>
  );
}

export function ReportPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  view: ReporterView;
  token: string | undefined;
  fresh: boolean;
}) {
  const { ctx, view } = props;
  const { report } = view;
  return (
    <Page
      ctx={ctx}
      de={`Ihre Verlustanzeige ${report.number}`}
      en={`Your loss report ${report.number}`}
      signedIn={props.signedIn}
    >
      {props.fresh ? (
        <Alert
          kind="success"
          title={tx(
            ctx,
            'Ihre Verlustanzeige ist eingegangen. Eine Bestätigung mit dem Link zu dieser Seite ist per E-Mail unterwegs.',
            'Your loss report has been received. A confirmation with the link to this page is on its way by e-mail.',
          )}
        />
      ) : null}
      <Facts
        items={[
          [tx(ctx, 'Kategorie', 'Category'), CATEGORIES[report.category]],
          [tx(ctx, 'Beschreibung', 'Description'), report.description],
          [
            tx(ctx, 'Verloren', 'Lost'),
            report.lostFrom === report.lostTo
              ? day(ctx, report.lostFrom)
              : `${day(ctx, report.lostFrom)} – ${day(ctx, report.lostTo)}`,
          ],
          [tx(ctx, 'Abgleich bis', 'Matched until'), day(ctx, report.openUntil)],
        ]}
      />
      <Heading level={2}>{tx(ctx, 'Mögliche Treffer', 'Possible matches')}</Heading>
      {view.matches.length === 0 ? (
        <p class="kern-body">
          {tx(
            ctx,
            'Bisher passt keine Fundsache. Wir schreiben Ihnen, sobald sich das ändert.',
            'No found item matches yet. We will write to you when that changes.',
          )}
        </p>
      ) : (
        <ul class="kern-list">
          {view.matches.map(({ match, item }) =>
            item ? (
              <li>
                <a class="kern-link" href={LOST_FOUND_PATHS.publicItem(item.id)}>
                  {`${item.number}: ${item.categoryLabel}, ${day(ctx, item.foundOn)}, ${item.foundPlace}`}
                </a>{' '}
                ({translate(ctx.locale, MATCH_LABELS[match.status])})
              </li>
            ) : null,
          )}
        </ul>
      )}
    </Page>
  );
}
