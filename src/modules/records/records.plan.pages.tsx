// The file plan as a tree, one group's page, and the Registratur's forms to maintain it.
import { hasPermission, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import type { SafeHtml } from '../../platform/ui/jsx-runtime.ts';
import { FILES_PATH, PLAN_IMPORT_PATH, PLAN_PATH, planNodePath } from './records.core.http.ts';
import {
  ActionButton,
  Facts,
  RecordsPage,
  errorOf,
  hrefWith,
  translator,
  yearsLabel,
  type PageError,
} from './records.core.pages.tsx';
import { disposals } from './records.core.fields.ts';
import {
  confidentialityShortText,
  confidentialityText,
  disposalText,
  inheritedText,
} from './records.messages.ts';
import { confidentialityLevels } from './records.policies.ts';
import { planText as text } from './records.plan.messages.ts';
import type { PlanNodeInput, PlanTreeNode } from './records.plan.usecases.ts';
import { Heading } from '../../platform/ui/components.tsx';

type T = ReturnType<typeof translator>;

function defaultsLine(t: T, node: PlanTreeNode): string {
  const { retentionYears, disposal, confidentiality } = node.effective;
  return [
    retentionYears === null ? null : yearsLabel(t, retentionYears),
    disposal ? t(disposalText[disposal]) : null,
    confidentiality ? t(confidentialityShortText[confidentiality]) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function NodeFields(props: {
  ctx: RequestContext;
  values: PlanNodeInput;
  errors?: PageError[] | undefined;
  idPrefix?: string;
}) {
  const t = translator(props.ctx);
  const id = (name: string) => `${props.idPrefix ?? ''}${name}`;
  const inherit = { value: '', label: t(text.inheritOption) };
  return (
    <>
      <InputField
        id={id('title')}
        name="title"
        label={t(text.titleLabel)}
        value={props.values.title}
        error={errorOf(props.errors, 'title')}
      />
      <div class={`kern-form-input${errorOf(props.errors, 'description') ? ' kern-form-input--error' : ''}`}>
        <label class="kern-label" for={id('description')}>
          {t(text.descriptionLabel)}
        </label>
        <textarea class="kern-form-input__input" id={id('description')} name="description" rows="3">
          {props.values.description}
        </textarea>
      </div>
      <InputField
        id={id('retentionYears')}
        name="retentionYears"
        label={t(text.retentionLabel)}
        hint={t(text.retentionHint)}
        inputmode="numeric"
        value={props.values.retentionYears}
        error={errorOf(props.errors, 'retentionYears')}
      />
      <SelectField
        id="disposal"
        label={t(text.disposalLabel)}
        value={props.values.disposal}
        error={errorOf(props.errors, 'disposal')}
        options={[inherit, ...disposals.map((value) => ({ value, label: t(disposalText[value]) }))]}
      />
      <SelectField
        id="confidentiality"
        label={t(text.confidentialityLabel)}
        value={props.values.confidentiality}
        error={errorOf(props.errors, 'confidentiality')}
        options={[
          inherit,
          ...confidentialityLevels.map((value) => ({ value, label: t(confidentialityText[value]) })),
        ]}
      />
    </>
  );
}

export const emptyNodeInput: PlanNodeInput & { code: string } = {
  code: '',
  title: '',
  description: '',
  retentionYears: '',
  disposal: '',
  confidentiality: '',
};

export function PlanPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  roots: PlanTreeNode[];
  form?: (PlanNodeInput & { code: string }) | undefined;
  errors?: PageError[] | undefined;
  notice?: string | undefined;
}) {
  const { ctx } = props;
  const t = translator(ctx);
  const manages = hasPermission(props.actor, 'records.manage_plan');
  const Tree = ({ nodes }: { nodes: PlanTreeNode[] }): SafeHtml | null =>
    nodes.length === 0 ? null : (
      <ul class="plan-tree">
        {nodes.map((node) => (
          <li>
            <a class="kern-link" href={planNodePath(node.id)}>
              {`${node.code} ${node.title}`}
            </a>{' '}
            <span class="kern-body kern-body--small kern-body--muted">{defaultsLine(t, node)}</span>
            {node.usable ? null : <span class="kern-body kern-body--small">{` (${t(text.inactive)})`}</span>}
            <Tree nodes={node.children} />
          </li>
        ))}
      </ul>
    );
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={t(text.title)}
      section={PLAN_PATH}
      errors={props.errors}
      notice={props.notice}
    >
      <p class="kern-body">{t(text.intro)}</p>
      {manages ? (
        <p class="kern-body">
          <a class="kern-link" href={PLAN_IMPORT_PATH}>
            {t(text.importLink)}
          </a>
        </p>
      ) : null}
      {props.roots.length === 0 ? <p class="kern-body">{t(text.empty)}</p> : <Tree nodes={props.roots} />}
      {manages ? (
        <section aria-labelledby="add-heading" class="stack">
          <Heading level={2} id="add-heading">
            {t(text.addHeading)}
          </Heading>
          <form method="post" action={PLAN_PATH} novalidate class="stack">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <InputField
              id="code"
              label={t(text.codeLabel)}
              hint={t(text.codeHint)}
              value={props.form?.code}
              error={errorOf(props.errors, 'code')}
            />
            <NodeFields ctx={ctx} values={props.form ?? emptyNodeInput} errors={props.errors} />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t(text.addButton)}</span>
            </button>
          </form>
        </section>
      ) : null}
    </RecordsPage>
  );
}

