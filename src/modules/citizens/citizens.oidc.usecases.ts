// Citizen sign-in through a state identity service (BundID-style OpenID Connect), after platform/oidc
// has checked state, nonce and PKCE and exchanged the code. A BundID identity is a person: it is found by
// its link (issuer + subject), never by e-mail alone; a new person gets an account from the verified
// claims; a signed-in citizen can link the service to their existing account.
import type { AppError } from '../../platform/http/app-error.ts';
import type { TrustLevel } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { SessionPolicy } from '../identity/index.ts';
import { citizenOidcErrors } from './citizens.errors.ts';
import { createCitizenOidcRepository } from './citizens.oidc.repository.ts';
import { createCitizensRepository, type CitizenProfile } from './citizens.repository.ts';
import { openCitizenSession } from './citizens.sessions.ts';
import type { CitizenScope } from './citizens.usecases.ts';
import { normaliseEmail } from './citizens.validation.ts';

/** What the service vouched for, read from the verified ID token (and userinfo). */
export interface CitizenOidcIdentity {
  issuer: string;
  subject: string;
  trustLevel: TrustLevel;
  givenName: string | undefined;
  familyName: string | undefined;
  email: string | undefined;
  emailVerified: boolean;
  address: Pick<CitizenProfile, 'street' | 'postalCode' | 'city'>;
}

export interface Refusal {
  reason: string;
  error: AppError;
}

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function text(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replaceAll(/\s*[\r\n]+\s*/g, ', ').trim();
  return trimmed === '' || trimmed.length > maxLength ? undefined : trimmed;
}

/** The level claim is one value (acr) or, at some brokers, a list with one value. */
function levelValueOf(claim: unknown): string | undefined {
  if (typeof claim === 'string') return claim;
  if (Array.isArray(claim) && claim.length === 1 && typeof claim[0] === 'string') return claim[0];
  return undefined;
}

/**
 * Reads the person and the level of assurance from the claims. Refuses when the level is missing or
 * not in the mapping: a session whose worth we cannot tell must not exist.
 */
export function identityFromClaims(
  verified: { issuer: string; subject: string; claims: Record<string, unknown> },
  settings: { levelClaim: string; levelMapping: Record<string, TrustLevel> },
): { identity: CitizenOidcIdentity } | { refusal: Refusal } {
  const { claims } = verified;
  const levelValue = levelValueOf(claims[settings.levelClaim]);
  if (levelValue === undefined)
    return { refusal: { reason: 'level_missing', error: citizenOidcErrors.oidc_level_missing() } };
  if (!Object.hasOwn(settings.levelMapping, levelValue))
    return {
      refusal: {
        reason: `level_unknown: ${levelValue.slice(0, 100)}`,
        error: citizenOidcErrors.oidc_level_missing(),
      },
    };
  let givenName = text(claims.given_name, 100);
  let familyName = text(claims.family_name, 100);
  // Some brokers send only "name": the last word is taken as the family name.
  const fullName = text(claims.name, 201);
  if ((!givenName || !familyName) && fullName?.includes(' ')) {
    const at = fullName.lastIndexOf(' ');
    givenName ??= text(fullName.slice(0, at), 100);
    familyName ??= text(fullName.slice(at + 1), 100);
  }
  const address = (
    typeof claims.address === 'object' && claims.address !== null ? claims.address : {}
  ) as Record<string, unknown>;
  const postalCode = text(address.postal_code, 5);
  const email = typeof claims.email === 'string' ? normaliseEmail(claims.email) : undefined;
  return {
    identity: {
      issuer: verified.issuer,
      subject: verified.subject,
      trustLevel: settings.levelMapping[levelValue]!,
      givenName,
      familyName,
      email: email && email.length <= 320 && emailPattern.test(email) ? email : undefined,
      emailVerified: claims.email_verified === true,
      address: {
        street: text(address.street_address, 200) ?? null,
        postalCode: postalCode && /^[0-9]{5}$/.test(postalCode) ? postalCode : null,
        city: text(address.locality, 100) ?? null,
      },
    },
  };
}

/** Records a refused sign-in (wrong state or nonce, provider error, missing claims, conflicts). */
export async function recordCitizenOidcRefusal({
  scope,
  audit,
  reason,
  issuer,
  subject,
  citizenId,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  reason: string;
  issuer?: string | undefined;
  subject?: string | undefined;
  /** The signed-in citizen who tried to link the service. */
  citizenId?: string | undefined;
}): Promise<void> {
  await scope((trx) =>
    audit.append(trx, {
      actor: citizenId ? { type: 'citizen', id: citizenId } : { type: 'anonymous' },
      action: 'citizens.oidc_refused',
      object: { type: 'citizen', id: citizenId ?? null },
      summary: {
        reason: reason.slice(0, 200),
        ...(issuer ? { issuer: issuer.slice(0, 500) } : {}),
        ...(subject ? { subject: subject.slice(0, 255) } : {}),
      },
    }),
  );
}

