// Routes are data: one explicit list, each with its schema (validation + OpenAPI) and the access
// rule the policy place decides on. A test enumerates the list; a route without access can't exist.
import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call a route. `public`: anyone; otherwise a named permission that the access module decides. */
export type RouteAccess = 'public' | { permission: string };

export interface RouteSchema<B extends TSchema, Q extends TSchema, P extends TSchema> {
  body?: B;
  querystring?: Q;
  params?: P;
  response?: Record<number, TSchema>;
  summary?: string;
  description?: string;
  tags?: string[];
  consumes?: string[];
  produces?: string[];
  hide?: boolean;
}

export interface RouteContext<B, Q, P> {
  request: FastifyRequest;
  reply: FastifyReply;
  body: B;
  query: Q;
  params: P;
}

export interface RouteDefinition<
  B extends TSchema = TSchema,
  Q extends TSchema = TSchema,
  P extends TSchema = TSchema,
> {
  method: HttpMethod;
  url: string;
  access: RouteAccess;
  schema: RouteSchema<B, Q, P>;
  /** Machine clients with a bearer token post JSON without a CSRF token; only set for such API routes. */
  csrf?: 'required' | 'bearer-exempt';
  bodyLimit?: number;
  /** A stricter limit than the global one, e.g. for sign-in forms (per client address). */
  rateLimit?: { max: number; timeWindow: string };
  /** Infrastructure routes (health, metrics) answer for the installation, not for one municipality. */
  tenant?: 'required' | 'none';
  handler: (context: RouteContext<Static<B>, Static<Q>, Static<P>>) => unknown;
}

export function defineRoute<
  B extends TSchema = TSchema,
  Q extends TSchema = TSchema,
  P extends TSchema = TSchema,
>(route: RouteDefinition<B, Q, P>): RouteDefinition {
  return route as unknown as RouteDefinition;
}
