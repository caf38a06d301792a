// The usual staff page: the frame with navigation, an error summary when a form was refused (its title then
// says "Fehler:" first, WCAG 3.3.1), a success notice after an action, and the page's heading.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { Alert, ErrorSummary, Heading } from '../../platform/ui/components.tsx';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { uiText } from '../../platform/ui/ui.messages.ts';
import { StaffLayout } from './identity.pages.tsx';

export function StaffPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  title: string;
  /** The navigation entry this page belongs to. */
  currentHref: string;
  errors?: { field: string; message: string }[];
  notice?: string | undefined;
  children?: Child;
}) {
  const errors = props.errors ?? [];
  const t = (text: { de: string; en: string }) => translate(props.ctx.locale, text);
  return (
    <StaffLayout
      ctx={props.ctx}
      actor={props.actor}
      title={errors.length > 0 ? `${t(uiText.errorTitle)}: ${props.title}` : props.title}
      currentHref={props.currentHref}
    >
      <ErrorSummary title={t(uiText.errorSummaryTitle)} errors={errors} />
      {props.notice ? <Alert kind="success" title={props.notice} /> : null}
      <Heading>{props.title}</Heading>
      {props.children}
    </StaffLayout>
  );
}
