// The annual run (start, progress) and the direct-debit files. The progress works without JavaScript
// (the page shows the state when loaded and links to itself); with htmx the progress region updates
// itself every two seconds while the run goes on — no meta refresh, which would fail WCAG 2.2.1.
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Heading } from '../../platform/ui/components.tsx';
import { InputField } from '../../platform/ui/form-fields.tsx';
import type { Run } from './dogtax.billing.repository.ts';
import type { PageError } from './dogtax.office.pages.tsx';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import { day, euro, PostForm, Submit, Table, tx } from './dogtax.ui.tsx';

const statusText = (ctx: RequestContext, run: Run) =>
  run.status === 'running'
    ? tx(ctx, 'läuft', 'running')
    : run.status === 'done'
      ? tx(ctx, 'fertig', 'done')
      : tx(ctx, 'abgebrochen', 'failed');

export function RunsPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  runs: Run[];
  collections: {
    id: string;
    collectionDate: string;
    messageId: string;
    transactions: number;
    sumCents: string;
    createdAt: Date;
  }[];
  nextYear: number;
  errors?: PageError[];
  notice?: string | undefined;
  values?: Record<string, string>;
}) {
  const { ctx } = props;
  const errorOf = (field: string) => props.errors?.find((error) => error.field === field)?.message;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, 'Jahreslauf und Lastschriften', 'Annual run and direct debits')}
      currentHref={DOG_TAX_PATHS.office}
      errors={props.errors}
      notice={props.notice}
    >
      <section class="stack" aria-labelledby="jahreslauf">
        <Heading level={2} id="jahreslauf">
          {tx(ctx, 'Jahreslauf starten', 'Start the annual run')}
        </Heading>
        <p class="kern-body">
          {tx(
            ctx,
            'Der Jahreslauf erstellt für jeden Haushalt, der im Jahr einen Hund hält, den Steuerbescheid, legt ihn in der E-Akte ab und stellt ihn zu. Er läuft im Hintergrund und setzt nach einer Unterbrechung fort, ohne Bescheide doppelt zu erstellen.',
            'The annual run makes the tax notice of every household keeping a dog in the year, files it in the E-Akte and delivers it. It runs in the background and resumes after an interruption without making notices twice.',
          )}
        </p>
        <PostForm ctx={ctx} action={DOG_TAX_PATHS.runs}>
          <InputField
            id="year"
            label={tx(ctx, 'Steuerjahr', 'Tax year')}
            value={props.values?.year ?? String(props.nextYear)}
            error={errorOf('year')}
            inputmode="numeric"
          />
          <Submit label={tx(ctx, 'Jahreslauf starten', 'Start annual run')} />
        </PostForm>
        {props.runs.length > 0 ? (
          <Table
            caption={tx(ctx, 'Bisherige Läufe', 'Earlier runs')}
            headers={[
              tx(ctx, 'Jahr', 'Year'),
              tx(ctx, 'Gestartet', 'Started'),
              tx(ctx, 'Stand', 'Status'),
              tx(ctx, 'Bescheide', 'Notices'),
            ]}
            numeric={[3]}
            rows={props.runs.map((run) => [
              String(run.year),
              <a class="kern-link" href={DOG_TAX_PATHS.run(run.id)}>
                {day(ctx, run.startedAt.toISOString().slice(0, 10))}
              </a>,
              statusText(ctx, run),
              `${run.done} / ${run.total}`,
            ])}
          />
        ) : null}
      </section>
      <section class="stack" aria-labelledby="lastschriften">
        <Heading level={2} id="lastschriften">
          {tx(ctx, 'Lastschriftdatei (SEPA pain.008)', 'Direct-debit file (SEPA pain.008)')}
        </Heading>
        <p class="kern-body">
          {tx(
            ctx,
            'Enthält für jeden Haushalt mit Lastschriftmandat, was bis zum Fälligkeitstag fällig und noch nicht bezahlt ist. Die Beträge werden mit der Datei als eingezogen gebucht; Rücklastschriften buchen Sie beim Haushalt.',
            'Contains for every household with a mandate what is due up to the collection date and not yet paid. The amounts are booked as collected with the file; book returned debits at the household.',
          )}
        </p>
        <PostForm ctx={ctx} action={DOG_TAX_PATHS.collections}>
          <InputField
            id="collectionDate"
            type="date"
            label={tx(ctx, 'Fälligkeitstag (Einzug am)', 'Collection date')}
            value={props.values?.collectionDate}
            error={errorOf('collectionDate')}
          />
          <Submit
            label={tx(ctx, 'Lastschriftdatei erstellen', 'Create direct-debit file')}
            variant="secondary"
          />
        </PostForm>
        {props.collections.length > 0 ? (
          <Table
            caption={tx(ctx, 'Lastschriftdateien', 'Direct-debit files')}
            headers={[
              tx(ctx, 'Einzug am', 'Collection date'),
              tx(ctx, 'Nachricht', 'Message'),
              tx(ctx, 'Lastschriften', 'Debits'),
              tx(ctx, 'Summe', 'Sum'),
            ]}
            numeric={[2, 3]}
            rows={props.collections.map((row) => [
              day(ctx, row.collectionDate),
              <a class="kern-link" href={DOG_TAX_PATHS.collectionFile(row.id)}>
                {row.messageId}
              </a>,
              String(row.transactions),
              euro(Number(row.sumCents)),
            ])}
          />
        ) : null}
      </section>
    </StaffPage>
  );
}

/** The progress region; also the htmx fragment. */
export function RunProgress(props: { ctx: RequestContext; run: Run }) {
  const { ctx, run } = props;
  const running = run.status === 'running';
  const label = tx(
    ctx,
    `${run.done} von ${run.total} Bescheiden erstellt`,
    `${run.done} of ${run.total} notices made`,
  );
  return (
    <div
      id="fortschritt"
      class="stack"
      aria-live="polite"
      hx-get={running ? `${DOG_TAX_PATHS.run(run.id)}?teil=fortschritt` : undefined}
      hx-trigger={running ? 'every 2s' : undefined}
      hx-swap={running ? 'outerHTML' : undefined}
    >
      <label class="kern-label" for="fortschritt-balken">
        {tx(
          ctx,
          `Jahreslauf ${run.year}: ${statusText(ctx, run)}`,
          `Annual run ${run.year}: ${statusText(ctx, run)}`,
        )}
      </label>
      <progress id="fortschritt-balken" max={String(Math.max(run.total, 1))} value={String(run.done)}>
        {label}
      </progress>
      <p class="kern-body" data-testid="run-status">
        {label}
      </p>
      {run.status === 'failed' ? (
        <p class="kern-body">{tx(ctx, `Fehler: ${run.error ?? '–'}`, `Error: ${run.error ?? '–'}`)}</p>
      ) : null}
    </div>
  );
}

export function RunPage(props: { ctx: RequestContext; actor: StaffActor; run: Run }) {
  const { ctx, run } = props;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={tx(ctx, `Jahreslauf ${run.year}`, `Annual run ${run.year}`)}
      currentHref={DOG_TAX_PATHS.office}
    >
      <RunProgress ctx={ctx} run={run} />
      {run.status === 'running' ? (
        <p class="kern-body">
          <a class="kern-link" href={DOG_TAX_PATHS.run(run.id)}>
            {tx(ctx, 'Stand aktualisieren', 'Refresh status')}
          </a>
        </p>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={DOG_TAX_PATHS.runs}>
          {tx(ctx, 'Zurück zu Jahreslauf und Lastschriften', 'Back to annual run and direct debits')}
        </a>
      </p>
    </StaffPage>
  );
}
