// One found item for the Fundbüro: its facts (finder, serial number, storage — for staff only), photos, the
// running period, suggested matches to confirm or dismiss, owners' claims, the handover with the computed
// fee and finder's reward, and the other steps the rules allow today.
import type { StaffActor } from '../access/index.ts';
import { StaffPage } from '../identity/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { Heading } from '../../platform/ui/components.tsx';
import { InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import { CATEGORIES } from './lostfound.categories.ts';
import { PROOF_METHODS } from './lostfound.input.ts';
import {
  CLAIM_LABELS,
  deadlineText,
  FINDER_CHOICE_LABELS,
  MATCH_LABELS,
  PROOF_LABELS,
  STATUS_LABELS,
  STEP_LABELS,
} from './lostfound.labels.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import {
  Checkbox,
  day,
  errorFor,
  euro,
  Facts,
  PostForm,
  Submit,
  Table,
  tx,
  type PageError,
} from './lostfound.ui.tsx';
import type { ItemDetail } from './lostfound.views.ts';

function rewardText(ctx: RequestContext, detail: ItemDetail): string {
  const reward = detail.amounts.reward;
  if (reward.kind === 'amount') return `${euro(reward.cents)} (${reward.paragraph})`;
  if (reward.kind === 'discretionary')
    return tx(
      ctx,
      `nach billigem Ermessen (${reward.paragraph})`,
      `at fair discretion (${reward.paragraph})`,
    );
  return tx(ctx, `kein Finderlohn (${reward.paragraph})`, `no reward (${reward.paragraph})`);
}

