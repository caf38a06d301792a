// The Fundbüro's work list and the form for registering a found item. The work list puts first what waits
// for a decision: suggested matches, finders' online reports, owners' claims, periods ending this week.
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import { CATEGORIES } from './lostfound.categories.ts';
import { deadlineText, FINDER_CHOICE_LABELS, STATUS_LABELS } from './lostfound.labels.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import {
  categoryOptions,
  Checkbox,
  day,
  errorFor,
  PostForm,
  Submit,
  Table,
  tx,
  type PageError,
} from './lostfound.ui.tsx';
import type { Overview, OverviewRow } from './lostfound.views.ts';

const itemLink = (id: string, number: string) => (
  <a class="kern-link" href={LOST_FOUND_PATHS.item(id)}>
    {number}
  </a>
);

function deadlineCell(ctx: RequestContext, row: OverviewRow) {
  return row.deadline.kind === 'none'
    ? translate(ctx.locale, deadlineText(row.deadline))
    : `${day(ctx, row.deadline.endsOn)} – ${translate(ctx.locale, deadlineText(row.deadline))}`;
}

export function OverviewPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  overview: Overview;
  filters: { category: string; q: string };
  notice?: string | undefined;
}) {
  const { ctx, overview } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Fundbüro', 'Lost and found')}
      currentHref={LOST_FOUND_PATHS.office}
      notice={props.notice}
    >
      {overview.settingsMissing ? (
        <p class="kern-body">
          {tx(
            ctx,
            'Das Fundbüro ist für diese Gemeinde noch nicht eingerichtet.',
            'The office is not set up yet.',
          )}
        </p>
      ) : null}
      {overview.outsideOffice ? (
        <p class="kern-body">
          {tx(
            ctx,
            `Das Fundbüro wird von ${overview.officeDepartment ?? 'einem anderen Amt'} geführt. Fundsachen sehen und bearbeiten nur Beschäftigte mit einer Rolle in diesem Amt oder einem übergeordneten Amt.`,
            `The lost-and-found office is run by ${overview.officeDepartment ?? 'another department'}. Only staff with a role in that department or a department above it see and work found items.`,
          )}
        </p>
      ) : (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={LOST_FOUND_PATHS.newItem}>
            <span class="kern-label">{tx(ctx, 'Fundsache erfassen', 'Register a found item')}</span>
          </a>
        </p>
      )}
      <Heading level={2}>{tx(ctx, 'Treffer zu prüfen', 'Matches to check')}</Heading>
      {overview.suggested.length === 0 ? (
        <p class="kern-body">{tx(ctx, 'Keine offenen Treffer.', 'No open matches.')}</p>
      ) : (
        <Table
          caption={tx(ctx, 'Vorgeschlagene Treffer', 'Suggested matches')}
          headers={[
            tx(ctx, 'Fundsache', 'Found item'),
            tx(ctx, 'Verlustanzeige', 'Loss report'),
            tx(ctx, 'Übereinstimmung', 'Score'),
          ]}
          rows={overview.suggested.map(({ match, item, report }) => [
            itemLink(item.id, item.number),
            `${report.number} (${report.name})`,
            `${Math.round(match.score * 100)} %`,
          ])}
        />
      )}
      <Heading level={2}>{tx(ctx, 'Online gemeldete Funde', 'Finds reported online')}</Heading>
      {overview.onlineReports.length === 0 ? (
        <p class="kern-body">{tx(ctx, 'Keine neuen Fundanzeigen.', 'No new find reports.')}</p>
      ) : (
        <Table
          caption={tx(ctx, 'Fundanzeigen zur Übernahme', 'Find reports to register')}
          headers={[
            tx(ctx, 'Nummer', 'Number'),
            tx(ctx, 'Kategorie', 'Category'),
            tx(ctx, 'Fundtag', 'Found on'),
          ]}
          rows={overview.onlineReports.map((item) => [
            itemLink(item.id, item.number),
            CATEGORIES[item.category],
            day(ctx, item.foundOn),
          ])}
        />
      )}
      <Heading level={2}>{tx(ctx, 'Angemeldete Ansprüche', 'Claims to check')}</Heading>
      {overview.openClaims.length === 0 ? (
        <p class="kern-body">{tx(ctx, 'Keine offenen Ansprüche.', 'No open claims.')}</p>
      ) : (
        <Table
          caption={tx(ctx, 'Offene Ansprüche', 'Open claims')}
          headers={[
            tx(ctx, 'Fundsache', 'Found item'),
            tx(ctx, 'Von', 'From'),
            tx(ctx, 'Eingegangen', 'Received'),
          ]}
          rows={overview.openClaims.map(({ claim, item }) => [
            itemLink(item.id, item.number),
            claim.name,
            day(ctx, claim.createdAt.toISOString().slice(0, 10)),
          ])}
        />
      )}
      <Heading level={2}>{tx(ctx, 'Fristen, die diese Woche enden', 'Periods ending this week')}</Heading>
      {overview.endingThisWeek.length === 0 ? (
        <p class="kern-body">{tx(ctx, 'Diese Woche endet keine Frist.', 'No period ends this week.')}</p>
      ) : (
        <Table
          caption={tx(ctx, 'Fristende bis sechs Tage ab heute', 'Periods ending within six days')}
          headers={[
            tx(ctx, 'Fundsache', 'Found item'),
            tx(ctx, 'Kategorie', 'Category'),
            tx(ctx, 'Frist', 'Period'),
          ]}
          rows={overview.endingThisWeek.map((row) => [
            itemLink(row.item.id, row.item.number),
            CATEGORIES[row.item.category],
            deadlineCell(ctx, row),
          ])}
        />
      )}
      <Heading level={2}>{tx(ctx, 'Fundsachen im Bestand', 'Items held')}</Heading>
      <form method="get" action={LOST_FOUND_PATHS.office} class="stack" role="search">
        <SelectField
          id="kategorie"
          name="category"
          label={tx(ctx, 'Kategorie', 'Category')}
          options={categoryOptions(ctx, true)}
          value={props.filters.category}
        />
        <InputField
          id="ort"
          name="q"
          label={tx(ctx, 'Fundort enthält', 'Place contains')}
          value={props.filters.q}
        />
        <Submit label={tx(ctx, 'Filtern', 'Filter')} variant="secondary" />
      </form>
      <Table
        caption={tx(ctx, 'In Verwahrung oder beim Finder', 'In custody or with the finder')}
        headers={[
          tx(ctx, 'Nummer', 'Number'),
          tx(ctx, 'Kategorie', 'Category'),
          tx(ctx, 'Fundtag', 'Found on'),
          tx(ctx, 'Stand', 'State'),
          tx(ctx, 'Frist', 'Period'),
        ]}
        rows={overview.held.map((row) => [
          itemLink(row.item.id, row.item.number),
          CATEGORIES[row.item.category],
          day(ctx, row.item.foundOn),
          translate(ctx.locale, STATUS_LABELS[row.item.status]),
          deadlineCell(ctx, row),
        ])}
      />
    </StaffPage>
  );
}

