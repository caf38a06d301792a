// The treasury's lists: dogs per breed and the listed/dangerous dogs, households in arrears, relief
// applications with the decision form.
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import type { PageError } from './dogtax.office.pages.tsx';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import type { Dog, Household, Relief } from './dogtax.register.repository.ts';
import type { ReliefRule } from './dogtax.statute.ts';
import { day, euro, Facts, PostForm, Submit, Table, tx } from './dogtax.ui.tsx';

const listedText = (ctx: RequestContext, listed: string | null) =>
  listed === 'section3' ? '§ 3 LHundG' : listed === 'section10' ? '§ 10 LHundG' : tx(ctx, '–', '–');

export function DogsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  perBreed: { breed: string; listed: string | null; count: number; dangerous: number }[];
  listed: {
    id: string;
    name: string;
    breed: string;
    listed: string | null;
    dangerous: boolean;
    taxMark: string | null;
    chipNumber: string | null;
    householdId: string;
    number: string;
    keeperName: string;
    street: string;
  }[];
}) {
  const { ctx } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Hunde nach Rasse', 'Dogs per breed')}
      currentHref={DOG_TAX_PATHS.office}
    >
      <Table
        caption={tx(
          ctx,
          'Gefährliche Hunde und Hunde bestimmter Rassen',
          'Dangerous dogs and dogs of certain breeds',
        )}
        headers={[
          tx(ctx, 'Hund', 'Dog'),
          tx(ctx, 'Rasse', 'Breed'),
          tx(ctx, 'Liste', 'List'),
          tx(ctx, 'Steuermarke', 'Tax mark'),
          tx(ctx, 'Chip', 'Chip'),
          tx(ctx, 'Halter/in', 'Keeper'),
        ]}
        rows={props.listed.map((dog) => [
          dog.name,
          dog.breed,
          `${listedText(ctx, dog.listed)}${dog.dangerous ? tx(ctx, ', Steuersatz gefährlicher Hund', ', dangerous-dog rate') : ''}`,
          dog.taxMark ?? '–',
          dog.chipNumber ?? '–',
          <a
            class="kern-link"
            href={DOG_TAX_PATHS.household(dog.householdId)}
          >{`${dog.keeperName} (${dog.number}), ${dog.street}`}</a>,
        ])}
      />
      <Table
        caption={tx(ctx, 'Angemeldete Hunde je Rasse', 'Registered dogs per breed')}
        headers={[
          tx(ctx, 'Rasse (wie angegeben)', 'Breed (as entered)'),
          tx(ctx, 'Liste', 'List'),
          tx(ctx, 'Anzahl', 'Count'),
          tx(ctx, 'Davon gefährlich', 'Of which dangerous'),
        ]}
        numeric={[2, 3]}
        rows={props.perBreed.map((row) => [
          row.breed,
          listedText(ctx, row.listed),
          String(row.count),
          String(row.dangerous),
        ])}
      />
    </StaffPage>
  );
}

export function ArrearsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  today: string;
  rows: {
    householdId: string;
    number: string;
    keeperName: string;
    year: number;
    dueCents: number;
    paidCents: number;
    openCents: number;
    oldestDueOn: string;
    mandateId: string | null;
  }[];
}) {
  const { ctx } = props;
  const total = props.rows.reduce((sum, row) => sum + row.openCents, 0);
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Haushalte mit Rückständen', 'Households in arrears')}
      currentHref={DOG_TAX_PATHS.office}
    >
      <p class="kern-body">
        {tx(
          ctx,
          `Stand ${day(ctx, props.today)}: ${props.rows.length} offene Posten, zusammen ${euro(total)}.`,
          `As of ${props.today}: ${props.rows.length} open items, ${euro(total)} in total.`,
        )}
      </p>
      <Table
        caption={tx(ctx, 'Offene Posten', 'Open items')}
        headers={[
          tx(ctx, 'Kassenzeichen', 'Reference'),
          tx(ctx, 'Halter/in', 'Keeper'),
          tx(ctx, 'Jahr', 'Year'),
          tx(ctx, 'Fällig', 'Due'),
          tx(ctx, 'Gezahlt', 'Paid'),
          tx(ctx, 'Offen', 'Open'),
          tx(ctx, 'Lastschrift', 'Direct debit'),
        ]}
        numeric={[3, 4, 5]}
        rows={props.rows.map((row) => [
          <a class="kern-link" href={DOG_TAX_PATHS.household(row.householdId)}>
            {row.number}
          </a>,
          row.keeperName,
          String(row.year),
          euro(row.dueCents),
          euro(row.paidCents),
          euro(row.openCents),
          row.mandateId ? tx(ctx, 'ja (wird eingezogen)', 'yes (will be collected)') : tx(ctx, 'nein', 'no'),
        ])}
      />
    </StaffPage>
  );
}

