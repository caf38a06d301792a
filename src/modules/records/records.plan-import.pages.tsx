// The upload form for a file plan CSV, with the problems of a refused file listed by line.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { PLAN_IMPORT_PATH, PLAN_PATH } from './records.core.http.ts';
import { RecordsPage, translator, type PageError } from './records.core.pages.tsx';
import { importText as text, planText } from './records.plan.messages.ts';

export function PlanImportPage(props: { ctx: RequestContext; actor: StaffActor; errors?: PageError[] }) {
  const { ctx } = props;
  const t = translator(ctx);
  const errors = props.errors ?? [];
  // multipart/form-data carries no urlencoded body, so the CSRF token travels in the query string.
  const action = `${PLAN_IMPORT_PATH}?_csrf=${encodeURIComponent(ctx.csrfToken)}`;
  return (
    <RecordsPage ctx={ctx} actor={props.actor} title={t(text.title)} section={PLAN_PATH} errors={errors}>
      <p class="kern-body">{t(text.intro)}</p>
      <p class="kern-body">{t(text.valuesHint)}</p>
      <form method="post" action={action} enctype="multipart/form-data" class="stack">
        <div class={`kern-form-input${errors.length > 0 ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="csv">
            {t(text.fileLabel)}
          </label>
          <input
            class="kern-form-input__input"
            id="csv"
            name="csv"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={errors.length > 0 ? 'true' : undefined}
          />
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(text.button)}</span>
        </button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href={PLAN_PATH}>
          {t(planText.backToPlan)}
        </a>
      </p>
    </RecordsPage>
  );
}
