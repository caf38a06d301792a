// Small page parts the catalogue's public and staff pages share.
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { translate, type Text } from '../../../platform/i18n/i18n.ts';
import { TextareaField as PlatformTextarea } from '../../../platform/ui/form-fields.tsx';
import type { Child } from '../../../platform/ui/jsx-runtime.ts';
import { catalogueText, levelText } from './catalogue.messages.ts';
import type { OnlineLevel } from './catalogue.tables.ts';

export function translator(ctx: RequestContext) {
  return (text: Text, values?: Record<string, string | number>) => translate(ctx.locale, text, values);
}

/** The English text where there is one and English is asked for, else the German. */
export function localized(ctx: RequestContext, german: string, english: string | null): string {
  return ctx.locale === 'en' && english ? english : german;
}

export function LevelBadge(props: { ctx: RequestContext; level: OnlineLevel; online: boolean }) {
  const t = translator(props.ctx);
  // "Temporarily not online" only means something for a service that is online at all.
  const offline = !props.online && props.level !== 'information';
  const kind = offline ? 'warning' : props.level === 'information' ? 'info' : 'success';
  return (
    <span class={`kern-badge kern-badge--${kind}`}>
      <span class="kern-label">{t(offline ? catalogueText.temporarilyOffline : levelText[props.level])}</span>
    </span>
  );
}

/** A KERN description list of label/value pairs; pairs without a value are left out. */
export function Facts(props: { items: [label: string, value: Child | null | undefined][] }) {
  return (
    <dl class="kern-description-list">
      {props.items
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([label, value]) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{label}</dt>
            <dd class="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Plain text with paragraphs at blank lines; escaped like every other text. */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '')
        .map((paragraph) => (
          <p class="kern-body">{paragraph}</p>
        ))}
    </>
  );
}

/** A multi-line text field (the platform's, four rows high by default). */
export function TextareaField(props: Parameters<typeof PlatformTextarea>[0]) {
  return <PlatformTextarea rows={4} {...props} />;
}
