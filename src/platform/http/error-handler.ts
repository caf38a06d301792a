// One place that turns any error into a response: a stable code and a message in the user's language,
// as JSON for API clients and as a page for browsers. Internal details never leave the server.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { translate } from '../i18n/i18n.ts';
import { ErrorPage } from '../ui/error-page.tsx';
import { AppError, platformErrors } from './app-error.ts';

export interface FieldError {
  field: string;
  message: string;
}

function validationDetails(error: FastifyError): FieldError[] {
  return (error.validation ?? []).map((issue) => {
    const missing = (issue.params as { missingProperty?: string } | undefined)?.missingProperty;
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    return {
      field: missing ? [path, missing].filter(Boolean).join('.') : path || (error.validationContext ?? ''),
      message: issue.message ?? '',
    };
  });
}

export function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return platformErrors.validation_failed(validationDetails(fastifyError));
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
      return platformErrors.body_too_large();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return platformErrors.unsupported_media_type();
    case 'FST_ERR_NOT_FOUND':
      return platformErrors.not_found();
  }
  if (fastifyError.statusCode === 400)
    return platformErrors.validation_failed([{ field: '', message: 'malformed request body' }]);
  if (fastifyError.statusCode === 429) return platformErrors.rate_limited();
  if (fastifyError.statusCode === 405) return platformErrors.method_not_allowed();
  return platformErrors.internal();
}

export function wantsHtml(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return false;
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html');
}

/** Details that are a flat record of strings and numbers fill the message's {placeholders}. */
function placeholderValues(details: unknown): Record<string, string | number> | undefined {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return undefined;
  const entries = Object.entries(details).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return Object.fromEntries(entries);
}

export function sendError(request: FastifyRequest, reply: FastifyReply, appError: AppError): FastifyReply {
  const message = translate(request.ctx?.locale ?? 'de', appError.text, placeholderValues(appError.details));
  reply.status(appError.statusCode);
  if (wantsHtml(request) && request.ctx) {
    return reply.html(
      ErrorPage({
        ctx: request.ctx,
        statusCode: appError.statusCode,
        code: appError.code,
        message,
        requestId: request.id,
      }),
      appError.statusCode,
    );
  }
  return reply.type('application/json; charset=utf-8').send({
    error: {
      code: appError.code,
      message,
      ...(appError.details !== undefined ? { details: appError.details } : {}),
    },
    requestId: request.id,
  });
}

export interface ErrorHandlerOptions {
  /** Where a browser is sent to sign in when a page needs it; without it, it gets the 401 page. */
  signInLocation?: ((requestedPath: string) => string) | undefined;
}

export function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
  options: ErrorHandlerOptions = {},
): FastifyReply {
  const appError = toAppError(error);
  // Only for pages (GET, HTML): an API client or a form post keeps the plain 401.
  if (
    appError.statusCode === 401 &&
    options.signInLocation &&
    request.method === 'GET' &&
    wantsHtml(request)
  ) {
    return reply.redirect(options.signInLocation(request.url), 303);
  }
  if (appError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: appError.code }, 'request refused');
  return sendError(request, reply, appError);
}