export function PlanNodePage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  node: PlanTreeNode;
  parent: PlanTreeNode | undefined;
  form?: PlanNodeInput | undefined;
  errors?: PageError[] | undefined;
  notice?: string | undefined;
}) {
  const { ctx, node } = props;
  const t = translator(ctx);
  const manages = hasPermission(props.actor, 'records.manage_plan');
  const writes = hasPermission(props.actor, 'records.write');
  const own = (value: unknown) => (value === null ? ` ${t(inheritedText.inherited)}` : '');
  const { retentionYears, disposal, confidentiality } = node.effective;
  const base = planNodePath(node.id);
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={`${t(text.nodeTitle, { code: node.code })}: ${node.title}`}
      section={PLAN_PATH}
      errors={props.errors}
      notice={props.notice}
    >
      <Facts
        items={[
          [t(text.codeLabel), node.code],
          [t(text.titleLabel), node.title],
          [
            t(text.parentLabel),
            props.parent ? (
              <a
                class="kern-link"
                href={planNodePath(props.parent.id)}
              >{`${props.parent.code} ${props.parent.title}`}</a>
            ) : (
              t(text.noParent)
            ),
          ],
          [t(text.descriptionLabel), node.description],
          [
            t(text.retention),
            retentionYears === null
              ? t(inheritedText.notSet)
              : `${yearsLabel(t, retentionYears)}${own(node.retentionYears)}`,
          ],
          [
            t(text.disposal),
            disposal ? `${t(disposalText[disposal])}${own(node.disposal)}` : t(inheritedText.notSet),
          ],
          [
            t(text.confidentiality),
            confidentiality
              ? `${t(confidentialityText[confidentiality])}${own(node.confidentiality)}`
              : t(inheritedText.notSet),
          ],
          [t(text.status), t(node.usable ? text.active : text.inactive)],
        ]}
      />
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={hrefWith(FILES_PATH, { planknoten: node.id })}>
            {t(text.filesLink)}
          </a>
        </li>
        {writes && node.usable ? (
          <li>
            <a class="kern-link" href={hrefWith(`${FILES_PATH}/neu`, { planknoten: node.id })}>
              {t(text.newFileLink)}
            </a>
          </li>
        ) : null}
      </ul>
      {node.children.length > 0 ? (
        <section aria-labelledby="children-heading">
          <Heading level={2} id="children-heading">
            {t(text.childrenHeading)}
          </Heading>
          <ul class="kern-list">
            {node.children.map((child) => (
              <li>
                <a class="kern-link" href={planNodePath(child.id)}>{`${child.code} ${child.title}`}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {manages ? (
        <section aria-labelledby="edit-heading" class="stack">
          <Heading level={2} id="edit-heading">
            {t(text.editLink, { code: node.code })}
          </Heading>
          <form method="post" action={base} novalidate class="stack">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <NodeFields
              ctx={ctx}
              errors={props.errors}
              values={
                props.form ?? {
                  title: node.title,
                  description: node.description ?? '',
                  retentionYears: node.retentionYears === null ? '' : String(node.retentionYears),
                  disposal: node.disposal ?? '',
                  confidentiality: node.confidentiality ?? '',
                }
              }
            />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t(text.saveButton)}</span>
            </button>
          </form>
          {node.active ? (
            <>
              <p class="kern-body">{t(text.deactivateHint)}</p>
              <ActionButton ctx={ctx} action={`${base}/stilllegen`} label={t(text.deactivateButton)} />
            </>
          ) : (
            <ActionButton ctx={ctx} action={`${base}/aktivieren`} label={t(text.reactivateButton)} />
          )}
        </section>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={PLAN_PATH}>
          {t(text.backToPlan)}
        </a>
      </p>
    </RecordsPage>
  );
}