export function NewItemPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  values?: Record<string, string | undefined>;
  errors?: PageError[];
}) {
  const { ctx, errors } = props;
  const values = props.values ?? {};
  const field = (id: string, de: string, en: string, hint?: [string, string], type?: string) => (
    <InputField
      id={id}
      label={tx(ctx, de, en)}
      value={values[id]}
      hint={hint ? tx(ctx, hint[0], hint[1]) : undefined}
      error={errorFor(errors, id)}
      type={type}
    />
  );
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Fundsache erfassen', 'Register a found item')}
      currentHref={LOST_FOUND_PATHS.office}
      errors={errors}
    >
      <PostForm ctx={ctx} action={LOST_FOUND_PATHS.items} multipart>
        <SelectField
          id="category"
          label={tx(ctx, 'Kategorie', 'Category')}
          options={categoryOptions(ctx, false)}
          value={values.category}
          error={errorFor(errors, 'category')}
        />
        <TextareaField
          id="description"
          label={tx(ctx, 'Beschreibung (öffentlich)', 'Description (public)')}
          hint={tx(
            ctx,
            'Erscheint in der öffentlichen Suche: ohne Namen, Ausweis-, Karten- oder Seriennummern.',
            'Shown in the public search: no names, ID, card or serial numbers.',
          )}
          value={values.description}
          error={errorFor(errors, 'description')}
        />
        <TextareaField
          id="features"
          label={tx(ctx, 'Interne Merkmale (nicht öffentlich)', 'Internal features (not public)')}
          hint={tx(
            ctx,
            'Zum Abgleich und zur Prüfung des Eigentums, z. B. Inhalt, Namen auf Karten.',
            'For matching and checking ownership, e.g. contents, names on cards.',
          )}
          value={values.features}
          error={errorFor(errors, 'features')}
        />
        {field('colour', 'Farbe', 'Colour')}
        {field('brand', 'Marke', 'Brand')}
        {field(
          'serialNumber',
          'Seriennummer / Rahmennummer / IMEI (nicht öffentlich)',
          'Serial / frame number / IMEI (not public)',
        )}
        {field('foundOn', 'Fundtag', 'Day found', ['TT.MM.JJJJ', 'DD.MM.YYYY'], 'date')}
        {field('foundPlace', 'Fundort', 'Place found')}
        {field('foundDistrict', 'Ortsteil', 'District')}
        {field('value', 'Geschätzter Wert in Euro', 'Estimated value in euros', [
          'z. B. 25 oder 25,50',
          'e.g. 25 or 25.50',
        ])}
        {field('storagePlace', 'Lagerort', 'Storage place', ['z. B. Regal B3', 'e.g. shelf B3'])}
        {field('finderName', 'Name der Finderin / des Finders', 'Finder’s name')}
        {field('finderContact', 'Kontakt der Finderin / des Finders', 'Finder’s contact')}
        <SelectField
          id="finderChoice"
          label={tx(ctx, 'Die Finderin / der Finder …', 'The finder …')}
          options={(['ownership', 'reward', 'waive'] as const).map((value) => ({
            value,
            label: translate(ctx.locale, FINDER_CHOICE_LABELS[value]),
          }))}
          value={values.finderChoice}
          error={errorFor(errors, 'finderChoice')}
        />
        <Checkbox
          id="publicFind"
          label={tx(
            ctx,
            'Fund in einer Behörde oder einem öffentlichen Verkehrsmittel (§ 978 BGB)',
            'Found in an authority or public transport (§ 978 BGB)',
          )}
          checked={values.publicFind === 'ja'}
        />
        <Checkbox
          id="keptByFinder"
          label={tx(
            ctx,
            'Die Finderin / der Finder behält die Sache (nur angezeigt)',
            'The finder keeps the item (reported only)',
          )}
          checked={values.keptByFinder === 'ja'}
        />
        <div class="kern-form-input">
          <label class="kern-label" for="photos">
            {tx(ctx, 'Fotos (JPEG, PNG)', 'Photos (JPEG, PNG)')}
          </label>
          {errorFor(errors, 'photos') ? (
            <p class="kern-error" id="photos-error">
              <span class="kern-body">{errorFor(errors, 'photos')}</span>
            </p>
          ) : null}
          <input
            class="kern-form-input__input"
            id="photos"
            name="photos"
            type="file"
            accept="image/jpeg,image/png"
            multiple
            aria-describedby={errorFor(errors, 'photos') ? 'photos-error' : undefined}
          />
        </div>
        <Checkbox
          id="photosPublic"
          label={tx(ctx, 'Fotos in der öffentlichen Suche zeigen', 'Show photos in the public search')}
          checked={values.photosPublic === 'ja'}
        />
        <Submit label={tx(ctx, 'Fundsache registrieren', 'Register item')} />
      </PostForm>
    </StaffPage>
  );
}
