/** The rule an AGS must meet, as error messages name it. */
export const AGS_RULE = 'must be 5 digits (Kreis) or 8 digits (Gemeinde)';

/** A phone number as organisations print it: digits, spaces, slashes, dashes, brackets, an optional leading plus. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 /()-]{4,29}$/;
