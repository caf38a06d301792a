// The public forms of the Fundbüro: reporting a loss and reporting a find. Both work without JavaScript;
// refused input comes back with the values typed and the problems beside their fields.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { Alert } from '../../platform/ui/components.tsx';
import { InputField, SelectField, TextareaField } from '../../platform/ui/form-fields.tsx';
import { FINDER_CHOICE_LABELS } from './lostfound.labels.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import { Page } from './lostfound.public.frame.tsx';
import {
  categoryOptions,
  Checkbox,
  errorFor,
  PostForm,
  Submit,
  tx,
  type PageError,
} from './lostfound.ui.tsx';

type Values = Record<string, string | undefined>;

export function LossReportPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  values: Values;
  errors?: PageError[];
}) {
  const { ctx, values, errors } = props;
  const field = (id: string, de: string, en: string, type?: string, hint?: string) => (
    <InputField
      id={id}
      label={tx(ctx, de, en)}
      type={type}
      value={values[id]}
      error={errorFor(errors, id)}
      hint={hint}
    />
  );
  return (
    <Page ctx={ctx} de="Verlust melden" en="Report a loss" signedIn={props.signedIn} errors={errors}>
      <p class="kern-body">
        {tx(
          ctx,
          'Wir gleichen Ihre Verlustanzeige sofort mit den Fundsachen ab und danach sechs Monate lang mit jeder neuen. Passt etwas, schreiben wir Ihnen eine E-Mail.',
          'We compare your report with the found items at once, and with every new one for six months. If something matches, we e-mail you.',
        )}
      </p>
      <PostForm ctx={ctx} action={LOST_FOUND_PATHS.lossReport}>
        {field('name', 'Ihr Name', 'Your name')}
        {field('email', 'E-Mail-Adresse', 'E-mail address', 'email')}
        <SelectField
          id="category"
          label={tx(ctx, 'Was haben Sie verloren?', 'What did you lose?')}
          options={categoryOptions(ctx, false)}
          value={values.category}
          error={errorFor(errors, 'category')}
        />
        <TextareaField
          id="description"
          label={tx(ctx, 'Beschreibung und besondere Merkmale', 'Description and distinguishing features')}
          value={values.description}
          error={errorFor(errors, 'description')}
        />
        {field('colour', 'Farbe', 'Colour')}
        {field('brand', 'Marke', 'Brand')}
        {field('serialNumber', 'Seriennummer (wird nicht veröffentlicht)', 'Serial number (never published)')}
        {field(
          'lostFrom',
          'Verloren am (frühestens)',
          'Lost on (earliest)',
          'date',
          tx(ctx, 'TT.MM.JJJJ', 'DD.MM.YYYY'),
        )}
        {field(
          'lostTo',
          'Verloren bis (wenn unsicher)',
          'Lost by (if unsure)',
          'date',
          tx(ctx, 'Leer lassen, wenn Sie den Tag kennen.', 'Leave empty if you know the day.'),
        )}
        {field('place', 'Wo ungefähr?', 'Where, roughly?')}
        {field('district', 'Ortsteil', 'District')}
        <Submit label={tx(ctx, 'Verlust melden', 'Report the loss')} />
      </PostForm>
    </Page>
  );
}

export function FindReportPage(props: {
  ctx: RequestContext;
  signedIn: boolean;
  values: Values;
  errors?: PageError[];
  received?: string | undefined;
}) {
  const { ctx, values, errors } = props;
  const field = (id: string, de: string, en: string, type?: string, hint?: string) => (
    <InputField
      id={id}
      label={tx(ctx, de, en)}
      type={type}
      value={values[id]}
      error={errorFor(errors, id)}
      hint={hint}
    />
  );
  return (
    <Page ctx={ctx} de="Fund melden" en="Report a find" signedIn={props.signedIn} errors={errors}>
      {props.received ? (
        <Alert
          kind="success"
          title={tx(
            ctx,
            `Danke! Ihre Fundanzeige ${props.received} ist eingegangen. Das Fundbüro meldet sich bei Ihnen.`,
            `Thank you! Your find report ${props.received} has been received. The office will contact you.`,
          )}
        />
      ) : null}
      <p class="kern-body">
        {tx(
          ctx,
          'Wer eine Sache im Wert von mehr als 10 Euro findet, muss den Fund anzeigen (§ 965 BGB). Bringen Sie die Sache ins Bürgerbüro, oder behalten Sie sie, bis wir uns melden.',
          'Whoever finds a thing worth more than 10 euros must report it (§ 965 BGB). Bring it to the Bürgerbüro, or keep it until we contact you.',
        )}
      </p>
      <PostForm ctx={ctx} action={LOST_FOUND_PATHS.findReport}>
        <SelectField
          id="category"
          label={tx(ctx, 'Was haben Sie gefunden?', 'What did you find?')}
          options={categoryOptions(ctx, false)}
          value={values.category}
          error={errorFor(errors, 'category')}
        />
        <TextareaField
          id="description"
          label={tx(ctx, 'Beschreibung', 'Description')}
          value={values.description}
          error={errorFor(errors, 'description')}
        />
        {field('colour', 'Farbe', 'Colour')}
        {field('brand', 'Marke', 'Brand')}
        {field('foundOn', 'Fundtag', 'Day found', 'date', tx(ctx, 'TT.MM.JJJJ', 'DD.MM.YYYY'))}
        {field('foundPlace', 'Fundort', 'Place found')}
        {field(
          'value',
          'Geschätzter Wert in Euro',
          'Estimated value in euros',
          undefined,
          tx(ctx, 'z. B. 25 oder 25,50', 'e.g. 25 or 25.50'),
        )}
        {field('finderName', 'Ihr Name', 'Your name')}
        {field('finderContact', 'Telefon oder E-Mail', 'Phone or e-mail')}
        <SelectField
          id="finderChoice"
          label={tx(ctx, 'Was beanspruchen Sie?', 'What do you claim?')}
          options={(['ownership', 'reward', 'waive'] as const).map((value) => ({
            value,
            label: translate(ctx.locale, FINDER_CHOICE_LABELS[value]),
          }))}
          value={values.finderChoice}
          error={errorFor(errors, 'finderChoice')}
        />
        <Checkbox
          id="keptByFinder"
          label={tx(ctx, 'Ich behalte die Sache vorerst', 'I keep the item for now')}
          checked={values.keptByFinder === 'ja'}
        />
        <Submit label={tx(ctx, 'Fund melden', 'Report the find')} />
      </PostForm>
    </Page>
  );
}