/**
 * Finds the citizen by the link, or links the signed-in citizen (`linkTo`), or creates an account from
 * the claims; then opens a session with the service's trust level. All in one transaction. Throws a
 * citizens.oidc_* error (after recording it) when the identity cannot be taken: nothing is created then.
 */
export async function signInWithCitizenOidc({
  scope,
  audit,
  identity,
  linkTo,
  userAgent,
  previousToken,
  now,
  policy,
}: {
  scope: CitizenScope;
  audit: AuditTrail;
  identity: CitizenOidcIdentity;
  linkTo: string | undefined;
  userAgent: string | undefined;
  previousToken: string | undefined;
  now: Date;
  policy: SessionPolicy;
}): Promise<{ session: { token: string; citizenId: string }; created: boolean }> {
  const { issuer, subject } = identity;
  type Outcome = { refusal: Refusal } | { session: { token: string; citizenId: string }; created: boolean };
  const outcome = await scope(async (trx): Promise<Outcome> => {
    const links = createCitizenOidcRepository({ trx });
    const linked = await links.findLinkedCitizen(issuer, subject);
    let citizenId: string;
    let created = false;
    if (linkTo) {
      if (linked && linked !== linkTo)
        return { refusal: { reason: 'linked_elsewhere', error: citizenOidcErrors.oidc_linked_elsewhere() } };
      if (!linked) {
        if (await links.findLinkOf(linkTo, issuer))
          return { refusal: { reason: 'other_identity', error: citizenOidcErrors.oidc_other_identity() } };
        await links.insertLink({ citizenId: linkTo, issuer, subject, now });
        await audit.append(trx, {
          actor: { type: 'citizen', id: linkTo },
          action: 'citizens.oidc_linked',
          object: { type: 'citizen', id: linkTo },
          summary: { issuer, subject, trustLevel: identity.trustLevel },
        });
      } else await links.touchLink(issuer, subject, now);
      citizenId = linkTo;
    } else if (linked) {
      await links.touchLink(issuer, subject, now);
      citizenId = linked;
    } else {
      if (!identity.givenName || !identity.familyName)
        return { refusal: { reason: 'name_missing', error: citizenOidcErrors.oidc_name_missing() } };
      // Never link by address alone: the account with this address may be someone else's.
      if (identity.email && (await links.emailTaken(identity.email)))
        return { refusal: { reason: 'email_in_use', error: citizenOidcErrors.oidc_email_in_use() } };
      const id = await createCitizensRepository({ trx }).insertCitizen({
        email: identity.email ?? null,
        passwordHash: null,
        givenName: identity.givenName,
        familyName: identity.familyName,
        now,
        emailVerifiedAt: identity.email && identity.emailVerified ? now : null,
        address: { ...identity.address, phone: null },
      });
      if (!id) return { refusal: { reason: 'email_in_use', error: citizenOidcErrors.oidc_email_in_use() } };
      await links.insertLink({ citizenId: id, issuer, subject, now });
      await audit.append(trx, {
        actor: { type: 'citizen', id },
        action: 'citizens.registered',
        object: { type: 'citizen', id },
        summary: { via: 'oidc', issuer, subject, email: identity.email ?? null },
      });
      citizenId = id;
      created = true;
    }
    const session = await openCitizenSession(trx, {
      audit,
      citizenId,
      trustLevel: identity.trustLevel,
      authMethod: 'oidc',
      issuer,
      userAgent,
      previousToken,
      now,
      policy,
    });
    return { session, created };
  });
  if ('refusal' in outcome) {
    await recordCitizenOidcRefusal({
      scope,
      audit,
      reason: outcome.refusal.reason,
      issuer,
      subject,
      citizenId: linkTo,
    });
    throw outcome.refusal.error;
  }
  return outcome;
}

/** Whether the citizen's account is linked to an identity service, for the account page. */
export async function oidcLinkOf({
  scope,
  citizenId,
}: {
  scope: CitizenScope;
  citizenId: string;
}): Promise<{ linkedSince: Date } | undefined> {
  const link = await scope((trx) => createCitizenOidcRepository({ trx }).findLinkOf(citizenId));
  return link ? { linkedSince: link.createdAt } : undefined;
}
