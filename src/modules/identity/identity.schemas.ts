import { Type } from '@sinclair/typebox';

// Fields may arrive empty: the page answers that with its own error summary rather than a bare 400.
export const LoginForm = Type.Object({
  email: Type.String({ maxLength: 320 }),
  password: Type.String({ maxLength: 1000 }),
  returnTo: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const LoginQuery = Type.Object({
  returnTo: Type.Optional(Type.String({ maxLength: 2000 })),
});
