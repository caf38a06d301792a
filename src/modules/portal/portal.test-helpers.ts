// Test helpers shared by the portal's parts: a multipart post as a browser sends it (files and fields,
// the CSRF token in the form's action, the session's cookies).
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { csrfTokenIn, type createBrowser } from '../../test-app.ts';

export interface Part {
  name: string;
  value?: string;
  file?: { fileName: string; content: Buffer; contentType?: string };
}

export async function postMultipart(
  server: FastifyInstance,
  host: string,
  browser: ReturnType<typeof createBrowser>,
  url: string,
  parts: Part[],
  /** A page of the session that carries its CSRF token. */
  tokenPage = '/konto',
) {
  const page = await browser.get(tokenPage);
  const boundary = `----rathaus${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.file
      ? `form-data; name="${part.name}"; filename="${part.file.fileName}"\r\nContent-Type: ${part.file.contentType ?? 'application/octet-stream'}`
      : `form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`, 'utf8'));
    chunks.push(part.file ? part.file.content : Buffer.from(part.value ?? '', 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const separator = url.includes('?') ? '&' : '?';
  return server.inject({
    method: 'POST',
    url: `${url}${separator}_csrf=${encodeURIComponent(csrfTokenIn(page.body))}`,
    headers: {
      host,
      accept: 'text/html',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: [...browser.jar].map(([name, value]) => `${name}=${value}`).join('; '),
    },
    payload: Buffer.concat(chunks),
  });
}
