// The administration pages use the shared KERN form fields.
export { InputField, SelectField } from '../../platform/ui/form-fields.tsx';
