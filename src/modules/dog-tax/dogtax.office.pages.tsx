// The treasury's pages of the dog tax: the overview with search, accepting an online registration, and
// one household with its dogs, notices, installments, payments and mandate. Forms work without JavaScript.
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Heading } from '../../platform/ui/components.tsx';
import { Badge, InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import type { RegistrationView } from './dogtax.acceptance.ts';
import { BalancesTable, InstallmentsTable } from './dogtax.account.parts.tsx';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import type { DogTaxSettings } from './dogtax.register.repository.ts';
import { day, euro, Facts, PostForm, Submit, Table, tx, type PageError } from './dogtax.ui.tsx';
import type { HouseholdDetails } from './dogtax.views.ts';

export type { PageError };

const sectionLabel = (ctx: RequestContext, listed: string | null) =>
  listed === 'section3'
    ? tx(ctx, 'Gefährlicher Hund (§ 3 Abs. 2 LHundG NRW)', 'Dangerous dog (§ 3(2) LHundG NRW)')
    : listed === 'section10'
      ? tx(
          ctx,
          'Hund bestimmter Rasse (§ 10 Abs. 1 LHundG NRW)',
          'Dog of a certain breed (§ 10(1) LHundG NRW)',
        )
      : tx(ctx, 'Keine Listenrasse', 'Not a listed breed');

export function OverviewPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  figures: { households: number; dogs: number; dangerous: number; requestedReliefs: number; toPrint: number };
  settings: DogTaxSettings | undefined;
  search: string;
  found: {
    id: string;
    number: string;
    keeperName: string;
    street: string;
    postalCode: string;
    city: string;
  }[];
}) {
  const { ctx } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Hundesteuer', 'Dog tax')}
      currentHref={DOG_TAX_PATHS.office}
    >
      {props.settings ? null : (
        <p class="kern-body">
          {tx(
            ctx,
            'Die Hundesteuer ist für diese Gemeinde noch nicht eingerichtet.',
            'The dog tax is not set up for this municipality yet.',
          )}
        </p>
      )}
      <Facts
        items={[
          [tx(ctx, 'Haushalte mit Hund', 'Households with a dog'), String(props.figures.households)],
          [tx(ctx, 'Angemeldete Hunde', 'Registered dogs'), String(props.figures.dogs)],
          [tx(ctx, 'Davon gefährliche Hunde', 'Of which dangerous dogs'), String(props.figures.dangerous)],
          [
            tx(ctx, 'Offene Anträge auf Befreiung oder Ermäßigung', 'Open relief applications'),
            String(props.figures.requestedReliefs),
          ],
          [tx(ctx, 'Bescheide für den Postversand', 'Notices to be posted'), String(props.figures.toPrint)],
        ]}
      />
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={DOG_TAX_PATHS.dogs}>
            {tx(ctx, 'Hunde nach Rasse und gefährliche Hunde', 'Dogs per breed and dangerous dogs')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={DOG_TAX_PATHS.arrears}>
            {tx(ctx, 'Haushalte mit Rückständen', 'Households in arrears')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={DOG_TAX_PATHS.reliefs}>
            {tx(ctx, 'Anträge auf Befreiung oder Ermäßigung', 'Relief applications')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={DOG_TAX_PATHS.runs}>
            {tx(ctx, 'Jahreslauf und Lastschriften', 'Annual run and direct debits')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/intern/antraege">
            {tx(ctx, 'Neue Anmeldungen im Posteingang', 'New registrations in the inbox')}
          </a>
        </li>
      </ul>
      <form method="get" action={DOG_TAX_PATHS.office} class="stack" role="search">
        <InputField
          id="suche"
          name="q"
          label={tx(ctx, 'Haushalt suchen (Kassenzeichen oder Name)', 'Find a household (reference or name)')}
          value={props.search}
        />
        <Submit label={tx(ctx, 'Suchen', 'Search')} variant="secondary" />
      </form>
      {props.search ? (
        props.found.length === 0 ? (
          <p class="kern-body">{tx(ctx, 'Kein Haushalt gefunden.', 'No household found.')}</p>
        ) : (
          <Table
            caption={tx(ctx, 'Gefundene Haushalte', 'Households found')}
            headers={[
              tx(ctx, 'Kassenzeichen', 'Reference'),
              tx(ctx, 'Halter/in', 'Keeper'),
              tx(ctx, 'Anschrift', 'Address'),
            ]}
            rows={props.found.map((row) => [
              <a class="kern-link" href={DOG_TAX_PATHS.household(row.id)}>
                {row.number}
              </a>,
              row.keeperName,
              `${row.street}, ${row.postalCode} ${row.city}`,
            ])}
          />
        )
      ) : null}
    </StaffPage>
  );
}

export function AcceptPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  view: RegistrationView;
  errors?: PageError[];
}) {
  const { ctx, view } = props;
  const title = tx(
    ctx,
    `Hundeanmeldung ${view.application.reference} prüfen`,
    `Check dog registration ${view.application.reference}`,
  );
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={title}
      currentHref={DOG_TAX_PATHS.office}
      errors={props.errors}
    >
      <Facts
        items={[
          [tx(ctx, 'Halter/in', 'Keeper'), view.keeper.name],
          [tx(ctx, 'Anschrift', 'Address'), view.keeper.addressLines.join(', ')],
          [
            tx(ctx, 'Eingegangen', 'Received'),
            day(ctx, view.application.submittedAt.toISOString().slice(0, 10)),
          ],
          [
            tx(ctx, 'Haushalt', 'Household'),
            view.household ? (
              <a class="kern-link" href={DOG_TAX_PATHS.household(view.household.id)}>
                {view.household.number} (
                {tx(
                  ctx,
                  `${view.existingDogs.filter((dog) => dog.status === 'registered').length} Hund(e) bereits angemeldet`,
                  `${view.existingDogs.filter((dog) => dog.status === 'registered').length} dog(s) already registered`,
                )}
                )
              </a>
            ) : (
              tx(ctx, 'Neuer Haushalt', 'New household')
            ),
          ],
          [
            tx(ctx, 'Zahlweise', 'Payment'),
            view.annualPayment
              ? tx(ctx, 'jährlich zum 1. Juli', 'annually on 1 July')
              : tx(ctx, 'vierteljährlich', 'quarterly'),
          ],
        ]}
      />
      <p class="kern-body">
        <a class="kern-link" href={`/intern/vorgaenge/${view.application.caseId}`}>
          {tx(
            ctx,
            `Vorgang mit Antrag und Nachweisen in der E-Akte (${view.application.fileReference})`,
            `Case with application and evidence in the E-Akte (${view.application.fileReference})`,
          )}
        </a>
      </p>
      <PostForm ctx={ctx} action={DOG_TAX_PATHS.accept(view.application.id)}>
        {view.dogs.map((dog) => (
          <section class="stack" aria-labelledby={`hund-${dog.index}`}>
            <Heading level={2} id={`hund-${dog.index}`}>
              {`${dog.name} (${dog.breed})`}
            </Heading>
            {dog.chipTakenBy ? (
              <Badge
                kind="danger"
                label={tx(
                  ctx,
                  `Chip bereits angemeldet: ${dog.chipTakenBy.name}, Marke ${dog.chipTakenBy.taxMark ?? '–'}`,
                  `Chip already registered: ${dog.chipTakenBy.name}, mark ${dog.chipTakenBy.taxMark ?? '–'}`,
                )}
              />
            ) : null}
            <Facts
              items={[
                [
                  tx(ctx, 'Geschlecht', 'Sex'),
                  dog.sex === 'male' ? tx(ctx, 'Rüde', 'male') : tx(ctx, 'Hündin', 'female'),
                ],
                [tx(ctx, 'Geboren', 'Born'), day(ctx, dog.birthDate)],
                [tx(ctx, 'Farbe', 'Colour'), dog.colour],
                [tx(ctx, 'Chipnummer', 'Microchip'), dog.chipNumber ?? '–'],
                [
                  tx(ctx, 'Gehalten seit', 'Kept since'),
                  `${day(ctx, dog.keptSince)}${dog.arrival === 'moved-in' ? tx(ctx, ` (Zuzug aus ${dog.previousMunicipality ?? '–'})`, ` (moved from ${dog.previousMunicipality ?? '–'})`) : dog.arrival === 'born' ? tx(ctx, ' (eigener Wurf)', ' (own litter)') : ''}`,
                ],
                [
                  tx(ctx, 'Erkannt aus der Rasseangabe', 'Recognised from the breed'),
                  dog.suggested.listed
                    ? `${dog.suggested.matched} – ${sectionLabel(ctx, dog.suggested.listed)}`
                    : sectionLabel(ctx, null),
                ],
              ]}
            />
            <SelectField
              id={`listed-${dog.index}`}
              name={`listed${dog.index}`}
              label={tx(
                ctx,
                `Einstufung von ${dog.name} nach dem Landeshundegesetz`,
                `Classification of ${dog.name} under the State Dog Act`,
              )}
              hint={tx(
                ctx,
                'Prüfen Sie die Einstufung anhand der Nachweise; sie bestimmt, ob der Steuersatz für gefährliche Hunde gilt.',
                'Check the classification against the evidence; it decides whether the dangerous-dog rate applies.',
              )}
              value={dog.suggested.listed ?? 'none'}
              options={[
                { value: 'none', label: sectionLabel(ctx, null) },
                { value: 'section3', label: sectionLabel(ctx, 'section3') },
                { value: 'section10', label: sectionLabel(ctx, 'section10') },
              ]}
            />
          </section>
        ))}
        <p class="kern-body">
          {tx(
            ctx,
            'Mit der Annahme werden die Hunde registriert, Steuermarken vergeben und der Steuerbescheid erstellt, in der E-Akte abgelegt und in das Postfach der Antragstellerin oder des Antragstellers gesendet.',
            'Accepting registers the dogs, assigns tax marks and issues the tax notice, files it in the E-Akte and sends it to the applicant’s mailbox.',
          )}
        </p>
        <Submit
          label={tx(ctx, 'Anmeldung annehmen und Bescheid erstellen', 'Accept registration and issue notice')}
        />
      </PostForm>
    </StaffPage>
  );
}