export function ItemPage(props: {
  ctx: RequestContext;
  actor: StaffActor;
  detail: ItemDetail;
  errors?: PageError[];
  values?: Record<string, string | undefined>;
  notice?: string | undefined;
}) {
  const { ctx, detail, errors } = props;
  const { item } = detail;
  const values = props.values ?? {};
  const t = (text: { de: string; en: string }) => translate(ctx.locale, text);
  const held = item.status === 'in_custody' || item.status === 'kept_by_finder';
  const fee = item.status === 'in_custody' ? detail.amounts.fee.cents : 0;
  const reward = detail.amounts.reward.kind === 'amount' ? detail.amounts.reward.cents : 0;
  return (
    <StaffPage
      ctx={ctx}
      actor={props.actor}
      title={`${tx(ctx, 'Fundsache', 'Found item')} ${item.number}`}
      currentHref={LOST_FOUND_PATHS.office}
      errors={errors}
      notice={props.notice}
    >
      <Facts
        items={[
          [tx(ctx, 'Stand', 'State'), t(STATUS_LABELS[item.status])],
          [tx(ctx, 'Kategorie', 'Category'), CATEGORIES[item.category]],
          [tx(ctx, 'Beschreibung (öffentlich)', 'Description (public)'), item.description],
          [tx(ctx, 'Interne Merkmale', 'Internal features'), item.features || '–'],
          [
            tx(ctx, 'Farbe / Marke', 'Colour / brand'),
            [item.colour, item.brand].filter(Boolean).join(' / ') || '–',
          ],
          [tx(ctx, 'Seriennummer', 'Serial number'), item.serialNumber || '–'],
          [
            tx(ctx, 'Gefunden', 'Found'),
            `${day(ctx, item.foundOn)}, ${item.foundPlace}${item.foundDistrict ? ` (${item.foundDistrict})` : ''}`,
          ],
          [tx(ctx, 'Geschätzter Wert', 'Estimated value'), euro(item.valueCents)],
          [tx(ctx, 'Lagerort', 'Storage place'), item.storagePlace || '–'],
          [
            tx(ctx, 'Finder/in', 'Finder'),
            [item.finderName, item.finderContact].filter(Boolean).join(', ') || '–',
          ],
          [tx(ctx, 'Anspruch des Finders', 'Finder’s claim'), t(FINDER_CHOICE_LABELS[item.finderChoice])],
          [
            tx(ctx, '§ 978 BGB (Behörde/Verkehrsmittel)', '§ 978 BGB (authority/transport)'),
            item.publicFind ? tx(ctx, 'ja', 'yes') : tx(ctx, 'nein', 'no'),
          ],
          [tx(ctx, 'Angezeigt am', 'Reported on'), day(ctx, item.reportedOn)],
          [tx(ctx, 'E-Akte', 'File'), item.fileReference ?? '–'],
          [
            tx(ctx, 'Frist', 'Period'),
            detail.deadline.kind === 'none'
              ? t(deadlineText(detail.deadline))
              : `${day(ctx, detail.deadline.endsOn)} – ${t(deadlineText(detail.deadline))}`,
          ],
        ]}
      />
      {detail.photos.length > 0 ? (
        <div class="stack">
          <Heading level={2}>{tx(ctx, 'Fotos', 'Photos')}</Heading>
          <p class="kern-body">
            {item.photosPublic
              ? tx(ctx, 'Öffentlich sichtbar.', 'Publicly visible.')
              : tx(ctx, 'Nur intern.', 'Internal only.')}
          </p>
          {detail.photos.map((photo, index) => (
            <img
              src={LOST_FOUND_PATHS.officePhoto(item.id, photo.id)}
              alt={`${tx(ctx, 'Foto', 'Photo')} ${index + 1}: ${CATEGORIES[item.category]}`}
              width="240"
            />
          ))}
        </div>
      ) : null}
      {item.status === 'reported' ? (
        <div class="stack">
          <Heading level={2}>
            {tx(ctx, 'In das Fundregister übernehmen', 'Register the reported find')}
          </Heading>
          <PostForm ctx={ctx} action={LOST_FOUND_PATHS.accept(item.id)}>
            <InputField
              id="storagePlace"
              label={tx(ctx, 'Lagerort', 'Storage place')}
              value={values.storagePlace}
            />
            <Checkbox
              id="keptByFinder"
              label={tx(ctx, 'Die Finderin / der Finder behält die Sache', 'The finder keeps the item')}
            />
            <Submit label={tx(ctx, 'Übernehmen', 'Register')} />
          </PostForm>
        </div>
      ) : null}
      <Heading level={2}>{tx(ctx, 'Treffer', 'Matches')}</Heading>
      {detail.matches.length === 0 ? (
        <p class="kern-body">
          {tx(ctx, 'Keine Verlustanzeige passt bisher.', 'No loss report matches so far.')}
        </p>
      ) : (
        <Table
          caption={tx(ctx, 'Passende Verlustanzeigen', 'Matching loss reports')}
          headers={[
            tx(ctx, 'Verlustanzeige', 'Loss report'),
            tx(ctx, 'Gründe', 'Reasons'),
            tx(ctx, 'Stand', 'State'),
            tx(ctx, 'Entscheidung', 'Decision'),
          ]}
          rows={detail.matches.map(({ match, report }) => [
            `${report.number}: ${report.name}, ${report.email} – ${report.description}`,
            `${Math.round(match.score * 100)} %: ${match.reasons.map((reason) => reason.de).join('; ')}`,
            t(MATCH_LABELS[match.status]),
            match.status === 'suggested' ? (
              <PostForm ctx={ctx} action={LOST_FOUND_PATHS.match(match.id)}>
                <Submit
                  label={tx(ctx, `Treffer ${report.number} bestätigen`, `Confirm match ${report.number}`)}
                  name="decision"
                  value="confirmed"
                />
                <Submit
                  label={tx(ctx, `Treffer ${report.number} verwerfen`, `Dismiss match ${report.number}`)}
                  name="decision"
                  value="dismissed"
                  variant="secondary"
                />
              </PostForm>
            ) : (
              '–'
            ),
          ])}
        />
      )}
      <Heading level={2}>{tx(ctx, 'Ansprüche', 'Claims')}</Heading>
      {detail.claims.length === 0 ? (
        <p class="kern-body">
          {tx(ctx, 'Niemand hat bisher Anspruch angemeldet.', 'Nobody has claimed the item yet.')}
        </p>
      ) : (
        <Table
          caption={tx(ctx, 'Angemeldete Ansprüche', 'Claims made')}
          headers={[
            tx(ctx, 'Von', 'From'),
            tx(ctx, 'Angaben zum Eigentum', 'Statement of ownership'),
            tx(ctx, 'Stand', 'State'),
          ]}
          rows={detail.claims.map((claim) => [
            `${claim.name}, ${claim.email}`,
            claim.statement,
            t(CLAIM_LABELS[claim.status]),
          ])}
        />
      )}
      {held ? (
        <div class="stack">
          <Heading level={2}>
            {tx(ctx, 'Herausgabe an die Eigentümerin / den Eigentümer', 'Handover to the owner')}
          </Heading>
          <Facts
            items={[
              [tx(ctx, 'Gebühr', 'Fee'), `${euro(fee)} – ${detail.amounts.fee.schedule.label}`],
              [tx(ctx, 'Finderlohn', 'Finder’s reward'), rewardText(ctx, detail)],
              [tx(ctx, 'Zusammen', 'Total'), euro(fee + reward)],
            ]}
          />
          <PostForm ctx={ctx} action={LOST_FOUND_PATHS.handover(item.id)}>
            <SelectField
              id="claimId"
              label={tx(ctx, 'Anspruch', 'Claim')}
              options={[
                {
                  value: '',
                  label: tx(ctx, 'Ohne Online-Anspruch (am Schalter)', 'No online claim (at the counter)'),
                },
                ...detail.claims
                  .filter((claim) => claim.status === 'open')
                  .map((claim) => ({ value: claim.id, label: `${claim.name} (${claim.email})` })),
              ]}
              value={values.claimId ?? detail.claims.find((claim) => claim.status === 'open')?.id}
              error={errorFor(errors, 'claimId')}
            />
            <InputField
              id="ownerName"
              label={tx(ctx, 'Ausgehändigt an', 'Handed over to')}
              value={values.ownerName ?? detail.claims.find((claim) => claim.status === 'open')?.name}
              error={errorFor(errors, 'ownerName')}
            />
            <SelectField
              id="proofMethod"
              label={tx(ctx, 'Eigentum nachgewiesen durch', 'Ownership proved by')}
              options={[
                { value: '', label: tx(ctx, 'Bitte wählen', 'Please choose') },
                ...PROOF_METHODS.map((method) => ({ value: method, label: t(PROOF_LABELS[method]) })),
              ]}
              value={values.proofMethod}
              error={errorFor(errors, 'proofMethod')}
            />
            <TextareaField
              id="proofDetails"
              label={tx(ctx, 'Nachweis im Einzelnen', 'Proof in detail')}
              value={values.proofDetails}
              error={errorFor(errors, 'proofDetails')}
            />
            <Submit
              label={tx(
                ctx,
                `Herausgeben und ${euro(fee + reward)} kassieren`,
                `Hand over and collect ${euro(fee + reward)}`,
              )}
            />
          </PostForm>
        </div>
      ) : null}
      {item.status === 'returned' ? (
        <Facts
          items={[
            [tx(ctx, 'Herausgegeben am', 'Handed over on'), day(ctx, item.handedOverOn)],
            [tx(ctx, 'An', 'To'), item.ownerName ?? '–'],
            [
              tx(ctx, 'Nachweis', 'Proof'),
              `${item.proofMethod ? t(PROOF_LABELS[item.proofMethod]) : ''}: ${item.proofDetails ?? ''}`,
            ],
            [tx(ctx, 'Gebühr', 'Fee'), euro(item.feeCents ?? 0)],
            [
              tx(ctx, 'Finderlohn', 'Finder’s reward'),
              `${euro(item.rewardCents ?? 0)} (${item.rewardNote ?? ''})`,
            ],
          ]}
        />
      ) : null}
      {detail.steps.filter((step) => step !== 'handover').length > 0 ? (
        <div class="stack">
          <Heading level={2}>{tx(ctx, 'Weitere Schritte', 'Further steps')}</Heading>
          <PostForm ctx={ctx} action={LOST_FOUND_PATHS.transition(item.id)}>
            {detail.steps
              .filter((step) => step !== 'handover')
              .map((step) => (
                <Submit
                  label={t(STEP_LABELS[step as Exclude<typeof step, 'handover'>])}
                  name="step"
                  value={step}
                  variant="secondary"
                />
              ))}
          </PostForm>
        </div>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={LOST_FOUND_PATHS.office}>
          {tx(ctx, 'Zurück zum Fundbüro', 'Back to lost and found')}
        </a>
      </p>
    </StaffPage>
  );
}
