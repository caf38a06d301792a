// The page where a person names their substitute (and an administrator can for anyone).
import { hasPermission, type StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate, type Text } from '../../platform/i18n/i18n.ts';
import { Alert, CsrfField, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { InputField, SelectField } from './identity.admin.fields.tsx';
import { substituteText as text } from './identity.substitutes.messages.ts';
import { StaffLayout } from './identity.pages.tsx';

export const SUBSTITUTES_PATH = '/intern/konto/vertretung';

export function SubstitutesPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  substitutes: { id: string; substituteName: string; from: string; until: string }[];
  people: { id: string; displayName: string }[];
  form?: { absentStaffId: string; substituteStaffId: string; from: string; until: string };
  errors?: { field: string; message: string }[];
  created?: boolean;
  ended?: boolean;
}) {
  const { ctx, actor } = props;
  const t = (value: Text, values?: Record<string, string>) => translate(ctx.locale, value, values);
  const errors = props.errors ?? [];
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const form = props.form ?? { absentStaffId: actor.id, substituteStaffId: '', from: '', until: '' };
  const options = props.people.map((p) => ({ value: p.id, label: p.displayName }));
  const title = t(text.title);
  return (
    <StaffLayout
      ctx={ctx}
      actor={actor}
      title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${title}` : title}
      currentHref={SUBSTITUTES_PATH}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.created ? <Alert kind="success" title={t(text.created)} /> : null}
      {props.ended ? <Alert kind="success" title={t(text.ended)} /> : null}
      <Heading>{title}</Heading>
      <p class="kern-body">{t(text.intro)}</p>
      {actor.actingFor && actor.actingFor.length > 0 ? (
        <section aria-labelledby="acting-heading" class="stack">
          <Heading level={2} id="acting-heading">
            {t(text.actingForHeading)}
          </Heading>
          <ul class="kern-list">
            {actor.actingFor.map((absent) => (
              <li>{absent.displayName}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="current-heading" class="stack">
        <Heading level={2} id="current-heading">
          {t(text.currentHeading)}
        </Heading>
        {props.substitutes.length === 0 ? (
          <p class="kern-body">{t(text.none)}</p>
        ) : (
          <ul class="kern-list">
            {props.substitutes.map((s) => (
              <li>
                <form method="post" action={`${SUBSTITUTES_PATH}/${s.id}/beenden`}>
                  <CsrfField token={ctx.csrfToken} />
                  {t(text.row, { name: s.substituteName, from: s.from, until: s.until })}{' '}
                  <button
                    class="kern-btn kern-btn--secondary kern-btn--x-small"
                    type="submit"
                    aria-label={t(text.endButtonLabel, {
                      name: s.substituteName,
                      from: s.from,
                      until: s.until,
                    })}
                  >
                    <span class="kern-label">{t(text.endButton)}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-heading" class="stack">
        <Heading level={2} id="create-heading">
          {t(text.createHeading)}
        </Heading>
        <form method="post" action={SUBSTITUTES_PATH} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          {hasPermission(actor, 'identity.administer') ? (
            <SelectField
              id="absentStaffId"
              label={t(text.absentLabel)}
              value={form.absentStaffId}
              error={errorOf('absentStaffId')}
              options={options}
            />
          ) : null}
          <SelectField
            id="substituteStaffId"
            label={t(text.substituteLabel)}
            value={form.substituteStaffId}
            error={errorOf('substituteStaffId')}
            options={options.filter(
              (o) => o.value !== actor.id || hasPermission(actor, 'identity.administer'),
            )}
          />
          <InputField id="from" label={t(text.fromLabel)} value={form.from} error={errorOf('from')} />
          <InputField id="until" label={t(text.untilLabel)} value={form.until} error={errorOf('until')} />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.createButton)}</span>
          </button>
        </form>
      </section>
    </StaffLayout>
  );
}
