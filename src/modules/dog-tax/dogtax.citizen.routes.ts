// The citizen's dog tax routes (citizen.account): the overview, deregistration, lost tax mark, relief
// application with evidence (multipart), and the SEPA mandate. A citizen only ever reaches their own dogs.
import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { parseDay } from '../../platform/time/calendar-day.ts';
import { citizenOf } from '../citizens/index.ts';
import { discardUploads, receiveUploads, type ReceivedUploads } from '../portal/index.ts';
import {
  DeregisterPage,
  LostMarkPage,
  MandatePage,
  MyDogsPage,
  ReliefRequestPage,
  type PageError,
} from './dogtax.citizen.pages.tsx';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { errorsOf, noStore, tenantOf } from './dogtax.http.ts';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import {
  deregisterDog,
  giveMandate,
  reportLostMark,
  requestRelief,
  revokeMandate,
} from './dogtax.register.usecases.ts';
import { loadCitizenDogs, loadMandatePage, loadOwnRegisteredDog } from './dogtax.views.ts';

const access = { permission: 'citizen.account' } as const;
const tags = ['Hundesteuer (Bürgerkonto)'];
const pages = { tags, produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const Id = Type.String({ format: 'uuid' });
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const EVIDENCE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

const results: Record<string, { de: string; en: string }> = {
  abgemeldet: {
    de: 'Der Hund ist abgemeldet. Den geänderten Steuerbescheid finden Sie in Ihrem Postfach.',
    en: 'The dog is deregistered. The amended tax notice is in your mailbox.',
  },
  marke: {
    de: 'Die neue Steuermarke ist vergeben; die Nummer steht auch in Ihrem Postfach.',
    en: 'The new tax mark is assigned; its number is also in your mailbox.',
  },
  mandat: {
    de: 'Das Lastschriftmandat ist erteilt. Die Hundesteuer wird ab der nächsten Fälligkeit abgebucht.',
    en: 'The direct-debit mandate is given. The dog tax is collected from the next due date.',
  },
  widerrufen: {
    de: 'Das Lastschriftmandat ist widerrufen. Bitte überweisen Sie die Steuer künftig selbst.',
    en: 'The direct-debit mandate is revoked. Please pay the tax by transfer from now on.',
  },
  antrag: {
    de: 'Ihr Antrag ist eingegangen. Das Steueramt entscheidet und schreibt Ihnen in Ihr Postfach.',
    en: 'Your application has arrived. The tax office decides and writes to your mailbox.',
  },
};

export function createDogTaxCitizenRoutes(deps: DogTaxDeps): RouteDefinition[] {
  const ownDog = (tenantId: string, citizenId: string, dogId: string) =>
    loadOwnRegisteredDog(deps, tenantId, citizenId, dogId);
  const mandatePageData = (tenantId: string, citizenId: string) => loadMandatePage(deps, tenantId, citizenId);

  return [
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.citizen,
      access,
      schema: {
        querystring: Type.Object({ ergebnis: text(20) }),
        summary: 'Meine Hunde, Bescheide und Zahlungen',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const { details } = await loadCitizenDogs(deps, tenantOf(request), citizenOf(request).id);
        const result =
          query.ergebnis && Object.hasOwn(results, query.ergebnis) ? results[query.ergebnis] : undefined;
        return reply.html(
          MyDogsPage({ ctx: request.ctx, details, notice: result && translate(request.ctx.locale, result) }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.citizenDeregister(':id'),
      access,
      schema: { params: Type.Object({ id: Id }), summary: 'Hund abmelden (Formular)', ...pages },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const { dog } = await ownDog(tenantOf(request), citizenOf(request).id, params.id);
        return reply.html(DeregisterPage({ ctx: request.ctx, dog }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.citizenDeregister(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ reason: text(20), keptUntil: text(20), newKeeper: text(2000) }),
        summary: 'Hund abmelden',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const tenantId = tenantOf(request);
        const citizenId = citizenOf(request).id;
        const values = {
          reason: body.reason ?? '',
          keptUntil: body.keptUntil ?? '',
          newKeeper: body.newKeeper ?? '',
        };
        const result = await deregisterDog(deps, tenantId, citizenId, {
          dogId: params.id,
          reason: values.reason,
          keptUntil: parseDay(values.keptUntil),
          newKeeper: values.newKeeper,
        });
        if (result.ok) return reply.redirect(`${DOG_TAX_PATHS.citizen}?ergebnis=abgemeldet`, 303);
        const { dog } = await ownDog(tenantId, citizenId, params.id);
        return reply.html(
          DeregisterPage({ ctx: request.ctx, dog, values, errors: errorsOf(request, result.problems) }),
          400,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.citizenLostMark(':id'),
      access,
      schema: { params: Type.Object({ id: Id }), summary: 'Steuermarke verloren (Formular)', ...pages },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const { dog } = await ownDog(tenantOf(request), citizenOf(request).id, params.id);
        return reply.html(LostMarkPage({ ctx: request.ctx, dog }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.citizenLostMark(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'Verlust der Steuermarke melden, neue Marke bestellen',
        ...forms,
      },
      handler: async ({ request, reply, params }) => {
        await reportLostMark(deps, tenantOf(request), citizenOf(request).id, params.id);
        return reply.redirect(`${DOG_TAX_PATHS.citizen}?ergebnis=marke`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.citizenRelief(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'Befreiung oder Ermäßigung beantragen (Formular)',
        ...pages,
      },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const { dog, rules } = await ownDog(tenantOf(request), citizenOf(request).id, params.id);
        return reply.html(ReliefRequestPage({ ctx: request.ctx, dog, rules }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.citizenRelief(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'Befreiung oder Ermäßigung beantragen',
        description:
          'multipart/form-data: Felder ruleId, from, reason; Dateien im Feld "evidence". CSRF-Token im Parameter _csrf.',
        tags,
        consumes: ['multipart/form-data'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply, params }) => {
        const tenantId = tenantOf(request);
        const citizenId = citizenOf(request).id;
        // The dog is checked before a byte of the upload is read.
        const { dog, rules } = await ownDog(tenantId, citizenId, params.id);
        const refused = (errors: PageError[], values: Record<string, string>) =>
          reply.html(ReliefRequestPage({ ctx: request.ctx, dog, rules, errors, values }), 400);
        let upload: ReceivedUploads;
        try {
          upload = await receiveUploads(request, deps.ingest);
        } catch (error) {
          if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
          return refused([{ field: 'evidence', message: translate(request.ctx.locale, error.text) }], {});
        }
        try {
          const values = {
            ruleId: upload.fields.ruleId ?? '',
            from: upload.fields.from ?? '',
            reason: upload.fields.reason ?? '',
          };
          const errors: PageError[] = upload.refused.map((file) => ({
            field: 'evidence',
            message: `${file.fileName}: ${translate(request.ctx.locale, file.reason.text)}`,
          }));
          for (const file of upload.accepted.filter((item) => !EVIDENCE_TYPES.has(item.mediaType)))
            errors.push({
              field: 'evidence',
              message: translate(request.ctx.locale, {
                de: `${file.fileName}: Bitte nur PDF, JPEG oder PNG.`,
                en: `${file.fileName}: PDF, JPEG or PNG only, please.`,
              }),
            });
          if (errors.length > 0) return await refused(errors, values);
          const result = await requestRelief(deps, tenantId, citizenId, {
            dogId: dog.id,
            ruleId: values.ruleId,
            from: parseDay(values.from),
            reason: values.reason,
            evidence: upload.accepted.map((file) => ({
              path: file.staged.path,
              sha256: file.staged.sha256,
              size: file.byteSize,
              fileName: file.fileName,
              mediaType: file.mediaType,
            })),
          });
          if (!result.ok) return await refused(errorsOf(request, result.problems), values);
          return reply.redirect(`${DOG_TAX_PATHS.citizen}?ergebnis=antrag`, 303);
        } finally {
          await discardUploads(upload);
        }
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.citizenMandate,
      access,
      schema: { summary: 'SEPA-Lastschriftmandat (Formular)', ...pages },
      handler: async ({ request, reply }) => {
        noStore(reply);
        const data = await mandatePageData(tenantOf(request), citizenOf(request).id);
        return reply.html(MandatePage({ ctx: request.ctx, ...data }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.citizenMandate,
      access,
      schema: {
        body: Type.Object({ accountHolder: text(200), iban: text(60), consent: text(10) }),
        summary: 'SEPA-Lastschriftmandat erteilen',
        ...forms,
      },
      handler: async ({ request, reply, body }) => {
        const tenantId = tenantOf(request);
        const citizenId = citizenOf(request).id;
        const values = {
          accountHolder: body.accountHolder ?? '',
          iban: body.iban ?? '',
          consent: body.consent ?? '',
        };
        const result = await giveMandate(deps, tenantId, citizenId, {
          accountHolder: values.accountHolder,
          iban: values.iban,
          consent: values.consent === 'ja',
        });
        if (result.ok) return reply.redirect(`${DOG_TAX_PATHS.citizen}?ergebnis=mandat`, 303);
        const data = await mandatePageData(tenantId, citizenId);
        return reply.html(
          MandatePage({ ctx: request.ctx, ...data, values, errors: errorsOf(request, result.problems) }),
          400,
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${DOG_TAX_PATHS.citizenMandate}/widerrufen`,
      access,
      schema: { summary: 'SEPA-Lastschriftmandat widerrufen', ...forms },
      handler: async ({ request, reply }) => {
        await revokeMandate(deps, tenantOf(request), citizenOf(request).id);
        return reply.redirect(`${DOG_TAX_PATHS.citizen}?ergebnis=widerrufen`, 303);
      },
    }),
  ];
}
