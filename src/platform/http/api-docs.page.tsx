// The browsable API reference at /api/docs: rendered on the server from the OpenAPI document, in the
// KERN layout, so it keeps the strict CSP and passes the same accessibility checks as every page.
import { translate, type Text } from '../i18n/i18n.ts';
import { Heading } from '../ui/components.tsx';
import { Layout } from '../ui/layout.tsx';
import type { RequestContext } from './request-context.ts';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

const text = {
  title: { de: 'API-Referenz', en: 'API reference' },
  intro: {
    de: 'Alle Schnittstellen dieser Installation. Das maschinenlesbare OpenAPI-Dokument:',
    en: 'Every interface of this installation. The machine-readable OpenAPI document:',
  },
  parameters: { de: 'Parameter', en: 'Parameters' },
  requestBody: { de: 'Anfrageinhalt', en: 'Request body' },
  responses: { de: 'Antworten', en: 'Responses' },
  required: { de: 'Pflicht', en: 'required' },
  other: { de: 'Weitere', en: 'Other' },
} satisfies Record<string, Text>;

const methods = ['get', 'post', 'put', 'patch', 'delete'];

function anchor(method: string, path: string): string {
  return `op-${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

function Schema({ schema }: { schema: unknown }) {
  return <pre class="api-schema">{JSON.stringify(schema, null, 2)}</pre>;
}

export function ApiDocsPage({ ctx, document }: { ctx: RequestContext; document: OpenApiDocument }) {
  const t = (value: Text) => translate(ctx.locale, value);
  const groups = new Map<string, { method: string; path: string; operation: Operation }[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? t(text.other);
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return (
    <Layout ctx={ctx} title={t(text.title)}>
      <div class="stack">
        <Heading>{`${document.info.title} – ${t(text.title)}`}</Heading>
        <p class="kern-body">
          {t(text.intro)}{' '}
          <a class="kern-link" href="/api/openapi.json">
            /api/openapi.json
          </a>{' '}
          (OpenAPI {document.openapi}, Version {document.info.version})
        </p>
        {[...groups].map(([tag, operations]) => (
          <section class="stack" aria-labelledby={`tag-${tag.replace(/\W+/g, '-')}`}>
            <Heading level={2} id={`tag-${tag.replace(/\W+/g, '-')}`}>
              {tag}
            </Heading>
            {operations.map(({ method, path, operation }) => (
              <article class="api-operation" aria-labelledby={anchor(method, path)}>
                <Heading level={3} size="small" id={anchor(method, path)}>
                  <span class="api-method">{method.toUpperCase()}</span> <code>{path}</code>
                </Heading>
                {operation.summary ? <p class="kern-body">{operation.summary}</p> : null}
                {operation.parameters?.length ? (
                  <>
                    <p class="kern-body kern-body--bold">{t(text.parameters)}</p>
                    <ul class="kern-list">
                      {operation.parameters.map((parameter) => (
                        <li>
                          <code>{parameter.name}</code> ({parameter.in}
                          {parameter.required ? `, ${t(text.required)}` : ''})
                          {parameter.schema ? <Schema schema={parameter.schema} /> : null}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {operation.requestBody?.content
                  ? Object.entries(operation.requestBody.content).map(([type, content]) => (
                      <>
                        <p class="kern-body kern-body--bold">
                          {t(text.requestBody)} (<code>{type}</code>)
                        </p>
                        <Schema schema={content.schema} />
                      </>
                    ))
                  : null}
                {operation.responses ? (
                  <>
                    <p class="kern-body kern-body--bold">{t(text.responses)}</p>
                    <ul class="kern-list">
                      {Object.entries(operation.responses).map(([status, response]) => (
                        <li>
                          <code>{status}</code> {response.description ?? ''}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </article>
            ))}
          </section>
        ))}
      </div>
    </Layout>
  );
}
