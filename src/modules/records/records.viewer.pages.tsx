// The document viewer: the chosen version inline (PDFs, images and text in a sandboxed frame), and beside
// it the versions, the metadata (an edit form for those who may change it), a new-version upload, the
// text recognition state and, for the Registratur and administrators, the document's audit trail.
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../platform/ui/components.tsx';
import {
  Facts,
  formatDate,
  formatDay,
  RecordsPage,
  translator,
  type PageError,
} from './records.core.pages.tsx';
import {
  casePagePath,
  contentPath,
  coSignPath,
  filePagePath,
  metadataPath,
  versionsPath,
  withCsrf,
} from './records.documents.http.ts';
import { documentsText as text } from './records.documents.messages.ts';
import { DuplicateNotice, MetadataInputs } from './records.documents.pages.tsx';
import { metadataFormValues, type MetadataFieldValues } from './records.documents.schemas.ts';
import { documentDirections, documentTypeLabel } from './records.documents.types.ts';
import type { DocumentView } from './records.viewer.usecases.ts';
import { AuditTrailTable } from './records.viewer.audit.tsx';

const inlineTypes = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'application/xml']);

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB`;
}

export function ViewerPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  view: DocumentView;
  rendition: boolean;
  notice?: string | undefined;
  errors?: PageError[] | undefined;
  /** The metadata form as sent, when it came back with errors. */
  formValues?: MetadataFieldValues | undefined;
  /** Shown above everything, e.g. that someone else saved in between. */
  warning?: string | undefined;
}) {
  const { ctx, view } = props;
  const t = translator(ctx);
  const { document, loaded, shown } = view;
  const editable = loaded.mayChange && loaded.file.status === 'open';
  const showRendition = props.rendition && shown.renditionSha256 !== null;
  const previewType = showRendition ? 'application/pdf' : shown.mediaType;
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={document.title}
      section="/intern/vorgaenge"
      errors={props.errors}
      notice={props.notice}
    >
      <Facts
        items={[
          [
            t(text.fileLabel),
            <a
              class="kern-link"
              href={filePagePath(loaded.file.id)}
            >{`${loaded.file.reference} – ${loaded.file.title}`}</a>,
          ],
          [
            t(text.caseLabel),
            <a
              class="kern-link"
              href={casePagePath(loaded.case.id)}
            >{`${loaded.case.number} – ${loaded.case.title}`}</a>,
          ],
          [t(text.typeLabel), t(documentTypeLabel(document.documentType))],
        ]}
      />
      {props.warning ? <Alert kind="warning" title={props.warning} /> : null}
      {!loaded.mayChange || loaded.file.status === 'closed' ? (
        <p class="kern-body">{t(text.readOnly)}</p>
      ) : null}
      <TextState ctx={ctx} view={view} />
      <DuplicateNotice ctx={ctx} places={view.duplicates} />
      <div class="kern-row">
        <section class="kern-col-md-7" aria-labelledby="preview-heading">
          <Heading level={2} id="preview-heading">
            {`${t(text.viewerPreviewHeading)}: ${t(text.versionLabel, { version: shown.version })}`}
          </Heading>
          {inlineTypes.has(previewType) ? (
            <iframe
              class="document-preview"
              src={contentPath(document.id, shown.version, { rendition: showRendition })}
              title={t(text.previewFrameTitle, { name: shown.fileName })}
              width="100%"
              height="800"
            ></iframe>
          ) : (
            <p class="kern-body">{t(text.viewerNoPreview)}</p>
          )}
          <p class="kern-body">
            <a class="kern-link" href={contentPath(document.id, shown.version, { download: true })}>
              {t(text.download)}
            </a>
            {shown.renditionSha256 ? (
              <>
                {' · '}
                <a
                  class="kern-link"
                  href={`${contentPath(document.id, shown.version, { rendition: true, download: true })}`}
                >
                  {t(text.downloadRendition)}
                </a>
                {' · '}
                <a
                  class="kern-link"
                  href={`?fassung=${shown.version}${showRendition ? '' : '&darstellung=ocr'}`}
                >
                  {showRendition ? t(text.versionLabel, { version: shown.version }) : t(text.showRendition)}
                </a>
              </>
            ) : null}
          </p>
        </section>
        <div class="kern-col-md-5 stack">
          {editable ? (
            <p>
              <ButtonLink href={coSignPath(document.id)} variant="secondary">
                {t(text.coSign)}
              </ButtonLink>
            </p>
          ) : null}
          <MetadataSection
            ctx={ctx}
            view={view}
            editable={editable}
            errors={props.errors}
            formValues={props.formValues}
          />
          <VersionsSection ctx={ctx} view={view} />
          {editable && loaded.writable ? <NewVersionForm ctx={ctx} documentId={document.id} /> : null}
          {view.audit ? (
            <section aria-labelledby="audit-heading" class="stack">
              <Heading level={2} id="audit-heading">
                {t(text.viewerAuditHeading)}
              </Heading>
              <AuditTrailTable ctx={ctx} entries={view.audit.entries} names={view.audit.names} />
            </section>
          ) : null}
        </div>
      </div>
    </RecordsPage>
  );
}

function TextState(props: { ctx: RequestContext; view: DocumentView }) {
  const t = translator(props.ctx);
  const { shown, ocr } = props.view;
  if (shown.textStatus === 'ocr_failed')
    return (
      <Alert kind="warning" title={t(text.textStatus.ocr_failed)}>
        <p class="kern-body">{t(text.ocrFailedNote, { reason: shown.textError ?? '–' })}</p>
      </Alert>
    );
  if (shown.textStatus !== 'ocr_pending' && shown.textStatus !== 'ocr_running') return null;
  const progress =
    ocr && ocr.total !== null && ocr.done !== null && ocr.total > 0
      ? t(text.ocrProgress, { done: ocr.done, total: ocr.total })
      : t(text.textStatus[shown.textStatus]);
  return (
    <Alert kind="info" title={progress}>
      <p class="kern-body">{t(text.ocrQueued)}</p>
    </Alert>
  );
}

function MetadataSection(props: {
  ctx: RequestContext;
  view: DocumentView;
  editable: boolean;
  errors?: PageError[] | undefined;
  formValues?: MetadataFieldValues | undefined;
}) {
  const { ctx, view } = props;
  const t = translator(ctx);
  const { document } = view;
  return (
    <section aria-labelledby="metadata-heading" class="stack">
      <Heading level={2} id="metadata-heading">
        {t(text.viewerMetadataHeading)}
      </Heading>
      {props.editable ? (
        <form method="post" action={metadataPath(document.id)} novalidate class="stack">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="zeilenversion" value={String(document.rowVersion)} />
          <MetadataInputs
            ctx={ctx}
            values={props.formValues ?? metadataFormValues({ ...document, tags: document.tags })}
            errors={props.errors}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t(text.saveButton)}</span>
          </button>
        </form>
      ) : (
        <Facts
          items={[
            [t(text.titleEditLabel), document.title],
            [t(text.typeLabel), t(documentTypeLabel(document.documentType))],
            [t(text.directionLabel), t(documentDirections[document.direction])],
            [t(text.receivedLabel), document.receivedOn ? formatDay(ctx, document.receivedOn) : null],
            [t(text.sentLabel), document.sentOn ? formatDay(ctx, document.sentOn) : null],
            [t(text.senderLabel), document.sender],
            [t(text.tagsLabel), document.tags.join(', ')],
          ]}
        />
      )}
      <Facts
        items={[
          [t(text.createdAt), formatDate(ctx, document.createdAt)],
          [t(text.createdBy), document.createdByName],
        ]}
      />
    </section>
  );
}

function VersionsSection(props: { ctx: RequestContext; view: DocumentView }) {
  const { ctx, view } = props;
  const t = translator(ctx);
  return (
    <section aria-labelledby="versions-heading" class="stack">
      <Heading level={2} id="versions-heading">
        {t(text.viewerVersionsHeading)}
      </Heading>
      <ol class="kern-list" reversed>
        {view.versions.map((version) => (
          <li aria-current={version.version === view.shown.version ? 'true' : undefined}>
            <strong>{t(text.versionLabel, { version: version.version })}</strong>
            {version.version === view.document.currentVersion ? ` (${t(text.currentVersion)})` : ''}
            {version.frozenAt ? ` (${t(text.frozen)})` : ''}
            <br />
            {t(text.versionMeta, {
              fileName: version.fileName,
              mediaType: version.mediaType,
              size: formatSize(version.byteSize),
              date: formatDate(ctx, version.createdAt),
              person: version.createdByName ?? '–',
            })}
            {version.pageCount !== null ? ` · ${t(text.pages, { count: version.pageCount })}` : ''}
            {` · ${t(text.textStatus[version.textStatus])}`}
            <br />
            <a class="kern-link" href={`?fassung=${version.version}`}>
              {`${t(text.showVersion)}: ${t(text.versionLabel, { version: version.version })}`}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function NewVersionForm(props: { ctx: RequestContext; documentId: string }) {
  const t = translator(props.ctx);
  return (
    <section aria-labelledby="new-version-heading" class="stack">
      <Heading level={2} id="new-version-heading">
        {t(text.newVersionHeading)}
      </Heading>
      <p class="kern-body">{t(text.newVersionHint)}</p>
      <form
        method="post"
        action={withCsrf(versionsPath(props.documentId), props.ctx.csrfToken)}
        enctype="multipart/form-data"
        class="stack"
      >
        <div class="kern-form-input">
          <label class="kern-label" for="datei">
            {t(text.newVersionFile)}
          </label>
          <input class="kern-form-input__input" type="file" id="datei" name="datei" />
        </div>
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t(text.newVersionButton)}</span>
        </button>
      </form>
    </section>
  );
}
