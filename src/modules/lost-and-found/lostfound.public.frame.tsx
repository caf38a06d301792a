// The frame of the public Fundbüro pages: the portal's page with its navigation and error summary.
import { CitizenPage } from '../citizens/index.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import type { Child } from '../../platform/ui/jsx-runtime.ts';
import { LOST_FOUND_PATHS } from './lostfound.paths.ts';
import type { PageError } from './lostfound.ui.tsx';

export function Page(props: {
  ctx: RequestContext;
  de: string;
  en: string;
  signedIn: boolean;
  errors?: PageError[] | undefined;
  children?: Child;
}) {
  return (
    <CitizenPage
      ctx={props.ctx}
      title={{ de: props.de, en: props.en }}
      current={LOST_FOUND_PATHS.search}
      signedIn={props.signedIn}
      errors={props.errors}
    >
      {props.children}
    </CitizenPage>
  );
}
