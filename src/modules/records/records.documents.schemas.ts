// Inputs of the documents routes. Upload forms arrive as multipart fields (strings), so the same
// TypeBox schema checks them whether they came from the browser form or from an API client.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Text } from '../../platform/i18n/i18n.ts';
import { isDocumentType } from './records.documents.types.ts';
import { documentsText } from './records.documents.messages.ts';
import type { DocumentMetadata } from './records.documents.repository.ts';
import type { DocumentDirection } from './records.tables.ts';
import { parseDay } from '../../platform/time/calendar-day.ts';

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const VersionParams = Type.Object({
  id: Uuid,
  version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
});

const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

/** The metadata fields of a document, as form fields (German names, as the HTML forms send them). */
export const MetadataFields = Type.Object(
  {
    titel: text(300),
    dokumentart: text(40),
    richtung: text(20),
    eingang: text(20),
    ausgang: text(20),
    absender: text(300),
    schlagworte: text(2000),
  },
  { additionalProperties: false },
);
export type MetadataFieldValues = Static<typeof MetadataFields>;

export const MetadataForm = Type.Intersect([
  MetadataFields,
  Type.Object({ zeilenversion: Type.Integer({ minimum: 1 }) }),
]);

export function isMetadataFields(value: unknown): value is MetadataFieldValues {
  return Value.Check(MetadataFields, value);
}

export interface FieldError {
  field: string;
  text: Text;
}

const directions: DocumentDirection[] = ['incoming', 'outgoing', 'internal'];

/** Tags: comma- or line-separated, trimmed, each once, at most 30 of at most 50 characters. */
export function parseTags(input: string | undefined): string[] | undefined {
  const tags = [
    ...new Set((input ?? '').split(/[,\n]/).map((tag) => tag.trim().replace(/\s+/g, ' '))),
  ].filter((tag) => tag !== '');
  if (tags.length > 30 || tags.some((tag) => tag.length > 50)) return undefined;
  return tags;
}

/**
 * Turns form fields into metadata, with a German message per wrong field. `defaults` fill what the
 * form left empty (an upload's title comes from its file name).
 */
export function readMetadata(
  fields: MetadataFieldValues,
  defaults: DocumentMetadata,
): { metadata: DocumentMetadata; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = (fields.titel ?? '').trim().replace(/\s+/g, ' ') || defaults.title;
  if (title.length < 1 || title.length > 300)
    errors.push({ field: 'titel', text: documentsText.titleInvalid });
  const documentType = fields.dokumentart || defaults.documentType;
  if (!isDocumentType(documentType)) errors.push({ field: 'dokumentart', text: documentsText.typeInvalid });
  const direction = (fields.richtung || defaults.direction) as DocumentDirection;
  if (!directions.includes(direction))
    errors.push({ field: 'richtung', text: documentsText.directionInvalid });
  const day = (field: 'eingang' | 'ausgang', fallback: string | null) => {
    const raw = fields[field];
    if (raw === undefined) return fallback;
    if (raw.trim() === '') return null;
    const parsed = parseDay(raw);
    if (!parsed) errors.push({ field, text: documentsText.dateInvalid });
    return parsed ?? null;
  };
  const receivedOn = day('eingang', defaults.receivedOn);
  const sentOn = day('ausgang', defaults.sentOn);
  const sender = fields.absender === undefined ? defaults.sender : fields.absender.trim() || null;
  const tags = fields.schlagworte === undefined ? defaults.tags : parseTags(fields.schlagworte);
  if (!tags) errors.push({ field: 'schlagworte', text: documentsText.tagsInvalid });
  return {
    metadata: { title, documentType, direction, receivedOn, sentOn, sender, tags: tags ?? [] },
    errors,
  };
}

/** Metadata as the form shows it again after an error (what the person typed, unchanged). */
export function metadataFormValues(metadata: DocumentMetadata): Required<MetadataFieldValues> {
  return {
    titel: metadata.title,
    dokumentart: metadata.documentType,
    richtung: metadata.direction,
    eingang: metadata.receivedOn ?? '',
    ausgang: metadata.sentOn ?? '',
    absender: metadata.sender ?? '',
    schlagworte: metadata.tags.join(', '),
  };
}
