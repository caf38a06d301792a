// Every address of the Postfach in one place.
export const MAILBOX_PATHS = {
  list: '/konto/postfach',
  message: (id: string) => `/konto/postfach/${id}`,
  reply: (id: string) => `/konto/postfach/${id}/antwort`,
  attachment: (id: string, attachmentId: string) => `/konto/postfach/${id}/anhaenge/${attachmentId}`,
} as const;
