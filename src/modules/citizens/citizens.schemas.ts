import { Type } from '@sinclair/typebox';

// Fields may arrive empty or be missing (default ''): the pages answer with their own error summary
// rather than a bare 400, and access is decided before anything about the content is said.
const text = (maxLength: number) => Type.String({ maxLength, default: '' });

export const RegisterForm = Type.Object({
  givenName: text(200),
  familyName: text(200),
  email: text(320),
  password: text(1000),
  passwordRepeat: text(1000),
  consent: Type.Optional(text(10)),
});

export const LoginForm = Type.Object({
  email: text(320),
  password: text(1000),
  returnTo: Type.Optional(text(2000)),
});

export const ReturnToQuery = Type.Object({ returnTo: Type.Optional(text(2000)) });
export const TokenQuery = Type.Object({ token: Type.Optional(text(200)) });
export const TokenForm = Type.Object({ token: text(200) });
export const ForgotForm = Type.Object({ email: text(320) });
export const ResetForm = Type.Object({ token: text(200), password: text(1000), passwordRepeat: text(1000) });
export const ProfileForm = Type.Object({
  givenName: text(200),
  familyName: text(200),
  street: text(400),
  postalCode: text(40),
  city: text(200),
  phone: text(80),
});
export const SavedQuery = Type.Object({ gespeichert: Type.Optional(text(5)) });

// Business accounts.
export const CompanyParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const MemberParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  memberId: Type.String({ format: 'uuid' }),
});
export const CompanyFormBody = Type.Object({
  name: text(400),
  legalForm: text(100),
  registerCourt: text(200),
  registerNumber: text(80),
  taxNumber: text(80),
  street: text(400),
  postalCode: text(40),
  city: text(200),
});
export const InviteForm = Type.Object({ email: text(320), role: text(20) });
export const RoleForm = Type.Object({ role: text(20) });
/** '' acts for oneself; otherwise a company's id (checked against the memberships). */
export const ActingForForm = Type.Object({ companyId: text(36) });
/** Which change the page reports after a redirect (post/redirect/get). */
export const NoticeQuery = Type.Object({ hinweis: Type.Optional(text(20)) });
