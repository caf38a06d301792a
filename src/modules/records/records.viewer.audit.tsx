// The audit trail of one document, beside the viewer (for those with audit.read): who did what when.
import type { RequestContext } from '../../platform/http/request-context.ts';
import type { AuditEntryView } from '../audit/index.ts';
import { translator } from './records.core.pages.tsx';
import { documentsText as text } from './records.documents.messages.ts';

const timeFormats = {
  de: new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }),
};

/** A short German/English line for what an entry's summary says (never the whole JSON). */
function details(entry: AuditEntryView): string {
  const summary = entry.summary as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof summary.version === 'number') parts.push(`#${summary.version}`);
  if (typeof summary.fileName === 'string') parts.push(summary.fileName);
  if (summary.changes && typeof summary.changes === 'object')
    parts.push(Object.keys(summary.changes).join(', '));
  if (typeof summary.error === 'string') parts.push(summary.error.slice(0, 120));
  return parts.join(' · ');
}

export function AuditTrailTable(props: {
  ctx: RequestContext;
  entries: AuditEntryView[];
  names: Map<string, string>;
}) {
  const t = translator(props.ctx);
  if (props.entries.length === 0) return <p class="kern-body">{t(text.noAudit)}</p>;
  const who = (entry: AuditEntryView) => {
    if (entry.actorType === 'system') return t(text.auditSystem);
    if (entry.actorType === 'api_client') return t(text.auditApiClient);
    const name = (entry.actorId && props.names.get(entry.actorId)) ?? entry.actorId ?? '–';
    const behalf = entry.onBehalfOf ? (props.names.get(entry.onBehalfOf) ?? entry.onBehalfOf) : null;
    return behalf ? `${name} (${t(text.auditOnBehalf, { name: behalf })})` : name;
  };
  return (
    <div class="kern-table-responsive">
      <table class="kern-table">
        <caption class="kern-sr-only">{t(text.viewerAuditHeading)}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t(text.createdAt)}
            </th>
            <th scope="col" class="kern-table__header">
              {t(text.createdBy)}
            </th>
            <th scope="col" class="kern-table__header">
              {t(text.viewerAuditHeading)}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {props.entries.map((entry) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell">
                <time datetime={entry.occurredAt.toISOString()}>
                  {timeFormats[props.ctx.locale].format(entry.occurredAt)}
                </time>
              </td>
              <td class="kern-table__cell">{who(entry)}</td>
              <td class="kern-table__cell">
                {text.auditActions[entry.action] ? t(text.auditActions[entry.action]!) : entry.action}
                {details(entry) ? ` (${details(entry)})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
