// Stable error codes of the Fundbüro. Bad form input is not an error here but a list of problems shown
// beside the fields (lostfound.input.ts); these are the refusals of a state or a missing set-up.
import { defineErrors } from '../../platform/http/app-error.ts';

export const lostFoundErrors = defineErrors('lost-and-found', {
  not_set_up: {
    status: 503,
    de: 'Das Fundbüro ist für diese Gemeinde noch nicht eingerichtet (Aktenplan, Amt).',
    en: 'The lost-and-found office is not yet set up for this municipality (file plan, department).',
  },
  // Registering needs a role in the office's department or above it (lostfound.policies.ts).
  outside_office: {
    status: 403,
    de: 'Das Fundbüro wird von einem anderen Amt geführt; Sie können dort keine Fundsachen erfassen.',
    en: 'The lost-and-found office belongs to another department; you cannot register found items there.',
  },
  item_not_found: {
    status: 404,
    de: 'Diese Fundsache gibt es nicht (mehr).',
    en: 'This found item does not exist (any more).',
  },
  report_not_found: {
    status: 404,
    de: 'Diese Verlustanzeige gibt es nicht, oder der Link ist nicht (mehr) gültig.',
    en: 'This loss report does not exist, or the link is not (or no longer) valid.',
  },
  match_not_found: {
    status: 404,
    de: 'Diesen Treffer gibt es nicht, oder der Link ist nicht (mehr) gültig.',
    en: 'This match does not exist, or the link is not (or no longer) valid.',
  },
  // The item moved on (handed over, or another clerk changed it) between showing the form and sending it.
  wrong_status: {
    status: 409,
    de: 'Das geht in diesem Stand der Fundsache ({status}) nicht (mehr).',
    en: 'This is not (or no longer) possible in the item’s current state ({status}).',
  },
  // The § 973 period has not ended: the thing still belongs to its owner.
  period_running: {
    status: 409,
    de: 'Die Frist nach § 973 BGB läuft noch bis {until}; erst danach geht das Eigentum über.',
    en: 'The period under § 973 BGB runs until {until}; ownership passes only after it.',
  },
  match_decided: {
    status: 409,
    de: 'Über diesen Treffer ist bereits entschieden.',
    en: 'This match has already been decided.',
  },
  photo_not_found: {
    status: 404,
    de: 'Dieses Foto gibt es nicht, oder es ist nicht öffentlich.',
    en: 'This photo does not exist, or it is not public.',
  },
});
