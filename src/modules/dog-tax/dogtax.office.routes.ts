// The treasury's dog tax routes (dogtax.work): overview and search, accepting a registration, a household
// with payment booking, the lists, reliefs, the annual run with its progress, and the direct-debit files.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SafeHtml } from '../../platform/ui/jsx-runtime.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { parseDay, localDay } from '../../platform/time/calendar-day.ts';
import { accessErrors, type StaffActor } from '../access/index.ts';
import { acceptRegistration, loadRegistration } from './dogtax.acceptance.ts';
import { createCollection } from './dogtax.collections.ts';
import type { DogTaxDeps } from './dogtax.deps.ts';
import { errorsOf, noStore, tenantOf } from './dogtax.http.ts';
import { AcceptPage, HouseholdPage, OverviewPage, type PageError } from './dogtax.office.pages.tsx';
import { ArrearsPage, DogsPage, ReliefPage, ReliefsPage } from './dogtax.lists.pages.tsx';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import { bookPayment, decideRelief, setPaymentSchedule } from './dogtax.register.usecases.ts';
import { RunPage, RunProgress, RunsPage } from './dogtax.run.pages.tsx';
import { startAnnualRun } from './dogtax.run.ts';
import type { ListedSection } from './dogtax.statute.ts';
import {
  loadArrears,
  loadCollectionXml,
  loadDogLists,
  loadHousehold,
  loadOverview,
  loadRelief,
  loadReliefRequests,
  loadRun,
  loadRuns,
} from './dogtax.views.ts';

