/** AGS: 5 digits for a Kreis, 8 for a Gemeinde. */
export const AGS_PATTERN = /^\d{5}(\d{3})?$/;
export const AGS_RULE = 'must be 5 digits (Kreis) or 8 digits (Gemeinde)';
