// The citizen's dog tax pages in the account (Bürgerkonto): the dogs, notices, installments and payments of
// the household; deregistering a dog, reporting a lost tax mark, applying for a relief with evidence, and
// the SEPA direct-debit mandate. Every form works without JavaScript.
import { CitizenPage } from '../citizens/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { FieldFrame, InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { BalancesTable, InstallmentsTable } from './dogtax.account.parts.tsx';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import type { Dog } from './dogtax.register.repository.ts';
import type { ReliefRule } from './dogtax.statute.ts';
import { day, euro, Facts, PostForm, Submit, Table, tx, type PageError } from './dogtax.ui.tsx';
import type { HouseholdDetails } from './dogtax.views.ts';

export type { PageError };

function Page(props: {
  ctx: RequestContext;
  de: string;
  en: string;
  errors?: PageError[];
  children?: Child;
}) {
  return (
    <CitizenPage
      ctx={props.ctx}
      title={{ de: props.de, en: props.en }}
      current={DOG_TAX_PATHS.citizen}
      signedIn
      errors={props.errors}
    >
      {props.children}
    </CitizenPage>
  );
}

export function MyDogsPage(props: {
  ctx: RequestContext;
  details: HouseholdDetails | undefined;
  notice?: string | undefined;
}) {
  const { ctx, details } = props;
  if (!details) {
    return (
      <Page ctx={ctx} de="Meine Hunde" en="My dogs">
        {props.notice ? <Alert kind="success" title={props.notice} /> : null}
        <p class="kern-body">
          {tx(
            ctx,
            'Sie haben noch keinen Hund bei uns angemeldet. Eine Anmeldung, die Sie abgeschickt haben, erscheint hier, sobald das Steueramt sie angenommen hat.',
            'You have not registered a dog with us yet. A registration you have sent appears here once the tax office has accepted it.',
          )}
        </p>
        <p class="kern-body">
          <a class="kern-link" href="/antrag/hund-anmelden">
            {tx(ctx, 'Hund anmelden', 'Register a dog')}
          </a>
        </p>
      </Page>
    );
  }
  const registered = details.dogs.filter((dog) => dog.status === 'registered');
  return (
    <Page ctx={ctx} de="Meine Hunde" en="My dogs">
      {props.notice ? <Alert kind="success" title={props.notice} /> : null}
      <Facts
        items={[
          [tx(ctx, 'Kassenzeichen', 'Payment reference'), details.household.number],
          [
            tx(ctx, 'Zahlweise', 'Payment'),
            details.household.annualPayment
              ? tx(ctx, 'jährlich zum 1. Juli', 'annually on 1 July')
              : tx(ctx, 'vierteljährlich', 'quarterly'),
          ],
          [
            tx(ctx, 'Lastschrift', 'Direct debit'),
            details.mandate
              ? tx(
                  ctx,
                  `Mandat ${details.mandate.reference} vom ${day(ctx, details.mandate.signedOn)}`,
                  `Mandate ${details.mandate.reference} of ${details.mandate.signedOn}`,
                )
              : tx(ctx, 'keine – Sie überweisen selbst', 'none – you pay by transfer'),
          ],
        ]}
      />
      <p class="kern-body">
        <a class="kern-link" href={DOG_TAX_PATHS.citizenMandate}>
          {details.mandate
            ? tx(ctx, 'Lastschriftmandat ändern oder widerrufen', 'Change or revoke the direct-debit mandate')
            : tx(ctx, 'Lastschriftmandat erteilen', 'Give a direct-debit mandate')}
        </a>
      </p>
      <section class="stack" aria-labelledby="hunde">
        <Heading level={2} id="hunde">
          {tx(ctx, 'Angemeldete Hunde', 'Registered dogs')}
        </Heading>
        {registered.length === 0 ? (
          <p class="kern-body">
            {tx(ctx, 'Zurzeit ist kein Hund angemeldet.', 'No dog is registered at present.')}
          </p>
        ) : null}
        {registered.map((dog) => (
          <div class="stack">
            <Heading level={3} id={`hund-${dog.id}`}>{`${dog.name} (${dog.breed})`}</Heading>
            <Facts
              items={[
                [tx(ctx, 'Steuermarke', 'Tax mark'), dog.taxMark ?? '–'],
                [tx(ctx, 'Angemeldet seit', 'Registered since'), day(ctx, dog.keptFrom)],
                [
                  tx(ctx, 'Steuersatz', 'Rate'),
                  dog.dangerous
                    ? tx(ctx, 'gefährlicher Hund', 'dangerous dog')
                    : tx(ctx, 'allgemein', 'standard'),
                ],
              ]}
            />
            <ul class="kern-list">
              <li>
                <a class="kern-link" href={DOG_TAX_PATHS.citizenDeregister(dog.id)}>
                  {tx(ctx, `${dog.name} abmelden`, `Deregister ${dog.name}`)}
                </a>
              </li>
              <li>
                <a class="kern-link" href={DOG_TAX_PATHS.citizenLostMark(dog.id)}>
                  {tx(ctx, `Steuermarke von ${dog.name} verloren`, `${dog.name}’s tax mark lost`)}
                </a>
              </li>
              <li>
                <a class="kern-link" href={DOG_TAX_PATHS.citizenRelief(dog.id)}>
                  {tx(
                    ctx,
                    `Befreiung oder Ermäßigung für ${dog.name} beantragen`,
                    `Apply for an exemption or reduction for ${dog.name}`,
                  )}
                </a>
              </li>
            </ul>
          </div>
        ))}
      </section>
      <Table
        caption={tx(ctx, 'Steuerbescheide', 'Tax notices')}
        headers={[tx(ctx, 'Jahr', 'Year'), tx(ctx, 'Vom', 'Of'), tx(ctx, 'Betrag', 'Amount')]}
        numeric={[2]}
        rows={details.notices.map((notice) => [
          String(notice.year),
          day(ctx, notice.createdAt.toISOString().slice(0, 10)),
          euro(notice.totalCents),
        ])}
      />
      <p class="kern-body">
        <a class="kern-link" href="/konto/postfach">
          {tx(
            ctx,
            'Die Bescheide finden Sie als PDF in Ihrem Postfach.',
            'You find the notices as PDF in your mailbox.',
          )}
        </a>
      </p>
      <InstallmentsTable
        ctx={ctx}
        caption={tx(ctx, 'Fälligkeiten', 'Due dates')}
        installments={details.installments}
      />
      <BalancesTable
        ctx={ctx}
        caption={tx(ctx, 'Ihr Steuerkonto', 'Your tax account')}
        dueLabel={tx(ctx, 'Bisher fällig', 'Due so far')}
        balances={details.balances}
      />
      {details.dogs.some((dog) => dog.status === 'deregistered') ? (
        <Table
          caption={tx(ctx, 'Abgemeldete Hunde', 'Deregistered dogs')}
          headers={[tx(ctx, 'Name', 'Name'), tx(ctx, 'Gehalten', 'Kept')]}
          rows={details.dogs
            .filter((dog) => dog.status === 'deregistered')
            .map((dog) => [dog.name, `${day(ctx, dog.keptFrom)} – ${day(ctx, dog.keptUntil)}`])}
        />
      ) : null}
    </Page>
  );
}

