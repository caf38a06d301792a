// Form pieces of the workflow pages, now in platform/ui (shared by every module); re-exported here for
// the records pages that import them from this file.
export { Badge, TextareaField } from '../../platform/ui/form-fields.tsx';
