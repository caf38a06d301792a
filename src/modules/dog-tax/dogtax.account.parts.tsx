// The household's money as both the keeper and the treasury see it: the account per tax year and the
// installments of the notices in force. Only the captions and one column's name differ.
import type { RequestContext } from '../../platform/http/request-context.ts';
import { day, euro, Table, tx } from './dogtax.ui.tsx';
import type { HouseholdDetails } from './dogtax.views.ts';

export function BalancesTable(props: {
  ctx: RequestContext;
  caption: string;
  dueLabel: string;
  balances: HouseholdDetails['balances'];
}) {
  const { ctx } = props;
  return (
    <Table
      caption={props.caption}
      headers={[
        tx(ctx, 'Jahr', 'Year'),
        tx(ctx, 'Festgesetzt', 'Assessed'),
        props.dueLabel,
        tx(ctx, 'Gezahlt', 'Paid'),
        tx(ctx, 'Offen', 'Open'),
      ]}
      numeric={[1, 2, 3, 4]}
      rows={props.balances.map((row) => [
        String(row.year),
        euro(row.assessedCents),
        euro(row.dueCents),
        euro(row.paidCents),
        euro(row.openCents),
      ])}
    />
  );
}

export function InstallmentsTable(props: {
  ctx: RequestContext;
  caption: string;
  installments: HouseholdDetails['installments'];
}) {
  const { ctx } = props;
  return (
    <Table
      caption={props.caption}
      headers={[tx(ctx, 'Jahr', 'Year'), tx(ctx, 'Fällig am', 'Due on'), tx(ctx, 'Betrag', 'Amount')]}
      numeric={[2]}
      rows={props.installments.map((row) => [String(row.year), day(ctx, row.dueOn), euro(row.amountCents)])}
    />
  );
}