export function DeregisterPage(props: {
  ctx: RequestContext;
  dog: Dog;
  errors?: PageError[];
  values?: Record<string, string>;
}) {
  const { ctx, dog } = props;
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const values = props.values ?? {};
  return (
    <Page ctx={ctx} de={`${dog.name} abmelden`} en={`Deregister ${dog.name}`} errors={props.errors}>
      <p class="kern-body">
        {tx(
          ctx,
          'Die Steuerpflicht endet mit dem Ende des Monats, in dem der Hund gestorben, abgegeben oder abhandengekommen ist oder Sie weggezogen sind. Sie erhalten einen geänderten Steuerbescheid; die Steuermarke ist danach ungültig.',
          'The tax ends with the month in which the dog died, was given away or went missing, or you moved away. You receive an amended tax notice; the tax mark is then no longer valid.',
        )}
      </p>
      <PostForm ctx={ctx} action={DOG_TAX_PATHS.citizenDeregister(dog.id)}>
        <SelectField
          id="reason"
          label={tx(ctx, 'Grund', 'Reason')}
          value={values.reason ?? ''}
          error={errorOf('reason')}
          options={[
            { value: '', label: tx(ctx, 'Bitte wählen', 'Please choose') },
            { value: 'died', label: tx(ctx, 'Der Hund ist gestorben', 'The dog died') },
            {
              value: 'given-away',
              label: tx(ctx, 'Ich habe den Hund abgegeben oder verkauft', 'I gave away or sold the dog'),
            },
            {
              value: 'moved-away',
              label: tx(ctx, 'Ich bin aus Leichlingen weggezogen', 'I moved away from Leichlingen'),
            },
            {
              value: 'lost',
              label: tx(ctx, 'Der Hund ist entlaufen oder verschwunden', 'The dog ran away or disappeared'),
            },
          ]}
        />
        <InputField
          id="keptUntil"
          type="date"
          label={tx(ctx, 'Seit wann nicht mehr bei Ihnen?', 'Since when no longer with you?')}
          value={values.keptUntil}
          error={errorOf('keptUntil')}
        />
        <TextareaField
          id="newKeeper"
          label={tx(ctx, 'Neue Halterin oder neuer Halter (bei Abgabe)', 'New keeper (if given away)')}
          hint={tx(ctx, 'Name und vollständige Anschrift.', 'Name and full address.')}
          value={values.newKeeper}
          error={errorOf('newKeeper')}
          maxLength={500}
        />
        <Submit label={tx(ctx, 'Hund abmelden', 'Deregister dog')} />
      </PostForm>
    </Page>
  );
}