export function HouseholdPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  details: HouseholdDetails;
  notice?: string | undefined;
  errors?: PageError[];
  values?: Record<string, string>;
}) {
  const { ctx, details } = props;
  const { household } = details;
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const values = props.values ?? {};
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, `Haushalt ${household.number}`, `Household ${household.number}`)}
      currentHref={DOG_TAX_PATHS.office}
      notice={props.notice}
      errors={props.errors}
    >
      <Facts
        items={[
          [tx(ctx, 'Halter/in', 'Keeper'), household.keeperName],
          ...(household.coKeepers
            ? [[tx(ctx, 'Weitere Halter/innen', 'Other keepers'), household.coKeepers] as [string, string]]
            : []),
          [tx(ctx, 'Anschrift', 'Address'), `${household.street}, ${household.postalCode} ${household.city}`],
          [
            tx(ctx, 'Zustellung', 'Delivery'),
            household.citizenId
              ? tx(ctx, 'Postfach im Bürgerkonto', 'Citizen account mailbox')
              : tx(ctx, 'Post (kein Bürgerkonto)', 'Post (no citizen account)'),
          ],
          [
            tx(ctx, 'Zahlweise', 'Payment'),
            household.annualPayment
              ? tx(ctx, 'jährlich zum 1. Juli', 'annually on 1 July')
              : tx(ctx, 'vierteljährlich', 'quarterly'),
          ],
          [
            tx(ctx, 'SEPA-Lastschriftmandat', 'SEPA mandate'),
            details.mandate
              ? `${details.mandate.reference}, ${details.mandate.accountHolder}, ${details.mandate.iban.slice(0, 4)} … ${details.mandate.iban.slice(-4)}`
              : tx(ctx, 'keines (Überweisung)', 'none (bank transfer)'),
          ],
          [
            tx(ctx, 'E-Akte', 'E-Akte'),
            household.caseId ? (
              <a class="kern-link" href={`/intern/vorgaenge/${household.caseId}`}>
                {household.fileReference ?? '–'}
              </a>
            ) : (
              '–'
            ),
          ],
        ]}
      />
      <Table
        caption={tx(ctx, 'Hunde', 'Dogs')}
        headers={[
          tx(ctx, 'Name', 'Name'),
          tx(ctx, 'Rasse', 'Breed'),
          tx(ctx, 'Steuermarke', 'Tax mark'),
          tx(ctx, 'Gehalten', 'Kept'),
          tx(ctx, 'Steuersatz', 'Rate'),
        ]}
        rows={details.dogs.map((dog) => [
          dog.name,
          dog.breed,
          dog.taxMark ?? '–',
          `${day(ctx, dog.keptFrom)} – ${dog.keptUntil ? day(ctx, dog.keptUntil) : tx(ctx, 'heute', 'today')}`,
          dog.dangerous ? tx(ctx, 'gefährlicher Hund', 'dangerous dog') : tx(ctx, 'allgemein', 'standard'),
        ])}
      />
      {details.reliefs.length > 0 ? (
        <Table
          caption={tx(ctx, 'Befreiungen und Ermäßigungen', 'Exemptions and reductions')}
          headers={[
            tx(ctx, 'Hund', 'Dog'),
            tx(ctx, 'Art', 'Kind'),
            tx(ctx, 'Zeitraum', 'Period'),
            tx(ctx, 'Stand', 'Status'),
          ]}
          rows={details.reliefs.map((relief) => [
            details.dogs.find((dog) => dog.id === relief.dogId)?.name ?? '–',
            `${relief.percent} % (${relief.reference})`,
            `${day(ctx, relief.validFrom)} – ${relief.validUntil ? day(ctx, relief.validUntil) : '…'}`,
            relief.status === 'granted' ? (
              tx(ctx, 'bewilligt', 'granted')
            ) : relief.status === 'refused' ? (
              tx(ctx, 'abgelehnt', 'refused')
            ) : (
              <a class="kern-link" href={DOG_TAX_PATHS.relief(relief.id)}>
                {tx(ctx, 'beantragt – entscheiden', 'requested – decide')}
              </a>
            ),
          ])}
        />
      ) : null}
      <Table
        caption={tx(ctx, 'Bescheide', 'Notices')}
        headers={[
          tx(ctx, 'Jahr', 'Year'),
          tx(ctx, 'Art', 'Kind'),
          tx(ctx, 'Erstellt', 'Made'),
          tx(ctx, 'Betrag', 'Amount'),
          tx(ctx, 'Zustellung', 'Delivery'),
        ]}
        numeric={[3]}
        rows={details.notices.map((notice) => [
          String(notice.year),
          notice.kind === 'first'
            ? tx(ctx, 'Erstbescheid', 'first')
            : notice.kind === 'annual'
              ? tx(ctx, 'Jahresbescheid', 'annual')
              : tx(ctx, 'Änderungsbescheid', 'change'),
          <a class="kern-link" href={`/intern/dokumente/${notice.documentId}`}>
            {day(ctx, notice.createdAt.toISOString().slice(0, 10))}
          </a>,
          euro(notice.totalCents),
          notice.delivery === 'postfach' ? tx(ctx, 'Postfach', 'mailbox') : tx(ctx, 'Post', 'post'),
        ])}
      />
      <BalancesTable
        ctx={ctx}
        caption={tx(ctx, 'Konto je Steuerjahr', 'Account per tax year')}
        dueLabel={tx(ctx, 'Fällig bis heute', 'Due to date')}
        balances={details.balances}
      />
      <InstallmentsTable
        ctx={ctx}
        caption={tx(ctx, 'Fälligkeiten der geltenden Bescheide', 'Installments of the notices in force')}
        installments={details.installments}
      />
      <PostForm ctx={ctx} action={`${DOG_TAX_PATHS.household(household.id)}/zahlweise`}>
        <SelectField
          id="schedule"
          label={tx(ctx, 'Zahlweise', 'Payment schedule')}
          value={household.annualPayment ? 'annual' : 'quarterly'}
          options={[
            {
              value: 'quarterly',
              label: tx(
                ctx,
                'vierteljährlich (15.2., 15.5., 15.8., 15.11.)',
                'quarterly (15 Feb, May, Aug, Nov)',
              ),
            },
            {
              value: 'annual',
              label: tx(ctx, 'jährlich zum 1. Juli (auf Antrag)', 'annually on 1 July (on request)'),
            },
          ]}
        />
        <Submit label={tx(ctx, 'Zahlweise ändern', 'Change payment schedule')} variant="secondary" />
      </PostForm>
      <section class="stack" aria-labelledby="zahlung">
        <Heading level={2} id="zahlung">
          {tx(ctx, 'Zahlung buchen', 'Book a payment')}
        </Heading>
        <PostForm ctx={ctx} action={`${DOG_TAX_PATHS.household(household.id)}/zahlungen`}>
          <InputField
            id="year"
            label={tx(ctx, 'Steuerjahr', 'Tax year')}
            value={values.year}
            error={errorOf('year')}
            inputmode="numeric"
          />
          <InputField
            id="amount"
            label={tx(ctx, 'Betrag in Euro', 'Amount in euros')}
            hint={tx(ctx, 'Zum Beispiel 62,50', 'For example 62.50')}
            value={values.amount}
            error={errorOf('amount')}
            inputmode="decimal"
          />
          <InputField
            id="bookedOn"
            type="date"
            label={tx(ctx, 'Buchungstag', 'Booking day')}
            value={values.bookedOn}
            error={errorOf('bookedOn')}
          />
          <SelectField
            id="source"
            label={tx(ctx, 'Art', 'Kind')}
            value={values.source ?? 'transfer'}
            error={errorOf('source')}
            options={[
              {
                value: 'transfer',
                label: tx(ctx, 'Zahlungseingang (Überweisung, Bar)', 'Payment received (transfer, cash)'),
              },
              { value: 'return', label: tx(ctx, 'Rücklastschrift', 'Returned direct debit') },
            ]}
          />
          <TextareaField
            id="note"
            label={tx(ctx, 'Vermerk (freiwillig)', 'Note (optional)')}
            value={values.note}
            error={errorOf('note')}
            maxLength={500}
          />
          <Submit label={tx(ctx, 'Buchen', 'Book')} variant="secondary" />
        </PostForm>
      </section>
      <Table
        caption={tx(ctx, 'Zahlungen', 'Payments')}
        headers={[
          tx(ctx, 'Tag', 'Day'),
          tx(ctx, 'Jahr', 'Year'),
          tx(ctx, 'Art', 'Kind'),
          tx(ctx, 'Betrag', 'Amount'),
          tx(ctx, 'Vermerk', 'Note'),
        ]}
        numeric={[3]}
        rows={details.payments.map((row) => [
          day(ctx, row.bookedOn),
          String(row.year),
          row.source === 'direct-debit'
            ? tx(ctx, 'Lastschrift', 'direct debit')
            : row.source === 'return'
              ? tx(ctx, 'Rücklastschrift', 'return')
              : tx(ctx, 'Eingang', 'received'),
          euro(row.amountCents),
          row.note,
        ])}
      />
    </StaffPage>
  );
}
