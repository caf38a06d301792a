// The Fundbüro's routes for staff (lostfound.work): the work list, registering an item with photos,
// one item, accepting an online find report, deciding a match, the handover and the other life steps.
import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { isCategory } from './lostfound.categories.ts';
import type { LostAndFoundDeps } from './lostfound.deps.ts';
import { handOver, isStep, moveItem } from './lostfound.handover.usecases.ts';
import {
  asPageError,
  baseUrlOf,
  discardReceived,
  errorsOf,
  noStore,
  receivePhotos,
  staffOf,
  tenantOf,
} from './lostfound.http.ts';
import { ItemPage } from './lostfound.item.pages.tsx';
import { acceptFindReport, decideMatch, registerItem } from './lostfound.items.usecases.ts';
import { NewItemPage, OverviewPage } from './lostfound.office.pages.tsx';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import { loadItem, loadOverview, openPhoto } from './lostfound.views.ts';

const access = { permission: 'lostfound.work' } as const;
const tags = ['Fundbüro (Bürgerbüro)'];
const pages = { tags, produces: ['text/html'] };
const forms = { ...pages, consumes: ['application/x-www-form-urlencoded'] };
const Id = Type.String({ format: 'uuid' });
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

// Only a hand-made request sends a decision or step the page does not offer.
const unknownChoice = () =>
  new AppError('lost-and-found.unknown_choice', 400, { de: 'Unbekannte Auswahl.', en: 'Unknown choice.' });

const notices: Record<string, { de: string; en: string }> = {
  registriert: {
    de: 'Die Fundsache ist registriert und in der E-Akte angelegt.',
    en: 'The item is registered and filed.',
  },
  uebernommen: {
    de: 'Die Fundanzeige ist in das Fundregister übernommen.',
    en: 'The find report is registered.',
  },
  entschieden: {
    de: 'Die Entscheidung über den Treffer ist gespeichert.',
    en: 'The decision on the match is saved.',
  },
  herausgegeben: { de: 'Die Fundsache ist herausgegeben.', en: 'The item is handed over.' },
  geaendert: { de: 'Der Stand der Fundsache ist geändert.', en: 'The item’s state is changed.' },
};

