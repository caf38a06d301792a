// What the Fundbüro's pages share: the platform's page parts, euros, and the category choices.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { tx } from '../../platform/ui/page-parts.tsx';
import { CATEGORIES, CATEGORY_CODES } from './lostfound.categories.ts';
import { formatEuro } from './lostfound.fees.ts';

export {
  Checkbox,
  day,
  errorFor,
  Facts,
  PostForm,
  Submit,
  Table,
  tx,
  type PageError,
} from '../../platform/ui/page-parts.tsx';

export const euro = (cents: number) => formatEuro(cents);

export function categoryOptions(ctx: RequestContext, withAll: boolean) {
  return [
    ...(withAll ? [{ value: '', label: tx(ctx, 'Alle Kategorien', 'All categories') }] : []),
    ...(withAll ? [] : [{ value: '', label: tx(ctx, 'Bitte wählen', 'Please choose') }]),
    ...CATEGORY_CODES.map((code) => ({ value: code, label: CATEGORIES[code] })),
  ];
}
