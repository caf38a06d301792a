import { defineErrors } from '../../platform/http/app-error.ts';

export const adminErrors = defineErrors('identity', {
  // Thrown when an administrator revokes their own last admin role: otherwise a municipality could lock
  // itself out of its own administration.
  last_own_admin_role: {
    status: 409,
    de: 'Sie können sich Ihre letzte Administrationsrolle nicht selbst entziehen.',
    en: 'You cannot remove your own last administration role.',
  },
  cannot_deactivate_self: {
    status: 409,
    de: 'Sie können Ihr eigenes Konto nicht deaktivieren.',
    en: 'You cannot deactivate your own account.',
  },
  // A role held only as someone's substitute cannot be used to change one's own roles.
  own_roles_on_behalf: {
    status: 403,
    de: 'Als Vertretung können Sie Ihre eigenen Rollen nicht ändern.',
    en: 'As a substitute you cannot change your own roles.',
  },
});
