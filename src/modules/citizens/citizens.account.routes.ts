// HTTP for "Mein Konto": the profile, with how this session was opened and the link to BundID.
import type { FastifyRequest } from 'fastify';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { accessErrors } from '../access/index.ts';
import { AccountPage, type ProfileValues } from './citizens.account.pages.tsx';
import {
  CITIZEN_SESSION_COOKIE,
  citizenOf,
  errorsOf,
  form,
  html,
  noStore,
  scopeFor,
  tags,
  type CitizenRoutesOptions,
} from './citizens.http.ts';
import type { FieldError } from './citizens.layout.tsx';
import { oidcLinkOf } from './citizens.oidc.usecases.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import { ProfileForm, SavedQuery } from './citizens.schemas.ts';
import { describeSession } from './citizens.sessions.ts';
import { getProfile, updateProfile } from './citizens.usecases.ts';
import { checkProfile } from './citizens.validation.ts';

export function createAccountRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { audit } = options;
  const scopeOf = scopeFor(options.db);

  async function accountPage(
    request: FastifyRequest,
    page: { values?: ProfileValues; errors?: FieldError[]; saved?: boolean },
  ) {
    const actor = citizenOf(request);
    const scope = scopeOf(request);
    const { citizen } = await getProfile({ scope, citizenId: actor.id });
    if (!citizen) throw accessErrors.unauthenticated();
    const session = await describeSession({ scope, token: request.cookies[CITIZEN_SESSION_COOKIE] });
    const link = options.oidc.issuer ? await oidcLinkOf({ scope, citizenId: actor.id }) : undefined;
    return AccountPage({
      ctx: request.ctx,
      displayName: actor.displayName,
      values: page.values ? { ...page.values, email: citizen.email } : citizen,
      session,
      oidc: options.oidc.issuer ? { label: options.oidc.label, linkedSince: link?.linkedSince } : undefined,
      errors: page.errors ?? [],
      saved: page.saved ?? false,
    });
  }

  return [
    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.account,
      access: { permission: 'citizen.account' },
      schema: {
        querystring: SavedQuery,
        summary: 'Mein Konto: Angaben ansehen und ändern',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        noStore(reply);
        return reply.html(await accountPage(request, { saved: query.gespeichert === '1' }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.account,
      access: { permission: 'citizen.account' },
      schema: {
        body: ProfileForm,
        summary: 'Angaben im Bürgerkonto ändern',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, body }) => {
        const actor = citizenOf(request);
        const { problems, profile } = checkProfile(body);
        if (problems.length > 0) {
          noStore(reply);
          return reply.html(
            await accountPage(request, {
              values: { ...profile, email: null, postalCode: body.postalCode },
              errors: errorsOf(request.ctx.locale, problems),
            }),
            400,
          );
        }
        await updateProfile({ scope: scopeOf(request), audit, citizenId: actor.id, profile });
        return reply.redirect(`${CITIZEN_PATHS.account}?gespeichert=1`, 303);
      },
    }),
  ];
}
