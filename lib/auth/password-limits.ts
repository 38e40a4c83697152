/** Password length limits, shared by the forms (which show them) and the server rule (which enforces them). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
