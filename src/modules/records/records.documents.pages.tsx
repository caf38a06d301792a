// The upload page of a case: many files at once, a plain multipart form that works without JavaScript;
// with htmx the same form is posted in place (drop files onto the field, results appear below it).
import type { StaffActor } from '../access/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
import { errorOf, Facts, RecordsPage, translator, type PageError } from './records.core.pages.tsx';
import { casePagePath, documentPath, uploadPath, withCsrf } from './records.documents.http.ts';
import { documentsText as text } from './records.documents.messages.ts';
import type { MetadataFieldValues } from './records.documents.schemas.ts';
import { documentDirections, documentTypes } from './records.documents.types.ts';
import type { ContentPlace } from './records.documents.usecases.ts';
import type { DocumentTextStatus } from './records.tables.ts';

const acceptHint = '.pdf,.png,.jpg,.jpeg,.tif,.tiff,.txt,.xml,.odt,.ods,.docx,.xlsx';

export interface UploadTarget {
  caseId: string;
  caseNumber: number;
  caseTitle: string;
  fileReference: string;
  fileTitle: string;
}

export interface UploadOutcome {
  name: string;
  nameChanged: boolean;
  accepted?: { documentId: string; textStatus: DocumentTextStatus; duplicates: ContentPlace[] };
  refusal?: string;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
  return `${Math.round(bytes / 1024 ** 2)} MB`;
}

export function MetadataInputs(props: {
  ctx: RequestContext;
  values: MetadataFieldValues;
  errors?: PageError[] | undefined;
  titleOptional?: boolean;
}) {
  const t = translator(props.ctx);
  const { values, errors } = props;
  return (
    <>
      <InputField
        id="titel"
        label={t(props.titleOptional ? text.titleLabel : text.titleEditLabel)}
        value={values.titel}
        error={errorOf(errors, 'titel')}
      />
      <SelectField
        id="dokumentart"
        label={t(text.typeLabel)}
        value={values.dokumentart}
        error={errorOf(errors, 'dokumentart')}
        options={Object.entries(documentTypes).map(([value, label]) => ({ value, label: t(label) }))}
      />
      <SelectField
        id="richtung"
        label={t(text.directionLabel)}
        value={values.richtung}
        error={errorOf(errors, 'richtung')}
        options={Object.entries(documentDirections).map(([value, label]) => ({ value, label: t(label) }))}
      />
      <InputField
        id="eingang"
        label={t(text.receivedLabel)}
        value={values.eingang}
        error={errorOf(errors, 'eingang')}
      />
      <InputField
        id="ausgang"
        label={t(text.sentLabel)}
        value={values.ausgang}
        error={errorOf(errors, 'ausgang')}
      />
      <InputField
        id="absender"
        label={t(text.senderLabel)}
        value={values.absender}
        error={errorOf(errors, 'absender')}
      />
      <InputField
        id="schlagworte"
        label={t(text.tagsLabel)}
        hint={t(text.tagsHint)}
        value={values.schlagworte}
        error={errorOf(errors, 'schlagworte')}
      />
    </>
  );
}

