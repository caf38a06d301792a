// Where the workflow pages live, and the core pages they link to (cases and documents are the records
// core's and documents' pages; only their addresses are used here).
export const DESK_PATH = '/intern/arbeitsplatz';
export const RESUBMISSIONS_PATH = '/intern/wiedervorlagen';
export const ROUTINGS_PATH = '/intern/mitzeichnungen';

export const casePath = (caseId: string) => `/intern/vorgaenge/${caseId}`;
export const documentPath = (documentId: string) => `/intern/dokumente/${documentId}`;
export const resubmissionFormPath = (caseId: string) => `${casePath(caseId)}/wiedervorlage`;
export const routingFormPath = (documentId: string) => `${documentPath(documentId)}/mitzeichnung`;
export const resubmissionDonePath = (id: string) => `${RESUBMISSIONS_PATH}/${id}/erledigt`;
export const routingActionPath = (routingId: string, action: 'mitzeichnen' | 'zurueckgeben' | 'abbrechen') =>
  `${ROUTINGS_PATH}/${routingId}/${action}`;
