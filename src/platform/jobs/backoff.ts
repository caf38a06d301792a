// Delay before the next attempt of a failed job: exponential, capped, with jitter so that jobs that
// failed together (an SMTP server was down) do not all come back in the same second.

export interface BackoffOptions {
  /** Delay after the first failed attempt (before jitter). */
  baseMs?: number;
  /** Upper bound of the delay. */
  maxMs?: number;
}

export type Backoff = BackoffOptions | ((attempt: number) => number);

const DEFAULT_BASE_MS = 10_000;
const DEFAULT_MAX_MS = 60 * 60_000;

/** `attempt` is the attempt that just failed, starting at 1. Returns milliseconds. */
export function retryDelay(
  attempt: number,
  backoff: Backoff = {},
  random: () => number = Math.random,
): number {
  if (typeof backoff === 'function') return Math.max(0, backoff(attempt));
  const base = backoff.baseMs ?? DEFAULT_BASE_MS;
  const max = backoff.maxMs ?? DEFAULT_MAX_MS;
  const exponential = Math.min(max, base * 2 ** Math.min(attempt - 1, 30));
  // "Equal jitter": at least half the exponential delay, so backoff still grows.
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
