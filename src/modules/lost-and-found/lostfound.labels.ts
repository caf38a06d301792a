// German and English names of the Fundbüro's states and choices, for pages and mails.
import type { Text } from '../../platform/i18n/i18n.ts';
import type { Deadline, Step } from './lostfound.lifecycle.ts';
import type { ClaimStatus, FinderChoice, ItemStatus, MatchStatus, ProofMethod } from './lostfound.tables.ts';

export const STATUS_LABELS: Record<ItemStatus, Text> = {
  reported: { de: 'Online gemeldet, noch nicht übernommen', en: 'Reported online, not yet registered' },
  in_custody: { de: 'In Verwahrung', en: 'In custody' },
  kept_by_finder: { de: 'Beim Finder (angezeigt)', en: 'Kept by the finder (reported)' },
  returned: { de: 'An Eigentümer herausgegeben', en: 'Returned to the owner' },
  handed_to_finder: { de: 'An Finder herausgegeben (§ 973 BGB)', en: 'Handed to the finder (§ 973 BGB)' },
  municipal: { de: 'Eigentum der Stadt', en: 'Property of the town' },
  auctioned: { de: 'Versteigert', en: 'Auctioned' },
  donated: { de: 'Gespendet', en: 'Donated' },
  destroyed: { de: 'Vernichtet', en: 'Destroyed' },
};

export const FINDER_CHOICE_LABELS: Record<FinderChoice, Text> = {
  ownership: {
    de: 'Beansprucht Eigentum (§ 973 BGB) und Finderlohn (§ 971 BGB)',
    en: 'Claims ownership (§ 973 BGB) and the reward (§ 971 BGB)',
  },
  reward: {
    de: 'Nur Finderlohn; verzichtet auf das Eigentum (§ 976 BGB)',
    en: 'Reward only; waives ownership (§ 976 BGB)',
  },
  waive: { de: 'Verzichtet auf Eigentum und Finderlohn', en: 'Waives ownership and reward' },
};

export const PROOF_LABELS: Record<ProofMethod, Text> = {
  description: { de: 'Genaue Beschreibung (Inhalt, Merkmale)', en: 'Exact description (contents, features)' },
  serial_number: { de: 'Seriennummer / Rahmennummer / IMEI', en: 'Serial / frame number / IMEI' },
  receipt: { de: 'Kaufbeleg oder Rechnung', en: 'Receipt or invoice' },
  key_test: { de: 'Schlüssel passt / Gerät entsperrt', en: 'Key fits / device unlocked' },
  id_document: { de: 'Ausweis passt zu Dokumenten in der Sache', en: 'ID matches documents in the item' },
  other: { de: 'Sonstiger Nachweis', en: 'Other proof' },
};

export const MATCH_LABELS: Record<MatchStatus, Text> = {
  suggested: { de: 'Vorgeschlagen', en: 'Suggested' },
  confirmed: { de: 'Bestätigt', en: 'Confirmed' },
  dismissed: { de: 'Verworfen', en: 'Dismissed' },
};

export const CLAIM_LABELS: Record<ClaimStatus, Text> = {
  open: { de: 'Offen', en: 'Open' },
  accepted: { de: 'Anerkannt', en: 'Accepted' },
  rejected: { de: 'Erledigt / abgelehnt', en: 'Closed / rejected' },
};

export const STEP_LABELS: Record<Exclude<Step, 'handover'>, Text> = {
  to_finder: { de: 'An Finder herausgeben (Eigentum nach § 973 BGB)', en: 'Hand to the finder (§ 973 BGB)' },
  to_municipality: {
    de: 'Eigentum der Stadt (§ 976 / § 981 BGB)',
    en: 'Property of the town (§ 976 / § 981 BGB)',
  },
  auctioned: { de: 'Versteigert (§ 979 BGB)', en: 'Auctioned (§ 979 BGB)' },
  donated: { de: 'Gespendet', en: 'Donated' },
  destroyed: { de: 'Vernichtet', en: 'Destroyed' },
};

export function deadlineText(deadline: Deadline): Text {
  switch (deadline.kind) {
    case 'ownership':
      return deadline.to === 'finder'
        ? {
            de: `Eigentum geht an den Finder (${deadline.paragraph})`,
            en: `Ownership passes to the finder (${deadline.paragraph})`,
          }
        : {
            de: `Eigentum geht an die Stadt (${deadline.paragraph})`,
            en: `Ownership passes to the town (${deadline.paragraph})`,
          };
    case 'notice_review':
      return {
        de: `Fund in Behörde/Verkehrsmittel: öffentliche Bekanntmachung prüfen (${deadline.paragraph})`,
        en: `Find in an authority/transport: review public notice (${deadline.paragraph})`,
      };
    case 'none':
      return deadline.reason === 'blocked'
        ? {
            de: 'Keine Frist: Berechtigter bekannt oder Anspruch angemeldet',
            en: 'No period: owner known or claim registered',
          }
        : { de: 'Keine laufende Frist', en: 'No running period' };
  }
}
