export const AGS_RULE = 'must be 5 digits (Kreis) or 8 digits (Gemeinde)';
