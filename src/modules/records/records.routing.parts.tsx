// Pieces the routing pages share: the table of a routing's steps and the chooser of a person or department.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { describedBy, FieldFrame } from '../../platform/ui/form-fields.tsx';
import { routingText as text, stepKindText, stepStatusText } from './records.routing.messages.ts';
import type { createRoutingRepository } from './records.routing.repository.ts';
import { showTime } from './records.workflow.days.ts';

export type StepRow = Awaited<
  ReturnType<ReturnType<typeof createRoutingRepository>['stepsWithNames']>
>[number];

const translator = (ctx: RequestContext) => (value: Text, values?: Record<string, string | number>) =>
  translate(ctx.locale, value, values);

export function addresseeName(step: { personName: string | null; departmentName: string | null }): string {
  return step.personName ?? step.departmentName ?? '';
}

export function actedLine(ctx: RequestContext, step: StepRow): string {
  const t = translator(ctx);
  if (!step.actedByName || !step.actedAt) return '';
  const at = showTime(ctx.locale, step.actedAt);
  return step.onBehalfOfName
    ? t(text.actedOnBehalf, { name: step.actedByName, absent: step.onBehalfOfName, at })
    : t(text.actedBy, { name: step.actedByName, at });
}

export function StepsTable(props: { ctx: RequestContext; steps: StepRow[]; caption: string }) {
  const { ctx } = props;
  const t = translator(ctx);
  const header = (label: Text) => (
    <th scope="col" class="kern-table__header">
      {t(label)}
    </th>
  );
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-body">{props.caption}</caption>
        <thead>
          <tr class="kern-table__row">
            {header(text.columnPosition)}
            {header(text.columnKind)}
            {header(text.columnAddressee)}
            {header(text.columnStatus)}
            {header(text.columnActed)}
            {header(text.columnComment)}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.steps.map((step) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">{step.position}</td>
              <td class="kern-table__cell">{t(stepKindText[step.kind])}</td>
              <td class="kern-table__cell">{addresseeName(step)}</td>
              <td class="kern-table__cell">{t(stepStatusText[step.status])}</td>
              <td class="kern-table__cell">{actedLine(ctx, step)}</td>
              <td class="kern-table__cell">{step.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A select of people and departments (values "person:<id>" / "amt:<id>"), grouped, with an empty choice. */
export function AddresseeField(props: {
  ctx: RequestContext;
  id: string;
  label: string;
  hint?: string;
  emptyLabel: string;
  value: string;
  error?: string | undefined;
  people: { id: string; displayName: string }[];
  departments: { id: string; number: string; name: string }[];
}) {
  const t = translator(props.ctx);
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${props.error ? ' kern-form-input__select--error' : ''}`}
          id={props.id}
          name={props.id}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
        >
          <option value="">{props.emptyLabel}</option>
          <optgroup label={t(text.groupPeople)}>
            {props.people.map((person) => {
              const value = `person:${person.id}`;
              return (
                <option value={value} selected={value === props.value}>
                  {person.displayName}
                </option>
              );
            })}
          </optgroup>
          <optgroup label={t(text.groupDepartments)}>
            {props.departments.map((department) => {
              const value = `amt:${department.id}`;
              return (
                <option value={value} selected={value === props.value}>
                  {`${department.number} ${department.name}`}
                </option>
              );
            })}
          </optgroup>
        </select>
      </div>
    </FieldFrame>
  );
}
