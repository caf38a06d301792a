// Where to go after signing in. Only a path on this site is accepted: anything a browser could read
// as another host ("//evil.example", "/\evil.example", "https://…") would make the login page an
// open redirect for phishing.
const probeOrigin = 'http://rathaus.invalid';

export const LOGIN_PATH = '/intern/anmelden';
export const STAFF_HOME_PATH = '/intern';

export function safeReturnTo(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  // Browsers treat "\" like "/", and strip tabs and newlines from URLs before parsing them.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== probeOrigin) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page that leads back to `path` afterwards; for sending signed-out browsers there. */
export function loginPathFor(path: string): string {
  const returnTo = safeReturnTo(path);
  return returnTo && returnTo !== STAFF_HOME_PATH
    ? `${LOGIN_PATH}?returnTo=${encodeURIComponent(returnTo)}`
    : LOGIN_PATH;
}
