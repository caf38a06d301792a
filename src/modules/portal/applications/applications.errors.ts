// Why an application step was refused, in words a citizen or clerk can act on; codes stable for clients.
import { defineErrors } from '../../../platform/http/app-error.ts';

export const applicationsErrors = defineErrors('portal', {
  // Submitted twice from two tabs after the first went through, or the draft was deleted meanwhile.
  draft_missing: {
    status: 409,
    de: 'Zu diesem Antrag gibt es keinen offenen Entwurf (mehr). Wenn Sie ihn bereits abgeschickt haben, finden Sie ihn unter „Meine Anträge“.',
    en: 'There is no open draft for this application (any more). If you have already submitted it, you find it under “My applications”.',
  },
  service_offline: {
    status: 409,
    de: 'Diese Leistung kann derzeit nicht online beantragt werden. Ihre Eingaben sind gespeichert; bitte versuchen Sie es später erneut.',
    en: 'This service cannot be applied for online at the moment. Your answers are saved; please try again later.',
  },
  application_not_found: {
    status: 404,
    de: 'Diesen Antrag gibt es nicht, oder Sie dürfen ihn nicht sehen.',
    en: 'This application does not exist, or you may not see it.',
  },
  not_claimed: {
    status: 409,
    de: 'Bitte übernehmen Sie den Antrag zuerst. Solange ihn jemand anderes bearbeitet, können Sie nicht handeln.',
    en: 'Please take over the application first. While someone else works on it, you cannot act.',
  },
  claimed_by_other: {
    status: 409,
    de: 'Der Antrag wird bereits von einer anderen Person bearbeitet.',
    en: 'Someone else is already working on this application.',
  },
  not_head: {
    status: 403,
    de: 'Zuweisen kann nur die Amtsleitung.',
    en: 'Only the head of department can assign.',
  },
  template_missing: {
    status: 400,
    de: 'Bitte wählen Sie eine Bescheidvorlage dieser Leistung.',
    en: 'Please choose a notice template of this service.',
  },
  wrong_status: {
    status: 409,
    de: 'Das ist in diesem Stand des Antrags nicht möglich.',
    en: 'This is not possible in the application’s current status.',
  },
});
