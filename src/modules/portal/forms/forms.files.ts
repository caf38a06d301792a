// Which uploaded files an answer set refers to: the caller keeps these and discards other staged uploads.
import { pruneHidden } from './forms.conditions.ts';
import type { FileRef, FormDefinition, FormValues } from './forms.types.ts';
import { isFileRef } from './forms.check.ts';

/** The files of all visible file fields, by field name (hidden fields' files are not included). */
export function filesOf(definition: FormDefinition, values: FormValues): { field: string; file: FileRef }[] {
  const kept = pruneHidden(definition, values);
  const found: { field: string; file: FileRef }[] = [];
  for (const step of definition.steps) {
    for (const field of step.fields) {
      const value = kept[field.name];
      if (field.kind !== 'file' || !Array.isArray(value)) continue;
      for (const file of value) if (isFileRef(file)) found.push({ field: field.name, file });
    }
  }
  return found;
}