export function LostMarkPage(props: { ctx: RequestContext; dog: Dog }) {
  const { ctx, dog } = props;
  return (
    <Page ctx={ctx} de={`Steuermarke von ${dog.name} verloren`} en={`${dog.name}’s tax mark lost`}>
      <p class="kern-body">
        {tx(
          ctx,
          `Die Steuermarke Nr. ${dog.taxMark ?? '–'} wird ungültig. Sie erhalten sofort eine neue Nummer; die neue Marke senden wir Ihnen mit der Post.`,
          `Tax mark no. ${dog.taxMark ?? '–'} becomes invalid. You get a new number at once; we post the new mark to you.`,
        )}
      </p>
      <PostForm ctx={ctx} action={DOG_TAX_PATHS.citizenLostMark(dog.id)}>
        <Submit
          label={tx(ctx, 'Verlust melden und neue Marke bestellen', 'Report the loss and order a new mark')}
        />
      </PostForm>
    </Page>
  );
}

export function ReliefRequestPage(props: {
  ctx: RequestContext;
  dog: Dog;
  rules: readonly ReliefRule[];
  errors?: PageError[];
  values?: Record<string, string>;
}) {
  const { ctx, dog } = props;
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const values = props.values ?? {};
  const evidenceError = errorOf('evidence');
  return (
    <Page
      ctx={ctx}
      de={`Befreiung oder Ermäßigung für ${dog.name}`}
      en={`Exemption or reduction for ${dog.name}`}
      errors={props.errors}
    >
      <PostForm ctx={ctx} action={DOG_TAX_PATHS.citizenRelief(dog.id)} multipart>
        <SelectField
          id="ruleId"
          label={tx(ctx, 'Was beantragen Sie?', 'What do you apply for?')}
          value={values.ruleId ?? ''}
          error={errorOf('ruleId')}
          options={[
            { value: '', label: tx(ctx, 'Bitte wählen', 'Please choose') },
            ...props.rules.map((rule) => ({
              value: rule.id,
              label: `${rule.kind === 'exemption' ? tx(ctx, 'Befreiung', 'Exemption') : tx(ctx, `Ermäßigung um ${rule.percent} %`, `Reduction by ${rule.percent} %`)}: ${ctx.locale === 'en' ? rule.label.en : rule.label.de}`,
            })),
          ]}
        />
        <InputField
          id="from"
          type="date"
          label={tx(ctx, 'Ab wann?', 'From when?')}
          value={values.from}
          error={errorOf('from')}
        />
        <TextareaField
          id="reason"
          label={tx(ctx, 'Begründung (freiwillig)', 'Reason (optional)')}
          value={values.reason}
          error={errorOf('reason')}
          maxLength={2000}
        />
        <FieldFrame
          id="evidence"
          label={tx(ctx, 'Nachweise', 'Evidence')}
          hint={tx(
            ctx,
            'PDF, JPEG oder PNG, höchstens 10 MB je Datei.',
            'PDF, JPEG or PNG, at most 10 MB each.',
          )}
          error={evidenceError}
        >
          <input
            class="kern-form-input__input"
            id="evidence"
            name="evidence"
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={evidenceError ? 'true' : undefined}
            aria-describedby={evidenceError ? 'evidence-hint evidence-error' : 'evidence-hint'}
          />
        </FieldFrame>
        <Submit label={tx(ctx, 'Antrag absenden', 'Send application')} />
      </PostForm>
    </Page>
  );
}