export function createLostFoundOfficeRoutes(deps: LostAndFoundDeps): RouteDefinition[] {
  const notice = (locale: 'de' | 'en', key: string | undefined) =>
    key && notices[key] ? translate(locale, notices[key]) : undefined;
  return [
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.office,
      access,
      schema: {
        querystring: Type.Object({ category: text(30), q: text(100), ergebnis: text(20) }),
        summary: 'Fundbüro: Arbeitsliste, Fristen dieser Woche, Bestand',
        ...pages,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        const category = query.category && isCategory(query.category) ? query.category : undefined;
        const q = (query.q ?? '').trim();
        const overview = await loadOverview(deps, tenantOf(request), staffOf(request), {
          category,
          q: q || undefined,
        });
        return reply.html(
          OverviewPage({
            ctx: request.ctx,
            actor: staffOf(request),
            overview,
            filters: { category: category ?? '', q },
            notice: notice(request.ctx.locale, query.ergebnis),
          }),
        );
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.newItem,
      access,
      schema: { summary: 'Fundsache erfassen (Formular)', ...pages },
      handler: async ({ request, reply }) => {
        noStore(reply);
        return reply.html(NewItemPage({ ctx: request.ctx, actor: staffOf(request) }));
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.items,
      access,
      schema: {
        summary: 'Fundsache registrieren (mit Fotos)',
        description:
          'multipart/form-data: Felder category, description, features, colour, brand, serialNumber, foundOn, foundPlace, foundDistrict, value, storagePlace, finderName, finderContact, finderChoice, publicFind, keptByFinder, photosPublic; Dateien im Feld "photos" (nur JPEG/PNG). CSRF-Token im Parameter _csrf.',
        tags,
        consumes: ['multipart/form-data'],
        produces: ['text/html'],
      },
      handler: async ({ request, reply }) => {
        const actor = staffOf(request);
        let received;
        try {
          received = await receivePhotos(request, deps);
        } catch (error) {
          if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
          const errors = [{ field: 'photos', message: translate(request.ctx.locale, error.text) }];
          return reply.html(NewItemPage({ ctx: request.ctx, actor, errors }), 400);
        }
        try {
          const refused = (problems: typeof received.problems) =>
            reply.html(
              NewItemPage({
                ctx: request.ctx,
                actor,
                values: received.fields,
                errors: errorsOf(request, problems),
              }),
              400,
            );
          if (received.problems.length > 0) return await refused(received.problems);
          const result = await registerItem(deps, tenantOf(request), actor, {
            fields: received.fields,
            photos: received.photos,
            baseUrl: baseUrlOf(request, deps.publicUrl),
          });
          if (!result.ok) return await refused(result.problems);
          return reply.redirect(`${LOST_FOUND_PATHS.item(result.value.itemId)}?ergebnis=registriert`, 303);
        } finally {
          await discardReceived(received.upload);
        }
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.item(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ ergebnis: text(20) }),
        summary: 'Eine Fundsache: Angaben, Frist, Treffer, Ansprüche, Herausgabe',
        ...pages,
      },
      handler: async ({ request, reply, params, query }) => {
        noStore(reply);
        const detail = await loadItem(deps, tenantOf(request), staffOf(request), params.id);
        return reply.html(
          ItemPage({
            ctx: request.ctx,
            actor: staffOf(request),
            detail,
            notice: notice(request.ctx.locale, query.ergebnis),
          }),
        );
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.accept(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ storagePlace: text(200), keptByFinder: text(10) }),
        summary: 'Online gemeldeten Fund in das Fundregister übernehmen',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        try {
          await acceptFindReport(deps, tenantId, actor, {
            itemId: params.id,
            storagePlace: body.storagePlace ?? '',
            keptByFinder: body.keptByFinder === 'ja',
            baseUrl: baseUrlOf(request, deps.publicUrl),
          });
        } catch (error) {
          const errors = asPageError(request, error, 'storagePlace');
          const detail = await loadItem(deps, tenantId, actor, params.id);
          return reply.html(ItemPage({ ctx: request.ctx, actor, detail, errors }), 409);
        }
        return reply.redirect(`${LOST_FOUND_PATHS.item(params.id)}?ergebnis=uebernommen`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.match(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ decision: text(20) }),
        summary: 'Vorgeschlagenen Treffer bestätigen oder verwerfen',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const decision =
          body.decision === 'confirmed'
            ? 'confirmed'
            : body.decision === 'dismissed'
              ? 'dismissed'
              : undefined;
        if (!decision) throw unknownChoice();
        const { itemId } = await decideMatch(deps, tenantOf(request), staffOf(request), {
          matchId: params.id,
          decision,
          baseUrl: baseUrlOf(request, deps.publicUrl),
        });
        return reply.redirect(`${LOST_FOUND_PATHS.item(itemId)}?ergebnis=entschieden`, 303);
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.handover(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({
          claimId: text(40),
          ownerName: text(200),
          proofMethod: text(30),
          proofDetails: text(2000),
        }),
        summary: 'Fundsache an die Eigentümerin / den Eigentümer herausgeben (Gebühr und Finderlohn)',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        const values = { ...body };
        let errors;
        try {
          const result = await handOver(deps, tenantId, actor, { itemId: params.id, fields: values });
          if (result.ok)
            return reply.redirect(`${LOST_FOUND_PATHS.item(params.id)}?ergebnis=herausgegeben`, 303);
          errors = errorsOf(request, result.problems);
        } catch (error) {
          errors = asPageError(request, error, 'ownerName');
        }
        const detail = await loadItem(deps, tenantId, actor, params.id);
        return reply.html(ItemPage({ ctx: request.ctx, actor, detail, errors, values }), 400);
      },
    }),
    defineRoute({
      method: 'POST',
      url: LOST_FOUND_PATHS.transition(':id'),
      access,
      schema: {
        params: Type.Object({ id: Id }),
        body: Type.Object({ step: text(30) }),
        summary: 'Nächster Schritt: an Finder, Eigentum der Stadt, versteigert, gespendet, vernichtet',
        ...forms,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = staffOf(request);
        const tenantId = tenantOf(request);
        try {
          if (!body.step || !isStep(body.step)) throw unknownChoice();
          await moveItem(deps, tenantId, actor, { itemId: params.id, step: body.step });
        } catch (error) {
          const errors = asPageError(request, error, 'step');
          const detail = await loadItem(deps, tenantId, actor, params.id);
          return reply.html(ItemPage({ ctx: request.ctx, actor, detail, errors }), 409);
        }
        return reply.redirect(`${LOST_FOUND_PATHS.item(params.id)}?ergebnis=geaendert`, 303);
      },
    }),
    defineRoute({
      method: 'GET',
      url: LOST_FOUND_PATHS.officePhoto(':id', ':photoId'),
      access,
      schema: {
        params: Type.Object({ id: Id, photoId: Id }),
        summary: 'Foto einer Fundsache (intern)',
        tags,
        produces: ['image/jpeg', 'image/png'],
      },
      handler: async ({ request, reply, params }) => {
        const photo = await openPhoto(deps, tenantOf(request), {
          itemId: params.id,
          photoId: params.photoId,
          publicOnly: false,
          actor: staffOf(request),
        });
        noStore(reply);
        reply.header('content-type', photo.mediaType);
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(photo.stream);
      },
    }),
  ];
}