const access = { permission: 'dogtax.work' } as const;
const tags = ['Hundesteuer (Steueramt)'];
const pages = { tags, produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const Id = Type.String({ format: 'uuid' });
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

function staffOf(request: FastifyRequest): StaffActor {
  if (!request.actor) throw accessErrors.unauthenticated();
  return request.actor;
}

/** An error the clerk can act on (e.g. the chip is already registered) shown on the page it came from. */
function asPageError(request: FastifyRequest, error: unknown, field: string): PageError[] {
  if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
  const details =
    typeof error.details === 'object' && error.details ? (error.details as Record<string, string>) : {};
  return [{ field, message: translate(request.ctx.locale, error.text, details) }];
}

/** "62,50", "62.50", "1.062,50" → cents; undefined when it is not an amount. */
export function parseEuro(input: string): number | undefined {
  const value = input.trim().replace(/\s|€/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(value)) return undefined;
  const normalised = value.includes(',') ? value.replaceAll('.', '').replace(',', '.') : value;
  const cents = Math.round(Number(normalised) * 100);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** A list page of the treasury: no parameters, read and shown. */
function listPage(url: string, summary: string, render: (request: FastifyRequest) => Promise<SafeHtml>) {
  return defineRoute({
    method: 'GET',
    url,
    access,
    schema: { summary, ...pages },
    handler: async ({ request, reply }) => {
      noStore(reply);
      return reply.html(await render(request));
    },
  });
}

export function createDogTaxOfficeRoutes(deps: DogTaxDeps): RouteDefinition[] {
  // The page of the annual run and the direct-debit files again, with what was refused and as typed.
  const runsRefused = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: PageError[],
    values: Record<string, string>,
  ) => {
    const data = await loadRuns(deps, tenantOf(request));
    const nextYear = Number(localDay(deps.now()).slice(0, 4)) + 1;
    return reply.html(
      RunsPage({ ctx: request.ctx, actor: staffOf(request), ...data, nextYear, errors, values }),
      400,
    );
  };
  const listedOf = (value: string | undefined): ListedSection | null =>
    value === 'section3' || value === 'section10' ? value : null;
  return [
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.office,
      access,
      schema: {
        querystring: Type.Object({ q: text(100) }),
        summary: 'Hundesteuer: Übersicht und Suche',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const search = (query.q ?? '').trim();
        const data = await loadOverview(deps, tenantOf(request), search);
        return reply.html(OverviewPage({ ctx: request.ctx, actor: staffOf(request), search, ...data }));
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.accept(':id'),
      access,
      schema: { params: Type.Object({ id: Id }), summary: 'Hundeanmeldung prüfen', ...pages },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const actor = staffOf(request);
        const view = await loadRegistration(deps, tenantOf(request), actor, params.id);
        return reply.html(AcceptPage({ ctx: request.ctx, actor, view }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.accept(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({
          listed0: text(20),
          listed1: text(20),
          listed2: text(20),
          listed3: text(20),
          listed4: text(20),
        }),
        summary: 'Hundeanmeldung annehmen: Hunde registrieren, Steuermarken vergeben, Bescheid erstellen',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        const listed = [body.listed0, body.listed1, body.listed2, body.listed3, body.listed4].map(listedOf);
        try {
          const { householdId } = await acceptRegistration(deps, tenantId, actor, {
            applicationId: params.id,
            listed,
          });
          return reply.redirect(`${DOG_TAX_PATHS.household(householdId)}?ergebnis=angenommen`, 303);
        } catch (error) {
          const errors = asPageError(request, error, 'listed-0');
          const view = await loadRegistration(deps, tenantId, actor, params.id);
          return reply.html(AcceptPage({ ctx: request.ctx, actor, view, errors }), 409);
        }
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.household(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ ergebnis: text(20) }),
        summary: 'Haushalt im Hundesteuerregister',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        const details = await loadHousehold(deps, tenantOf(request), params.id);
        const notice =
          query.ergebnis === 'angenommen'
            ? translate(request.ctx.locale, {
                de: 'Die Anmeldung ist angenommen, der Bescheid ist erstellt und zugestellt.',
                en: 'The registration is accepted; the notice is made and delivered.',
              })
            : query.ergebnis === 'zahlweise'
              ? translate(request.ctx.locale, {
                  de: 'Die Zahlweise ist geändert; ein geänderter Bescheid für dieses Jahr ist erteilt, wo schon einer bestand.',
                  en: 'The payment schedule is changed; an amended notice for this year is issued where one existed.',
                })
              : query.ergebnis === 'gebucht'
                ? translate(request.ctx.locale, {
                    de: 'Die Zahlung ist gebucht.',
                    en: 'The payment is booked.',
                  })
                : undefined;
        return reply.html(HouseholdPage({ ctx: request.ctx, actor: staffOf(request), details, notice }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${DOG_TAX_PATHS.household(':id')}/zahlungen`,
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({
          year: text(10),
          amount: text(30),
          bookedOn: text(20),
          source: text(20),
          note: text(1000),
        }),
        summary: 'Zahlung oder Rücklastschrift buchen',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        const values = {
          year: body.year ?? '',
          amount: body.amount ?? '',
          bookedOn: body.bookedOn ?? '',
          source: body.source ?? '',
          note: body.note ?? '',
        };
        const year = /^\d{4}$/.test(values.year.trim()) ? Number(values.year.trim()) : undefined;
        const result = await bookPayment(deps, tenantId, actor, {
          householdId: params.id,
          year,
          amountCents: parseEuro(values.amount),
          bookedOn: parseDay(values.bookedOn),
          source: values.source,
          note: values.note,
        });
        if (result.ok) return reply.redirect(`${DOG_TAX_PATHS.household(params.id)}?ergebnis=gebucht`, 303);
        const details = await loadHousehold(deps, tenantId, params.id);
        return reply.html(
          HouseholdPage({
            ctx: request.ctx,
            actor,
            details,
            values,
            errors: errorsOf(request, result.problems),
          }),
          400,
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: `${DOG_TAX_PATHS.household(':id')}/zahlweise`,
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ schedule: text(20) }),
        summary:
          'Zahlweise ändern (vierteljährlich oder jährlich zum 1. Juli); der Bescheid des Jahres wird neu erteilt',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        await setPaymentSchedule(deps, tenantOf(request), staffOf(request), {
          householdId: params.id,
          annual: body.schedule === 'annual',
        });
        return reply.redirect(`${DOG_TAX_PATHS.household(params.id)}?ergebnis=zahlweise`, 303);
      },
    }),
    listPage(DOG_TAX_PATHS.dogs, 'Hunde nach Rasse, gefährliche Hunde', async (request) =>
      DogsPage({
        ctx: request.ctx,
        actor: staffOf(request),
        ...(await loadDogLists(deps, tenantOf(request))),
      }),
    ),
    listPage(DOG_TAX_PATHS.arrears, 'Haushalte mit Rückständen', async (request) =>
      ArrearsPage({
        ctx: request.ctx,
        actor: staffOf(request),
        ...(await loadArrears(deps, tenantOf(request))),
      }),
    ),
    listPage(DOG_TAX_PATHS.reliefs, 'Anträge auf Befreiung oder Ermäßigung', async (request) =>
      ReliefsPage({
        ctx: request.ctx,
        actor: staffOf(request),
        rows: await loadReliefRequests(deps, tenantOf(request)),
      }),
    ),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.relief(':id'),
      access,
      schema: { params: Type.Object({ id: Id }), summary: 'Antrag auf Befreiung oder Ermäßigung', ...pages },
      handler: async ({ request, reply, params }) => {
        noStore(reply);
        const data = await loadRelief(deps, tenantOf(request), params.id);
        return reply.html(ReliefPage({ ctx: request.ctx, actor: staffOf(request), ...data }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.relief(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ decision: text(20), from: text(20), until: text(20), reason: text(4000) }),
        summary: 'Über Befreiung oder Ermäßigung entscheiden',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        const values = {
          decision: body.decision ?? '',
          from: body.from ?? '',
          until: body.until ?? '',
          reason: body.reason ?? '',
        };
        const result = await decideRelief(deps, tenantId, actor, {
          reliefId: params.id,
          decision: values.decision === 'refused' ? 'refused' : 'granted',
          from: parseDay(values.from),
          until: values.until.trim() ? parseDay(values.until) : undefined,
          reason: values.reason,
        });
        if (result.ok) {
          const data = await loadRelief(deps, tenantId, params.id);
          return reply.redirect(`${DOG_TAX_PATHS.household(data.household.id)}`, 303);
        }
        const data = await loadRelief(deps, tenantId, params.id);
        return reply.html(
          ReliefPage({
            ctx: request.ctx,
            actor,
            ...data,
            values,
            errors: errorsOf(request, result.problems),
          }),
          400,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.runs,
      access,
      schema: {
        querystring: Type.Object({ ergebnis: text(40) }),
        summary: 'Jahreslauf und Lastschriften',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const data = await loadRuns(deps, tenantOf(request));
        const notice = /^lastschrift-\d+$/.test(query.ergebnis ?? '')
          ? translate(request.ctx.locale, {
              de: `Die Lastschriftdatei mit ${query.ergebnis!.slice(12)} Lastschriften ist erstellt.`,
              en: `The direct-debit file with ${query.ergebnis!.slice(12)} debits is made.`,
            })
          : undefined;
        return reply.html(
          RunsPage({
            ctx: request.ctx,
            actor: staffOf(request),
            ...data,
            nextYear: Number(localDay(deps.now()).slice(0, 4)) + 1,
            notice,
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.runs,
      access,
      schema: { body: Type.Object({ year: text(10) }), summary: 'Jahreslauf starten', ...forms },
      handler: async ({ request, reply, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        const year = /^\d{4}$/.test((body.year ?? '').trim()) ? Number(body.year!.trim()) : undefined;
        const thisYear = Number(localDay(deps.now()).slice(0, 4));
        let errors: PageError[];
        if (!year || year < thisYear - 4 || year > thisYear + 1) {
          errors = [
            {
              field: 'year',
              message: translate(request.ctx.locale, {
                de: `Bitte geben Sie ein Steuerjahr von ${thisYear - 4} bis ${thisYear + 1} an.`,
                en: `Please enter a tax year from ${thisYear - 4} to ${thisYear + 1}.`,
              }),
            },
          ];
        } else {
          try {
            const runId = await startAnnualRun(deps, tenantId, actor, year);
            return reply.redirect(DOG_TAX_PATHS.run(runId), 303);
          } catch (error) {
            errors = asPageError(request, error, 'year');
          }
        }
        return runsRefused(request, reply, errors, { year: body.year ?? '' });
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.run(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ teil: text(20) }),
        summary: 'Fortschritt des Jahreslaufs',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        const run = await loadRun(deps, tenantOf(request), params.id);
        if (query.teil === 'fortschritt') return reply.html(RunProgress({ ctx: request.ctx, run }));
        return reply.html(RunPage({ ctx: request.ctx, actor: staffOf(request), run }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: DOG_TAX_PATHS.collections,
      access,
      schema: {
        body: Type.Object({ collectionDate: text(20) }),
        summary: 'Lastschriftdatei (pain.008) erstellen',
        ...forms,
      },
      handler: async ({ request, reply, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        const collectionDate = parseDay(body.collectionDate ?? '');
        let errors: PageError[];
        if (!collectionDate || collectionDate < localDay(deps.now())) {
          errors = [
            {
              field: 'collectionDate',
              message: translate(request.ctx.locale, {
                de: 'Bitte geben Sie den Tag des Einzugs an (heute oder später).',
                en: 'Please enter the collection day (today or later).',
              }),
            },
          ];
        } else {
          try {
            const { transactions } = await createCollection(deps, tenantId, actor, collectionDate);
            return reply.redirect(`${DOG_TAX_PATHS.runs}?ergebnis=lastschrift-${transactions}`, 303);
          } catch (error) {
            errors = asPageError(request, error, 'collectionDate');
          }
        }
        return runsRefused(request, reply, errors, { collectionDate: body.collectionDate ?? '' });
      },
    }),
    defineRoute({
      method: 'GET',
      url: DOG_TAX_PATHS.collectionFile(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        summary: 'Lastschriftdatei herunterladen (pain.008.001.08)',
        tags,
        produces: ['application/xml'],
      },
      handler: async ({ request, reply, params }) => {
        const { xml, messageId } = await loadCollectionXml(deps, tenantOf(request), params.id);
        reply.header('cache-control', 'no-store');
        reply.header('content-disposition', `attachment; filename="${messageId}.xml"`);
        reply.header('x-content-type-options', 'nosniff');
        return reply.type('application/xml; charset=utf-8').send(xml);
      },
    }),
  ];
}