export function MandatePage(props: {
  ctx: RequestContext;
  creditor: { name: string; creditorId: string } | undefined;
  current: { reference: string } | undefined;
  errors?: PageError[];
  values?: Record<string, string>;
}) {
  const { ctx } = props;
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const values = props.values ?? {};
  return (
    <Page ctx={ctx} de="SEPA-Lastschriftmandat" en="SEPA direct-debit mandate" errors={props.errors}>
      <p class="kern-body">
        {tx(
          ctx,
          `Ich ermächtige die ${props.creditor?.name ?? 'Stadt'} (Gläubiger-Identifikationsnummer ${props.creditor?.creditorId ?? '–'}), die Hundesteuer zu den Fälligkeitstagen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen. Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.`,
          `I authorise ${props.creditor?.name ?? 'the town'} (creditor identifier ${props.creditor?.creditorId ?? '–'}) to collect the dog tax from my account by direct debit on the due dates, and instruct my bank to pay them. I can ask for a refund within eight weeks of the debit date under the terms agreed with my bank.`,
        )}
      </p>
      {props.current ? (
        <p class="kern-body">
          {tx(
            ctx,
            `Ihr geltendes Mandat: ${props.current.reference}. Ein neues Mandat ersetzt es.`,
            `Your current mandate: ${props.current.reference}. A new mandate replaces it.`,
          )}
        </p>
      ) : null}
      <PostForm ctx={ctx} action={DOG_TAX_PATHS.citizenMandate}>
        <InputField
          id="accountHolder"
          label={tx(ctx, 'Kontoinhaberin oder Kontoinhaber', 'Account holder')}
          value={values.accountHolder}
          error={errorOf('accountHolder')}
          autocomplete="name"
        />
        <InputField
          id="iban"
          label="IBAN"
          hint={tx(
            ctx,
            'Zum Beispiel DE89 3704 0044 0532 0130 00',
            'For example DE89 3704 0044 0532 0130 00',
          )}
          value={values.iban}
          error={errorOf('iban')}
        />
        <FieldFrame id="consent" label={tx(ctx, 'Zustimmung', 'Consent')} error={errorOf('consent')}>
          <div class="kern-form-check">
            <input
              class="kern-form-check__input"
              type="checkbox"
              id="consent"
              name="consent"
              value="ja"
              checked={values.consent === 'ja'}
              aria-describedby={errorOf('consent') ? 'consent-error' : undefined}
            />
            <label class="kern-label" for="consent">
              {tx(
                ctx,
                'Ich erteile das SEPA-Lastschriftmandat wie oben beschrieben.',
                'I give the SEPA direct-debit mandate as described above.',
              )}
            </label>
          </div>
        </FieldFrame>
        <Submit label={tx(ctx, 'Mandat erteilen', 'Give mandate')} />
      </PostForm>
      {props.current ? (
        <PostForm ctx={ctx} action={`${DOG_TAX_PATHS.citizenMandate}/widerrufen`}>
          <Submit label={tx(ctx, 'Mandat widerrufen', 'Revoke mandate')} variant="secondary" />
        </PostForm>
      ) : null}
    </Page>
  );
}
