import { BadUserInputError } from '../errors/domain-error';

/**
 * The Amtlicher Gemeindeschlüssel (AGS) as the hub uses it: 5 digits name a Kreis (or the state's
 * Kreis-level unit of a kreisfreie Stadt), 8 digits a Gemeinde, whose first 5 digits are its Kreis.
 * An area "contains" an AGS when it is that AGS or, being a Kreis, its prefix.
 */
export const AGS_PATTERN = /^\d{5}(\d{3})?$/;
export const KREIS_AGS_PATTERN = /^\d{5}$/;
export const GEMEINDE_AGS_PATTERN = /^\d{8}$/;

/** How every field that takes an AGS words its rule in an error message. */
export const AGS_RULE = 'must be 5 digits (Kreis) or 8 digits (Gemeinde)';
export const GEMEINDE_AGS_RULE = 'must be the 8 digits of a Gemeinde';

export const isAgs = (value: string): boolean => AGS_PATTERN.test(value);
export const isKreisAgs = (ags: string): boolean => ags.length === 5;
export const isGemeindeAgs = (ags: string): boolean => ags.length === 8;

/** The Kreis an AGS belongs to (a Kreis belongs to itself). */
export const kreisOf = (ags: string): string => ags.slice(0, 5);

/** Whether `ags` lies in `area`: the same AGS, or a member of the Kreis `area`. */
export const agsInArea = (area: string, ags: string): boolean =>
  area === ags || (isKreisAgs(area) && ags.startsWith(area));

/** Refuses a malformed AGS with the field named; returns it unchanged. */
export function assertAgs(value: string, field: string): string {
  if (!isAgs(value)) throw new BadUserInputError(field, AGS_RULE);
  return value;
}

/** Refuses anything but a Gemeinde's 8 digits, with the field named. */
export function assertGemeindeAgs(value: string, field: string): string {
  if (!GEMEINDE_AGS_PATTERN.test(value)) throw new BadUserInputError(field, GEMEINDE_AGS_RULE);
  return value;
}
