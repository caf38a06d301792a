// The page frame of every HTML page: skip link, landmarks, language switch, KERN styles.
// No inline scripts or styles, so the strict Content-Security-Policy holds.
import { translate, type Locale } from '../i18n/i18n.ts';
import type { RequestContext } from '../http/request-context.ts';
import { raw, type Child } from './jsx-runtime.ts';
import { uiText } from './ui.messages.ts';

export interface NavigationItem {
  href: string;
  label: string;
  current?: boolean;
}

export interface LayoutProps {
  ctx: RequestContext;
  title: string;
  area?: 'portal' | 'staff';
  navigation?: NavigationItem[];
  children?: Child;
}

function languageHref(path: string, locale: Locale): string {
  const queryStart = path.indexOf('?');
  if (queryStart === -1) return `${path}?lang=${locale}`;
  const params = new URLSearchParams(path.slice(queryStart + 1));
  params.set('lang', locale);
  return `${path.slice(0, queryStart)}?${params}`;
}

export function Layout({ ctx, title, area = 'portal', navigation = [], children }: LayoutProps) {
  const t = (text: { de: string; en: string }) => translate(ctx.locale, text);
  const townName = ctx.tenant?.name ?? 'Rathaus';
  const siteName =
    area === 'staff' ? `${t(uiText.staffArea)} – ${townName}` : `${t(uiText.portalName)} ${townName}`;
  const otherLocale: Locale = ctx.locale === 'de' ? 'en' : 'de';
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={ctx.locale} class="kern-light">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – ${siteName}`}</title>
          <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css" />
          <link rel="stylesheet" href="/assets/kern/kern.min.css" />
          <link rel="stylesheet" href="/assets/app/rathaus.css" />
          <meta
            name="htmx-config"
            content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'
          />
          <script src="/assets/htmx/htmx.min.js" defer></script>
        </head>
        <body class={`area-${area}`}>
          <a class="skip-link" href="#main">
            {t(uiText.skipLink)}
          </a>
          <header class="site-header">
            <div class="kern-container site-header__inner">
              <a class="site-header__brand" href={area === 'staff' ? '/intern' : '/'}>
                <span class="site-header__town">{townName}</span>
                <span class="site-header__product">
                  {area === 'staff' ? t(uiText.staffArea) : t(uiText.portalName)}
                </span>
              </a>
              <nav aria-label={t(uiText.languageSwitch)} class="site-header__language">
                <a
                  class="kern-link"
                  href={languageHref(ctx.path, otherLocale)}
                  hreflang={otherLocale}
                  lang={otherLocale}
                >
                  {otherLocale === 'en' ? 'English' : 'Deutsch'}
                </a>
              </nav>
            </div>
            {navigation.length > 0 ? (
              <nav aria-label={t(uiText.mainNavigation)} class="site-nav">
                <ul class="kern-container site-nav__list">
                  {navigation.map((item) => (
                    <li>
                      <a class="kern-link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </header>
          <main id="main" tabindex="-1" class="kern-container site-main">
            {children}
          </main>
          <footer class="site-footer">
            <div class="kern-container">
              <p class="kern-body kern-body--small">
                {townName} · Rathaus – {t(uiText.portalName)}
              </p>
              <nav aria-label={t(uiText.footerNavigation)}>
                <ul class="site-footer__links">
                  <li>
                    <a class="kern-link" href="/impressum">
                      {t(uiText.imprint)}
                    </a>
                  </li>
                  <li>
                    <a class="kern-link" href="/datenschutz">
                      {t(uiText.privacy)}
                    </a>
                  </li>
                  <li>
                    <a class="kern-link" href="/barrierefreiheit">
                      {t(uiText.accessibility)}
                    </a>
                  </li>
                </ul>
              </nav>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
