// The dog tax pages use the platform's page parts; amounts as on a German notice.
import { formatEuro } from './dogtax.money.ts';

export { day, Facts, PostForm, Submit, Table, tx, type PageError } from '../../platform/ui/page-parts.tsx';

export const euro = (cents: number) => formatEuro(cents);
