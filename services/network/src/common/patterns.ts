/** Amtlicher Gemeindeschlüssel: 5 digits for a Kreis, 8 for a Gemeinde. */
export const AGS_PATTERN = /^\d{5}(\d{3})?$/;
export const AGS_RULE = 'must be 5 digits (Kreis) or 8 digits (Gemeinde)';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A phone number as organisations print it: digits, spaces, slashes, dashes, brackets, an optional leading plus. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 /()-]{4,29}$/;
