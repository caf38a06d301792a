// Liveness (the process answers), readiness (it can reach its database) and Prometheus metrics.
import { timingSafeEqual } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { platformErrors } from './app-error.ts';
import type { Metrics } from './metrics.ts';
import { defineRoute, type RouteDefinition } from './route.ts';

const HealthStatus = Type.Object({ status: Type.String() });

function isLoopback(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function hasToken(request: FastifyRequest, token: string): boolean {
  const given = Buffer.from(request.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function createHealthRoutes({
  checkReady,
  metrics,
  metricsToken,
}: {
  checkReady: () => Promise<void>;
  metrics: Metrics;
  metricsToken: string | undefined;
}): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/health/live',
      access: 'public',
      tenant: 'none',
      schema: { summary: 'Liveness', tags: ['Betrieb'], response: { 200: HealthStatus } },
      handler: async () => ({ status: 'ok' }),
    }),
    defineRoute({
      method: 'GET',
      url: '/health/ready',
      access: 'public',
      tenant: 'none',
      schema: {
        summary: 'Readiness: database reachable',
        tags: ['Betrieb'],
        response: { 200: HealthStatus },
      },
      handler: async ({ request }) => {
        try {
          await checkReady();
        } catch (error) {
          request.log.warn({ err: error }, 'readiness check failed');
          throw platformErrors.unavailable();
        }
        return { status: 'ok' };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/metrics',
      access: 'public',
      tenant: 'none',
      schema: { summary: 'Prometheus metrics (localhost or bearer token)', tags: ['Betrieb'] },
      handler: async ({ request, reply }) => {
        const allowed = metricsToken ? hasToken(request, metricsToken) : isLoopback(request);
        if (!allowed) throw platformErrors.not_found();
        reply.type(metrics.registry.contentType);
        return metrics.registry.metrics();
      },
    }),
  ];
}
