import { translate } from '../i18n/i18n.ts';
import type { RequestContext } from '../http/request-context.ts';
import { Heading } from './components.tsx';
import { Layout } from './layout.tsx';
import { uiText } from './ui.messages.ts';

export function ErrorPage(props: {
  ctx: RequestContext;
  statusCode: number;
  code: string;
  message: string;
  requestId: string;
}) {
  const t = (text: { de: string; en: string }) => translate(props.ctx.locale, text);
  return (
    <Layout ctx={props.ctx} title={`${t(uiText.errorTitle)} ${props.statusCode}`}>
      <div class="stack">
        <Heading>{`${t(uiText.errorTitle)} ${props.statusCode}`}</Heading>
        <p class="kern-body kern-body--large">{props.message}</p>
        <p class="kern-body kern-body--small">
          {t(uiText.errorCode)}: <code>{props.code}</code> · ID: <code>{props.requestId}</code>
        </p>
        <p>
          <a class="kern-link" href="/">
            {t(uiText.backHome)}
          </a>
        </p>
      </div>
    </Layout>
  );
}
