// Finds the tenant of a request from its host name: first the tenants' registered hosts, then the
// configured default (the embedded installation serves its one demo town under any host name).
import type { Tenant, TenantsRepository } from './tenants.repository.ts';

export interface TenantResolver {
  resolve(host: string): Promise<Tenant | undefined>;
  invalidate(): void;
}

export function createTenantResolver({
  tenantsRepository,
  defaultTenantSlug,
  cacheMs = 30_000,
  now = Date.now,
}: {
  tenantsRepository: TenantsRepository;
  defaultTenantSlug: string | undefined;
  cacheMs?: number;
  now?: () => number;
}): TenantResolver {
  const cache = new Map<string, { tenant: Tenant | undefined; until: number }>();
  return {
    async resolve(rawHost) {
      const host = normaliseHost(rawHost);
      const cached = cache.get(host);
      if (cached && cached.until > now()) return cached.tenant;
      const tenant =
        (await tenantsRepository.findByHost(host)) ??
        (defaultTenantSlug ? await tenantsRepository.findBySlug(defaultTenantSlug) : undefined);
      if (cache.size > 1000) cache.clear(); // hosts come from clients; never let them grow the cache unbounded
      cache.set(host, { tenant, until: now() + cacheMs });
      return tenant;
    },
    invalidate() {
      cache.clear();
    },
  };
}

/** Lower-cases and strips the port: "Rathaus.Example:3000" → "rathaus.example". */
export function normaliseHost(host: string): string {
  const withoutPort = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return withoutPort.toLowerCase().replace(/\.$/, '');
}