export function ReliefsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  rows: {
    id: string;
    ruleId: string;
    kind: string;
    percent: number;
    validFrom: string;
    requestedAt: Date;
    dogName: string;
    number: string;
    keeperName: string;
  }[];
}) {
  const { ctx } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Anträge auf Befreiung oder Ermäßigung', 'Relief applications')}
      currentHref={DOG_TAX_PATHS.office}
    >
      {props.rows.length === 0 ? (
        <p class="kern-body">{tx(ctx, 'Keine offenen Anträge.', 'No open applications.')}</p>
      ) : (
        <Table
          caption={tx(ctx, 'Offene Anträge', 'Open applications')}
          headers={[
            tx(ctx, 'Eingang', 'Received'),
            tx(ctx, 'Haushalt', 'Household'),
            tx(ctx, 'Hund', 'Dog'),
            tx(ctx, 'Beantragt', 'Requested'),
          ]}
          rows={props.rows.map((row) => [
            day(ctx, row.requestedAt.toISOString().slice(0, 10)),
            `${row.keeperName} (${row.number})`,
            row.dogName,
            <a
              class="kern-link"
              href={DOG_TAX_PATHS.relief(row.id)}
            >{`${row.kind === 'exemption' ? tx(ctx, 'Befreiung', 'Exemption') : tx(ctx, 'Ermäßigung', 'Reduction')} ${row.percent} % ab ${day(ctx, row.validFrom)}`}</a>,
          ])}
        />
      )}
    </StaffPage>
  );
}

export function ReliefPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  relief: Relief;
  dog: Dog;
  household: Household;
  rule: ReliefRule | undefined;
  errors?: PageError[];
  values?: Record<string, string>;
}) {
  const { ctx, relief } = props;
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  const values = props.values ?? {};
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, `Antrag für ${props.dog.name}`, `Application for ${props.dog.name}`)}
      currentHref={DOG_TAX_PATHS.office}
      errors={props.errors}
    >
      <Facts
        items={[
          [
            tx(ctx, 'Haushalt', 'Household'),
            <a
              class="kern-link"
              href={DOG_TAX_PATHS.household(props.household.id)}
            >{`${props.household.keeperName} (${props.household.number})`}</a>,
          ],
          [
            tx(ctx, 'Beantragt', 'Requested'),
            `${props.rule ? (ctx.locale === 'en' ? props.rule.label.en : props.rule.label.de) : relief.ruleId} – ${relief.percent} % (${relief.reference})`,
          ],
          [tx(ctx, 'Ab', 'From'), day(ctx, relief.validFrom)],
          [tx(ctx, 'Begründung', 'Reason'), relief.reason || '–'],
          [
            tx(ctx, 'Nachweise', 'Evidence'),
            props.household.caseId ? (
              <a class="kern-link" href={`/intern/vorgaenge/${props.household.caseId}`}>
                {tx(ctx, 'im Vorgang der E-Akte', 'in the E-Akte case')}
              </a>
            ) : (
              '–'
            ),
          ],
        ]}
      />
      {relief.status === 'requested' ? (
        <PostForm ctx={ctx} action={DOG_TAX_PATHS.relief(relief.id)}>
          <SelectField
            id="decision"
            label={tx(ctx, 'Entscheidung', 'Decision')}
            value={values.decision ?? 'granted'}
            options={[
              { value: 'granted', label: tx(ctx, 'Bewilligen', 'Grant') },
              { value: 'refused', label: tx(ctx, 'Ablehnen', 'Refuse') },
            ]}
          />
          <InputField
            id="from"
            type="date"
            label={tx(ctx, 'Gilt ab', 'Valid from')}
            value={values.from ?? relief.validFrom}
            error={errorOf('from')}
          />
          <InputField
            id="until"
            type="date"
            label={tx(ctx, 'Gilt bis (freiwillig)', 'Valid until (optional)')}
            value={values.until}
            error={errorOf('until')}
          />
          <TextareaField
            id="reason"
            label={tx(ctx, 'Begründung (bei Ablehnung Pflicht)', 'Reason (required for a refusal)')}
            value={values.reason}
            error={errorOf('reason')}
            maxLength={2000}
          />
          <Submit label={tx(ctx, 'Entscheiden', 'Decide')} />
        </PostForm>
      ) : (
        <p class="kern-body">
          {tx(ctx, 'Über diesen Antrag ist entschieden.', 'This application has been decided.')}
        </p>
      )}
    </StaffPage>
  );
}
