// The public pages of the service catalogue: the searchable list, one service with all its facts, and
// "Was ist bereits digital?". Citizen pages use the citizens' page frame.
import { CitizenPage } from '../../citizens/index.ts';
import type { RequestContext } from '../../../platform/http/request-context.ts';
import { ButtonLink, Alert, Heading } from '../../../platform/ui/components.tsx';
import { InputField } from '../../../platform/ui/form-fields.tsx';
import { catalogueText as text, levelExplanation, levelText } from './catalogue.messages.ts';
import { formatEuro } from './catalogue.money.ts';
import { Facts, LevelBadge, Paragraphs, localized, translator } from './catalogue.parts.tsx';
import { CATALOGUE_PATHS } from './catalogue.paths.ts';
import type { ServiceListItem, ServiceRow } from './catalogue.repository.ts';
import { canApplyOnline, type OnlineLevel } from './catalogue.tables.ts';

function ServiceList(props: { ctx: RequestContext; services: ServiceListItem[]; headingLevel: 2 | 3 }) {
  const { ctx } = props;
  return (
    <ul class="kern-list service-list">
      {props.services.map((service) => (
        <li class="service-list__item">
          <Heading level={props.headingLevel} size="small">
            <a class="kern-link" href={CATALOGUE_PATHS.service(service.slug)}>
              {localized(ctx, service.name, service.nameEn)}
            </a>
          </Heading>
          <p class="kern-body">{localized(ctx, service.summary, service.summaryEn)}</p>
          <LevelBadge ctx={ctx} level={service.onlineLevel} online={service.online} />
        </li>
      ))}
    </ul>
  );
}

export function CatalogueListPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  query: string;
  onlyOnline: boolean;
  services: ServiceListItem[];
}) {
  const { ctx, services } = props;
  const t = translator(ctx);
  const searched = props.query !== '' || props.onlyOnline;
  return (
    <CitizenPage ctx={ctx} title={text.listTitle} current={CATALOGUE_PATHS.list} signedIn={props.signedIn}>
      <p class="kern-body">{t(text.listIntro)}</p>
      <p class="kern-body">
        <a class="kern-link" href={CATALOGUE_PATHS.digital}>
          {t(text.digitalLink)}
        </a>
      </p>
      <form method="get" action={CATALOGUE_PATHS.list} role="search" class="stack">
        <InputField
          id="q"
          type="search"
          label={t(text.searchLabel)}
          hint={t(text.searchHint)}
          value={props.query}
        />
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="online"
            name="online"
            value="ja"
            checked={props.onlyOnline ? true : undefined}
          />
          <label class="kern-label" for="online">
            {t(text.onlyOnlineLabel)}
          </label>
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t(text.searchButton)}</span>
        </button>
      </form>
      <section aria-labelledby="results-heading" class="stack">
        <Heading level={2} size="medium" id="results-heading">
          {services.length === 1 ? t(text.resultCountOne) : t(text.resultCount, { count: services.length })}
        </Heading>
        {services.length === 0 && searched ? <p class="kern-body">{t(text.noResults)}</p> : null}
        <ServiceList ctx={ctx} services={services} headingLevel={3} />
      </section>
    </CitizenPage>
  );
}

export function ServicePage(props: { ctx: RequestContext; signedIn: boolean; service: ServiceRow }) {
  const { ctx, service } = props;
  const t = translator(ctx);
  const name = localized(ctx, service.name, service.nameEn);
  const description = localized(ctx, service.description, service.descriptionEn);
  const offline = service.formKey !== null && service.onlineLevel !== 'information' && !service.online;
  return (
    <CitizenPage
      ctx={ctx}
      title={text.serviceTitle}
      titleValues={{ name }}
      current={CATALOGUE_PATHS.list}
      signedIn={props.signedIn}
    >
      <p class="kern-body kern-body--large">{localized(ctx, service.summary, service.summaryEn)}</p>
      {canApplyOnline(service) ? (
        <p>
          <ButtonLink href={CATALOGUE_PATHS.apply(service.slug)}>{t(text.applyButton)}</ButtonLink>
        </p>
      ) : null}
      {offline ? (
        <Alert kind="warning" title={t(text.temporarilyOffline)}>
          {t(text.offlineNotice)}
        </Alert>
      ) : null}
      <section aria-labelledby="facts-heading">
        <Heading level={2} size="medium" id="facts-heading">
          {t(text.factsHeading)}
        </Heading>
        <Facts
          items={[
            [
              t(text.onlineLabel),
              <>
                <LevelBadge ctx={ctx} level={service.onlineLevel} online={service.online} />{' '}
                {t(levelExplanation[service.onlineLevel])}
              </>,
            ],
            [t(text.departmentLabel), service.departmentName],
            [
              t(text.feesLabel),
              service.fees.length === 0 ? (
                t(text.noFees)
              ) : (
                <ul class="kern-list">
                  {service.fees.map((fee) => (
                    <li>{`${fee.label}: ${formatEuro(fee.amountCents, ctx.locale)}${fee.note ? ` (${fee.note})` : ''}`}</li>
                  ))}
                </ul>
              ),
            ],
            [
              t(text.documentsLabel),
              service.requiredDocuments.length === 0 ? (
                t(text.noDocuments)
              ) : (
                <ul class="kern-list">
                  {service.requiredDocuments.map((document) => (
                    <li>{document}</li>
                  ))}
                </ul>
              ),
            ],
            [t(text.legalBasisLabel), service.legalBasis],
            [t(text.leikaLabel), service.leikaKey],
          ]}
        />
      </section>
      {description !== '' ? (
        <section aria-labelledby="description-heading">
          <Heading level={2} size="medium" id="description-heading">
            {t(text.descriptionHeading)}
          </Heading>
          <Paragraphs text={description} />
        </section>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={CATALOGUE_PATHS.list}>
          {t(text.backToList)}
        </a>
      </p>
    </CitizenPage>
  );
}

export function DigitalPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  groups: { level: Exclude<OnlineLevel, 'information'>; services: ServiceListItem[] }[];
  total: number;
}) {
  const { ctx } = props;
  const t = translator(ctx);
  const count = (level: OnlineLevel) =>
    props.groups.find((group) => group.level === level)?.services.length ?? 0;
  return (
    <CitizenPage
      ctx={ctx}
      title={text.digitalTitle}
      current={CATALOGUE_PATHS.digital}
      signedIn={props.signedIn}
    >
      <p class="kern-body">{t(text.digitalIntro)}</p>
      <p class="kern-body">
        {t(text.digitalSummary, {
          total: props.total,
          digital: count('digital'),
          application: count('application'),
        })}
      </p>
      {props.groups.map((group) => (
        <section aria-labelledby={`level-${group.level}`} class="stack">
          <Heading level={2} size="medium" id={`level-${group.level}`}>
            {t(text.digitalGroupHeading, { level: t(levelText[group.level]), count: group.services.length })}
          </Heading>
          <p class="kern-body">{t(levelExplanation[group.level])}</p>
          {group.services.length === 0 ? (
            <p class="kern-body">{t(text.digitalGroupEmpty)}</p>
          ) : (
            <ServiceList ctx={ctx} services={group.services} headingLevel={3} />
          )}
        </section>
      ))}
      <p class="kern-body">
        <a class="kern-link" href={CATALOGUE_PATHS.list}>
          {t(text.backToList)}
        </a>
      </p>
    </CitizenPage>
  );
}