export function UploadPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  target: UploadTarget;
  maxFiles: number;
  maxFileBytes: number;
  values?: MetadataFieldValues;
  errors?: PageError[];
  outcomes?: UploadOutcome[];
}) {
  const t = translator(props.ctx);
  const { ctx, target } = props;
  const action = withCsrf(uploadPath(target.caseId), ctx.csrfToken);
  const values = props.values ?? { dokumentart: 'letter', richtung: 'incoming' };
  return (
    <RecordsPage
      ctx={ctx}
      actor={props.actor}
      title={t(text.uploadTitle)}
      section="/intern/vorgaenge"
      errors={props.errors}
    >
      <Facts
        items={[
          [t(text.fileLabel), `${target.fileReference} – ${target.fileTitle}`],
          [
            t(text.caseLabel),
            <a
              class="kern-link"
              href={casePagePath(target.caseId)}
            >{`${target.caseNumber} – ${target.caseTitle}`}</a>,
          ],
        ]}
      />
      <p class="kern-body">{t(text.uploadIntro)}</p>
      <p class="kern-body">
        {t(text.uploadAllowed, { count: props.maxFiles, size: formatBytes(props.maxFileBytes) })}
      </p>
      <form
        method="post"
        action={action}
        enctype="multipart/form-data"
        novalidate
        class="stack"
        hx-post={action}
        hx-encoding="multipart/form-data"
        hx-target="#upload-result"
        hx-swap="innerHTML"
        hx-disabled-elt="find button"
      >
        <div class={`kern-form-input${errorOf(props.errors, 'dateien') ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="dateien">
            {t(text.filesLabel)}
          </label>
          <div class="kern-hint" id="dateien-hint">
            {t(text.filesHint)}
          </div>
          <input
            class="kern-form-input__input"
            type="file"
            id="dateien"
            name="dateien"
            multiple
            accept={acceptHint}
            aria-describedby="dateien-hint"
          />
        </div>
        <MetadataInputs ctx={ctx} values={values} errors={props.errors} titleOptional />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(text.uploadButton)}</span>
        </button>
      </form>
      <div id="upload-result" aria-live="polite">
        {props.outcomes ? <UploadResults ctx={ctx} outcomes={props.outcomes} caseId={target.caseId} /> : null}
      </div>
      <p class="kern-body">
        <a class="kern-link" href={casePagePath(target.caseId)}>
          {t(text.backToCase)}
        </a>
      </p>
    </RecordsPage>
  );
}

/** The outcome of one upload step; also the fragment htmx puts under the form. */
export function UploadResults(props: { ctx: RequestContext; outcomes: UploadOutcome[]; caseId: string }) {
  const t = translator(props.ctx);
  const accepted = props.outcomes.filter((outcome) => outcome.accepted);
  const refused = props.outcomes.filter((outcome) => outcome.refusal);
  return (
    <section aria-labelledby="upload-result-heading" class="stack">
      <Heading level={2} id="upload-result-heading">
        {t(text.resultTitle)}
      </Heading>
      {accepted.length > 0 ? (
        <Alert kind="success" title={t(text.resultAccepted, { count: accepted.length })} />
      ) : null}
      {refused.length > 0 ? (
        <Alert kind="danger" title={t(text.resultRefused, { count: refused.length })} />
      ) : null}
      {accepted.length > 0 ? (
        <>
          <Heading level={3}>{t(text.acceptedHeading)}</Heading>
          <ul class="kern-list">
            {accepted.map((outcome) => (
              <li>
                <a class="kern-link" href={documentPath(outcome.accepted!.documentId)}>
                  {outcome.name}
                </a>
                {outcome.nameChanged ? (
                  <p class="kern-body">{t(text.nameChanged, { name: outcome.name })}</p>
                ) : null}
                {outcome.accepted!.textStatus === 'ocr_pending' ? (
                  <p class="kern-body">{t(text.ocrQueued)}</p>
                ) : null}
                <DuplicateNotice ctx={props.ctx} places={outcome.accepted!.duplicates} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {refused.length > 0 ? (
        <>
          <Heading level={3}>{t(text.refusedHeading)}</Heading>
          <ul class="kern-list">
            {refused.map((outcome) => (
              <li>
                <strong>{outcome.name}</strong>: {outcome.refusal}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** "Dieser Inhalt liegt bereits vor in Akte … / Vorgang …" — only places the person may see. */
export function DuplicateNotice(props: { ctx: RequestContext; places: ContentPlace[] }) {
  if (props.places.length === 0) return null;
  const t = translator(props.ctx);
  return (
    <div class="kern-alert kern-alert--info" role="status">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
        <span class="kern-title">{t(text.duplicateIntro)}</span>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {props.places.map((place) => (
            <li>
              <a class="kern-link" href={documentPath(place.documentId)}>
                {t(text.duplicatePlace, {
                  reference: place.fileReference,
                  caseNumber: place.caseNumber,
                  caseTitle: place.caseTitle,
                  documentTitle: place.documentTitle,
                })}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
