// The public Fundbüro routes (no sign-in): search, one item and its public photos, claim, loss report,
// the reporter's own report and match pages (by the token in their mail), and the finder's online report.
// Posting is rate-limited per address: a loss report, a find report or a claim needs no account, so the
// limit is what keeps a script from filling the register.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { parseDay } from '../../platform/time/calendar-day.ts';
import { isCategory } from './lostfound.categories.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { baseUrlOf, errorsOf, noStore, tenantOf } from './lostfound.http.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import { FindReportPage, LossReportPage } from './lostfound.public.forms.tsx';
import { MatchPage, PublicItemPage, ReportPage, SearchPage } from './lostfound.public.pages.tsx';
import { submitClaim, submitFindReport, submitLossReport } from './lostfound.public.usecases.ts';
import { loadOwnMatch, loadOwnReport, loadPublicItem, openPhoto, searchPublic } from './lostfound.views.ts';
import type { PageError } from './lostfound.ui.tsx';

const access = 'public' as const;
const tags = ['Fundbüro (öffentlich)'];
const pages = { tags, produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const Id = Type.String({ format: 'uuid' });
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
/** Ten posts a minute from one address are plenty for a person; a script gets 429. */
const rateLimit = { max: 10, timeWindow: '1 minute' };

const citizenIdOf = (request: FastifyRequest) => request.citizen?.id;
const signedIn = (request: FastifyRequest) => request.citizen !== undefined;

const lossFields = {
  name: text(200),
  email: text(254),
  category: text(30),
  description: text(2000),
  colour: text(100),
  brand: text(100),
  serialNumber: text(100),
  lostFrom: text(20),
  lostTo: text(20),
  place: text(300),
  district: text(100),
};
const findFields = {
  category: text(30),
  description: text(1000),
  colour: text(100),
  brand: text(100),
  foundOn: text(20),
  foundPlace: text(300),
  value: text(30),
  finderName: text(200),
  finderContact: text(300),
  finderChoice: text(20),
  keptByFinder: text(10),
};

export function createLostFoundPublicRoutes(deps: LostAndFoundDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.search,
      access,
      schema: {
        querystring: Type.Object({ category: text(30), from: text(20), to: text(20), place: text(100) }),
        summary: 'Fundsachen suchen (Kategorie, Zeitraum, Fundort)',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        const filters = {
          category: query.category ?? '',
          from: query.from ?? '',
          to: query.to ?? '',
          place: query.place ?? '',
        };
        const errors: PageError[] = [];
        const dayOf = (field: 'from' | 'to') => {
          if (!filters[field]) return undefined;
          const parsed = parseDay(filters[field]);
          if (!parsed)
            errors.push({
              field,
              message:
                request.ctx.locale === 'en'
                  ? 'Please enter a date (DD.MM.YYYY).'
                  : 'Bitte geben Sie ein Datum an (TT.MM.JJJJ).',
            });
          return parsed;
        };
        const from = dayOf('from');
        const to = dayOf('to');
        const results = await searchPublic(deps, tenantOf(request), {
          category: isCategory(filters.category) ? filters.category : undefined,
          from,
          to,
          place: filters.place.trim() || undefined,
        });
        return reply.html(
          SearchPage({ ctx: request.ctx, signedIn: signedIn(request), filters, results, errors }),
          errors.length > 0 ? 400 : 200,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.publicItem(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ ergebnis: text(20) }),
        summary: 'Eine Fundsache (öffentliche Angaben)',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        const item = await loadPublicItem(deps, tenantOf(request), params.id);
        return reply.html(
          PublicItemPage({
            ctx: request.ctx,
            signedIn: signedIn(request),
            item,
            claimed: query.ergebnis === 'angemeldet',
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.publicPhoto(':id', ':photoId'),
      access,
      schema: {
        params: Type.Object({ id: Id, photoId: Id }),
        summary: 'Foto einer Fundsache (nur wenn das Fundbüro es freigegeben hat)',
        tags,
        produces: ['image/jpeg', 'image/png'],
      },
      handler: async ({ request, reply, params }) => {
        const photo = await openPhoto(deps, tenantOf(request), {
          itemId: params.id,
          photoId: params.photoId,
          publicOnly: true,
        });
        reply.header('content-type', photo.mediaType);
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(photo.stream);
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.publicClaim(':id'),
      access,
      rateLimit,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({
          name: text(200),
          email: text(254),
          statement: text(2000),
          match: Type.Optional(Id),
          token: text(100),
        }),
        summary: 'Anspruch auf eine Fundsache anmelden',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const tenantId = tenantOf(request);
        const match = body.match && body.token ? { id: body.match, token: body.token } : undefined;
        const result = await submitClaim(deps, tenantId, {
          itemId: params.id,
          fields: body,
          citizenId: citizenIdOf(request),
          match,
          baseUrl: baseUrlOf(request, deps.publicUrl),
        });
        if (result.ok)
          return reply.redirect(`${LOST_FOUND_PATHS.publicItem(params.id)}?ergebnis=angemeldet`, 303);
        const item = await loadPublicItem(deps, tenantId, params.id);
        return reply.html(
          PublicItemPage({
            ctx: request.ctx,
            signedIn: signedIn(request),
            item,
            values: body,
            errors: errorsOf(request, result.problems),
            ...(match ? { match } : {}),
          }),
          400,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.lossReport,
      access,
      schema: { summary: 'Verlust melden (Formular)', ...pages },
      handler: async ({ request, reply }) => {
        noStore(reply);
        const citizen = request.citizen;
        const values = citizen ? { name: citizen.displayName } : {};
        return reply.html(LossReportPage({ ctx: request.ctx, signedIn: signedIn(request), values }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.lossReport,
      access,
      rateLimit,
      schema: {
        body: Type.Object(lossFields),
        summary: 'Verlust melden: sofortiger Abgleich mit den Fundsachen',
        ...forms,
      },
      handler: async ({ request, reply, body }) => {
        const result = await submitLossReport(deps, tenantOf(request), {
          fields: body,
          citizenId: citizenIdOf(request),
          baseUrl: baseUrlOf(request, deps.publicUrl),
        });
        if (!result.ok)
          return reply.html(
            LossReportPage({
              ctx: request.ctx,
              signedIn: signedIn(request),
              values: body,
              errors: errorsOf(request, result.problems),
            }),
            400,
          );
        const { reportId, token } = result.value;
        return reply.redirect(`${LOST_FOUND_PATHS.myReport(reportId)}?token=${token}&neu=1`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.myReport(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ token: text(100), neu: text(2) }),
        summary: 'Die eigene Verlustanzeige mit möglichen Treffern (Link aus der E-Mail)',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        reply.header('referrer-policy', 'no-referrer');
        const view = await loadOwnReport(deps, tenantOf(request), {
          reportId: params.id,
          token: query.token,
          citizenId: citizenIdOf(request),
        });
        return reply.html(
          ReportPage({
            ctx: request.ctx,
            signedIn: signedIn(request),
            view,
            token: query.token,
            fresh: query.neu === '1',
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.publicMatch(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ token: Type.String({ maxLength: 100 }) }),
        summary: 'Ein möglicher Treffer zur eigenen Verlustanzeige (Link aus der E-Mail)',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        reply.header('referrer-policy', 'no-referrer');
        const view = await loadOwnMatch(deps, tenantOf(request), { matchId: params.id, token: query.token });
        return reply.html(
          MatchPage({ ctx: request.ctx, signedIn: signedIn(request), view, token: query.token }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.findReport,
      access,
      schema: {
        querystring: Type.Object({ ergebnis: text(20) }),
        summary: 'Fund melden (Formular)',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const received = query.ergebnis && /^FU-\d{6,}$/.test(query.ergebnis) ? query.ergebnis : undefined;
        return reply.html(
          FindReportPage({ ctx: request.ctx, signedIn: signedIn(request), values: {}, received }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.findReport,
      access,
      rateLimit,
      schema: {
        body: Type.Object(findFields),
        summary: 'Fund online melden (das Fundbüro übernimmt ihn in das Register)',
        ...forms,
      },
      handler: async ({ request, reply, body }) => {
        const result = await submitFindReport(deps, tenantOf(request), {
          fields: body,
          citizenId: citizenIdOf(request),
          baseUrl: baseUrlOf(request, deps.publicUrl),
        });
        if (!result.ok)
          return reply.html(
            FindReportPage({
              ctx: request.ctx,
              signedIn: signedIn(request),
              values: body,
              errors: errorsOf(request, result.problems),
            }),
            400,
          );
        return reply.redirect(`${LOST_FOUND_PATHS.findReport}?ergebnis=${result.value.number}`, 303);
      },
    }),
  ];
}
