// Mein Arbeitsplatz: the clerk's start page.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { StaffLayout } from '../identity/index.ts';
import { deskText as text } from './records.desk.messages.ts';
import type { describeDesk } from './records.desk.usecases.ts';
import { ResubmissionTable } from './records.resubmissions.pages.tsx';
import { addressedLine, StartedList } from './records.routing.inbox.pages.tsx';
import { stepKindText } from './records.routing.messages.ts';
import { showTime } from './records.workflow.days.ts';
import {
  casePath,
  DESK_PATH,
  documentPath,
  RESUBMISSIONS_PATH,
  ROUTINGS_PATH,
} from './records.workflow.paths.ts';

type Desk = Awaited<ReturnType<typeof describeDesk>>;

const translator = (ctx: RequestContext) => (value: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, value, values);

function CasesTable(props: { ctx: RequestContext; actor: StaffActor; cases: Desk['cases'] }) {
  const { ctx, actor } = props;
  const t = translator(ctx);
  const header = (label: Text) => (
    <th scope="col" class="kern-table__header">
      {t(label)}
    </th>
  );
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-sr-only">{t(text.casesHeading)}</caption>
        <thead>
          <tr class="kern-table__row">
            {header(text.columnCase)}
            {header(text.columnReference)}
            {header(text.columnResponsible)}
            {header(text.columnOpened)}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.cases.map((row) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">
                <a class="kern-link" href={casePath(row.id)}>
                  {row.title}
                </a>
              </td>
              <td class="kern-table__cell">{`${row.fileReference} · ${row.number}`}</td>
              <td class="kern-table__cell">
                {row.responsibleStaffId === actor.id ? '' : row.responsibleName}
              </td>
              <td class="kern-table__cell">{showTime(ctx.locale, row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DeskPage(props: { ctx: RequestContext; actor: StaffActor; desk: Desk; marked?: boolean }) {
  const { ctx, actor, desk } = props;
  const t = translator(ctx);
  const acting = actor.actingFor ?? [];
  return (
    <StaffLayout ctx={ctx} actor={actor} title={t(text.title)} currentHref={DESK_PATH}>
      {props.marked ? <Alert kind="success" title={t(text.marked)} /> : null}
      <Heading>{t(text.title)}</Heading>
      {acting.length > 0 ? (
        <p class="kern-body">{t(text.actingFor, { names: acting.map((a) => a.displayName).join(', ') })}</p>
      ) : null}
      <section aria-labelledby="desk-resubmissions" class="stack">
        <Heading level={2} id="desk-resubmissions">
          {t(text.resubmissionsHeading)}
        </Heading>
        {desk.dueResubmissions.length === 0 ? (
          <p class="kern-body">{t(text.resubmissionsNone)}</p>
        ) : (
          <ResubmissionTable
            ctx={ctx}
            actor={actor}
            items={desk.dueResubmissions}
            today={desk.today}
            caption={t(text.resubmissionsHeading)}
            returnTo={DESK_PATH}
          />
        )}
        <p>
          <a class="kern-link" href={RESUBMISSIONS_PATH}>
            {t(text.resubmissionsAll)}
          </a>
        </p>
      </section>
      <section aria-labelledby="desk-routings" class="stack">
        <Heading level={2} id="desk-routings">
          {t(text.routingsHeading)}
        </Heading>
        {desk.waiting.length === 0 ? (
          <p class="kern-body">{t(text.routingsNone)}</p>
        ) : (
          <ul class="kern-list">
            {desk.waiting.map((item) => (
              <li>
                <a class="kern-link" href={documentPath(item.documentId)}>
                  {item.documentTitle}
                </a>
                {` · ${t(text.routingItem, {
                  kind: t(stepKindText[item.kind]),
                  addressed: addressedLine(ctx, item),
                  since: item.activatedAt ? showTime(ctx.locale, item.activatedAt) : '',
                })}`}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a class="kern-link" href={ROUTINGS_PATH}>
            {t(text.routingsAll)}
          </a>
        </p>
      </section>
      {desk.returned.length > 0 ? (
        <section aria-labelledby="desk-returned" class="stack">
          <Heading level={2} id="desk-returned">
            {t(text.returnedHeading)}
          </Heading>
          <StartedList ctx={ctx} routings={desk.returned} />
        </section>
      ) : null}
      <section aria-labelledby="desk-cases" class="stack">
        <Heading level={2} id="desk-cases">
          {t(text.casesHeading)}
        </Heading>
        {desk.cases.length === 0 ? (
          <p class="kern-body">{t(text.casesNone)}</p>
        ) : (
          <CasesTable ctx={ctx} actor={actor} cases={desk.cases} />
        )}
        {desk.casesNextCursor ? (
          <p>
            <a class="kern-link" href={`${DESK_PATH}?vorgaenge=${encodeURIComponent(desk.casesNextCursor)}`}>
              {t(text.casesMore)}
            </a>
          </p>
        ) : null}
      </section>
    </StaffLayout>
  );
}
