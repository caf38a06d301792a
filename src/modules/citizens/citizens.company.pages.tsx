// One company's page for its members: its details, who belongs to it, and for admins the management
// of members and invitations; plus the page behind an invitation link.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { Alert, ButtonLink, CsrfField, Heading } from '../../platform/ui/components.tsx';
import { SelectField } from '../../platform/ui/form-fields.tsx';
import { companyText } from './citizens.companies.messages.ts';
import type { CompanyData } from './citizens.companies.repository.ts';
import { companyRoles } from './citizens.companies.validation.ts';
import { Field, Page, Submit, formatDate, t, type FieldError } from './citizens.layout.tsx';
import { CITIZEN_PATHS } from './citizens.paths.ts';
import type { CompanyRole } from './citizens.tables.ts';

export interface CompanyView {
  company: CompanyData & { id: string };
  role: CompanyRole;
  members: {
    citizenId: string;
    givenName: string;
    familyName: string;
    email: string | null;
    role: CompanyRole;
  }[];
  invitations: { id: string; email: string; role: CompanyRole; expiresAt: Date }[];
}

function SmallButton({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  return (
    <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit" aria-label={ariaLabel}>
      <span class="kern-label">{label}</span>
    </button>
  );
}

function Details({ ctx, company }: { ctx: RequestContext; company: CompanyData }) {
  const notGiven = t(ctx, companyText.notGiven);
  const address = [company.street, [company.postalCode, company.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const rows: [string, string][] = [
    [t(ctx, companyText.legalFormColumn), company.legalForm],
    [
      t(ctx, companyText.register),
      company.registerNumber ? `${company.registerNumber}, ${company.registerCourt ?? ''}` : notGiven,
    ],
    [t(ctx, companyText.taxNumber), company.taxNumber ?? notGiven],
    [t(ctx, companyText.address), address || notGiven],
  ];
  return (
    <dl class="kern-description-list">
      {rows.map(([key, value]) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{key}</dt>
          <dd class="kern-description-list-item__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CompanyPage({
  ctx,
  citizenId,
  view,
  notice,
  problem,
  inviteValues = { email: '', role: 'member' },
  errors = [],
}: {
  ctx: RequestContext;
  citizenId: string;
  view: CompanyView;
  notice?: string | undefined;
  /** A refused change, e.g. removing the last admin. */
  problem?: string | undefined;
  inviteValues?: { email: string; role: string };
  errors?: FieldError[];
}) {
  const { company, role, members, invitations } = view;
  const isAdmin = role === 'admin';
  // The last admin can neither be made a member nor leave (the use cases refuse it too).
  const lastAdmin = members.filter((member) => member.role === 'admin').length <= 1;
  const nameOf = (member: CompanyView['members'][number]) => `${member.givenName} ${member.familyName}`;
  return (
    <Page
      ctx={ctx}
      title={{ de: '{name}', en: '{name}' }}
      titleValues={{ name: company.name }}
      current={CITIZEN_PATHS.companies}
      signedIn
      errors={errors}
    >
      {notice ? <Alert kind="success" title={notice} /> : null}
      {problem ? <Alert kind="danger" title={problem} /> : null}
      <section aria-labelledby="details-heading" class="stack">
        <Heading level={2} id="details-heading">
          {t(ctx, companyText.detailsHeading)}
        </Heading>
        <Details ctx={ctx} company={company} />
        <p class="kern-body">{t(ctx, companyText.selfDeclared)}</p>
        {isAdmin ? (
          <ButtonLink href={CITIZEN_PATHS.companyEdit(company.id)} variant="secondary">
            {t(ctx, companyText.edit)}
          </ButtonLink>
        ) : null}
      </section>

      <section aria-labelledby="members-heading" class="stack">
        <Heading level={2} id="members-heading">
          {t(ctx, companyText.membersHeading)}
        </Heading>
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{t(ctx, companyText.membersHeading)}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                {[
                  companyText.personColumn,
                  companyText.emailColumn,
                  companyText.memberRoleColumn,
                  ...(isAdmin ? [companyText.actionsColumn] : []),
                ].map((column) => (
                  <th scope="col" class="kern-table__header">
                    {t(ctx, column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {members.map((member) => {
                const name = nameOf(member);
                const otherRole: CompanyRole = member.role === 'admin' ? 'member' : 'admin';
                const canChangeRole = !(member.role === 'admin' && lastAdmin);
                return (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      {name}
                      {member.citizenId === citizenId ? ` ${t(ctx, companyText.you)}` : ''}
                    </td>
                    <td class="kern-table__cell">{member.email ?? ''}</td>
                    <td class="kern-table__cell">{t(ctx, companyText.roles[member.role])}</td>
                    {isAdmin ? (
                      <td class="kern-table__cell">
                        <div class="stack">
                          {canChangeRole ? (
                            <form
                              method="post"
                              action={CITIZEN_PATHS.memberRole(company.id, member.citizenId)}
                            >
                              <CsrfField token={ctx.csrfToken} />
                              <input type="hidden" name="role" value={otherRole} />
                              <SmallButton
                                label={t(
                                  ctx,
                                  otherRole === 'admin' ? companyText.makeAdmin : companyText.makeMember,
                                )}
                                ariaLabel={t(
                                  ctx,
                                  otherRole === 'admin'
                                    ? companyText.makeAdminLabel
                                    : companyText.makeMemberLabel,
                                  { name },
                                )}
                              />
                            </form>
                          ) : null}
                          {member.citizenId === citizenId ? null : (
                            <form
                              method="post"
                              action={CITIZEN_PATHS.memberRemove(company.id, member.citizenId)}
                            >
                              <CsrfField token={ctx.csrfToken} />
                              <SmallButton
                                label={t(ctx, companyText.remove)}
                                ariaLabel={t(ctx, companyText.removeLabel, { name })}
                              />
                            </form>
                          )}
                        </div>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {isAdmin && lastAdmin ? (
          <p class="kern-body">{t(ctx, companyText.lastAdminHint)}</p>
        ) : (
          <form method="post" action={CITIZEN_PATHS.memberRemove(company.id, citizenId)}>
            <CsrfField token={ctx.csrfToken} />
            <Submit label={t(ctx, companyText.leave)} variant="secondary" />
          </form>
        )}
      </section>

      {isAdmin ? (
        <section aria-labelledby="invite-heading" class="stack">
          <Heading level={2} id="invite-heading">
            {t(ctx, companyText.inviteHeading)}
          </Heading>
          <p class="kern-body">{t(ctx, companyText.inviteIntro)}</p>
          <form method="post" action={CITIZEN_PATHS.companyInvite(company.id)} novalidate class="stack">
            <CsrfField token={ctx.csrfToken} />
            <Field
              id="email"
              type="email"
              label={t(ctx, companyText.inviteEmailLabel)}
              value={inviteValues.email}
              errors={errors}
            />
            <SelectField
              id="role"
              label={t(ctx, companyText.inviteRoleLabel)}
              options={companyRoles.map((value) => ({ value, label: t(ctx, companyText.roles[value]) }))}
              value={inviteValues.role}
              error={errors.find((error) => error.field === 'role')?.message}
            />
            <Submit label={t(ctx, companyText.inviteButton)} />
          </form>
          {invitations.length > 0 ? (
            <>
              <Heading level={3}>{t(ctx, companyText.openInvitations)}</Heading>
              <ul class="kern-list">
                {invitations.map((invitation) => (
                  <li>
                    {t(ctx, companyText.invitationUntil, {
                      email: invitation.email,
                      role: t(ctx, companyText.roles[invitation.role]),
                      date: formatDate(ctx, invitation.expiresAt),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}

export function InvitationPage({
  ctx,
  token,
  invitation,
}: {
  ctx: RequestContext;
  token: string;
  invitation: { companyName: string; role: CompanyRole };
}) {
  return (
    <Page ctx={ctx} title={companyText.invitationTitle} current="" signedIn>
      <p class="kern-body">
        {t(ctx, companyText.invitationBody, {
          company: invitation.companyName,
          role: t(ctx, companyText.roles[invitation.role]),
        })}
      </p>
      <form method="post" action={CITIZEN_PATHS.invitation} class="stack">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="token" value={token} />
        <Submit label={t(ctx, companyText.invitationAccept)} />
      </form>
    </Page>
  );
}
