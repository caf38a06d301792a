// HTTP for the members of a business account: invitations (sent by admins, accepted after signing in
// with the invited address), role changes and removals. The last admin cannot go.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { defineRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { companyText } from './citizens.companies.messages.ts';
import { companyPage } from './citizens.companies.routes.ts';
import {
  acceptInvitation,
  changeMemberRole,
  findInvitation,
  inviteMember,
  removeMember,
} from './citizens.members.usecases.ts';
import { checkInvitation, companyRoles } from './citizens.companies.validation.ts';
import { InvitationPage } from './citizens.company.pages.tsx';
import { companyErrors } from './citizens.errors.ts';
import {
  citizenOf,
  errorsOf,
  form,
  html,
  isAppError,
  noStore,
  scopeFor,
  sendLinkFor,
  tags,
  type CitizenRoutesOptions,
} from './citizens.http.ts';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import { MessagePage } from './citizens.registration.pages.tsx';
import {
  CompanyParams,
  InviteForm,
  MemberParams,
  RoleForm,
  TokenForm,
  TokenQuery,
} from './citizens.schemas.ts';
import type { CompanyRole } from './citizens.tables.ts';

// Refusals a member can run into on the company page: shown there, with the page, not as a bare error.
const shownOnPage = ['citizens.company_last_admin', 'citizens.company_admin_only'];

export function createMembersRoutes(options: CitizenRoutesOptions): RouteDefinition[] {
  const { audit, now, mailer } = options;
  const scopeOf = scopeFor(options.db);
  const account = { permission: 'citizen.account' } as const;

  /** Shows a refusal that a member can run into on the company page there; rethrows anything else. */
  async function refusedOnPage(
    request: FastifyRequest,
    reply: FastifyReply,
    companyId: string,
    error: unknown,
  ) {
    if (!(error instanceof AppError) || !shownOnPage.includes(error.code)) throw error;
    noStore(reply);
    const problem = translate(request.ctx.locale, error.text);
    return reply.html(await companyPage(options, request, companyId, { problem }), error.statusCode);
  }

  const invalidInvitation = (
    request: FastifyRequest,
    reply: FastifyReply,
    code: 'invitation_invalid' | 'invitation_other_address',
  ) => {
    const error = companyErrors[code]();
    noStore(reply);
    return reply.html(
      MessagePage({
        ctx: request.ctx,
        title: companyText.invitationTitle,
        kind: 'danger',
        message: translate(request.ctx.locale, error.text),
        signedIn: true,
      }),
      error.statusCode,
    );
  };

  return [
    defineRoute({
      method: 'POST',
      url: '/konto/unternehmen/:id/einladen',
      access: account,
      schema: {
        params: CompanyParams,
        body: InviteForm,
        summary: 'Eine Person per E-Mail in das Unternehmenskonto einladen',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = citizenOf(request);
        const ctx = request.ctx;
        const { problems, invitation } = checkInvitation(body);
        const withErrors = async (errors: ReturnType<typeof errorsOf>, status: number) => {
          noStore(reply);
          return reply.html(
            await companyPage(options, request, params.id, { inviteValues: body, errors }),
            status,
          );
        };
        if (problems.length > 0) return withErrors(errorsOf(ctx.locale, problems), 400);
        try {
          await inviteMember({
            scope: scopeOf(request),
            audit,
            sendLink: sendLinkFor(request, options.publicUrl, mailer),
            citizenId: actor.id,
            inviterName: actor.displayName,
            companyId: params.id,
            email: invitation.email,
            role: invitation.role,
            now: now(),
          });
        } catch (error) {
          if (isAppError(error, 'citizens.company_already_member'))
            return withErrors([{ field: 'email', message: translate(ctx.locale, error.text) }], 409);
          return refusedOnPage(request, reply, params.id, error);
        }
        return reply.redirect(`${CITIZEN_PATHS.company(params.id)}?hinweis=eingeladen`, 303);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/konto/unternehmen/:id/mitglieder/:memberId/rolle',
      access: account,
      schema: {
        params: MemberParams,
        body: RoleForm,
        summary: 'Rolle eines Mitglieds ändern',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params, body }) => {
        const actor = citizenOf(request);
        const role = (companyRoles as string[]).includes(body.role) ? (body.role as CompanyRole) : 'member';
        try {
          await changeMemberRole({
            scope: scopeOf(request),
            audit,
            citizenId: actor.id,
            companyId: params.id,
            memberId: params.memberId,
            role,
          });
        } catch (error) {
          return refusedOnPage(request, reply, params.id, error);
        }
        return reply.redirect(`${CITIZEN_PATHS.company(params.id)}?hinweis=rolle`, 303);
      },
    }),

    defineRoute({
      method: 'POST',
      url: '/konto/unternehmen/:id/mitglieder/:memberId/entfernen',
      access: account,
      schema: {
        params: MemberParams,
        summary: 'Mitglied entfernen oder das Unternehmen selbst verlassen',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, params }) => {
        const actor = citizenOf(request);
        try {
          await removeMember({
            scope: scopeOf(request),
            audit,
            citizenId: actor.id,
            companyId: params.id,
            memberId: params.memberId,
          });
        } catch (error) {
          return refusedOnPage(request, reply, params.id, error);
        }
        return reply.redirect(
          params.memberId === actor.id
            ? `${CITIZEN_PATHS.companies}?hinweis=verlassen`
            : `${CITIZEN_PATHS.company(params.id)}?hinweis=entfernt`,
          303,
        );
      },
    }),

    defineRoute({
      method: 'GET',
      url: CITIZEN_PATHS.invitation,
      // Signed-out visitors are sent to the login, which brings them back here.
      access: account,
      schema: {
        querystring: TokenQuery,
        summary: 'Einladung in ein Unternehmenskonto ansehen',
        tags,
        produces: html,
      },
      handler: async ({ request, reply, query }) => {
        const token = query.token ?? '';
        const invitation = await findInvitation({ scope: scopeOf(request), token, now: now() });
        if (!invitation) return invalidInvitation(request, reply, 'invitation_invalid');
        noStore(reply);
        return reply.html(InvitationPage({ ctx: request.ctx, token, invitation }));
      },
    }),

    defineRoute({
      method: 'POST',
      url: CITIZEN_PATHS.invitation,
      access: account,
      schema: {
        body: TokenForm,
        summary: 'Einladung in ein Unternehmenskonto annehmen',
        tags,
        consumes: form,
        produces: html,
      },
      handler: async ({ request, reply, body }) => {
        const actor = citizenOf(request);
        try {
          const { companyId } = await acceptInvitation({
            scope: scopeOf(request),
            audit,
            citizenId: actor.id,
            token: body.token,
            now: now(),
          });
          return reply.redirect(`${CITIZEN_PATHS.company(companyId)}?hinweis=angenommen`, 303);
        } catch (error) {
          if (isAppError(error, 'citizens.invitation_invalid'))
            return invalidInvitation(request, reply, 'invitation_invalid');
          if (isAppError(error, 'citizens.invitation_other_address'))
            return invalidInvitation(request, reply, 'invitation_other_address');
          throw error;
        }
      },
    }),
  ];
}
