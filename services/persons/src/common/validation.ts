import { isISO31661Alpha2, isISO31661Alpha3, registerDecorator, type ValidationOptions } from 'class-validator';
import { todayIso } from '@gk/shared';

/** A date (YYYY-MM-DD, already checked by the Date scalar) that is not after today in Europe/Berlin. */
export function IsNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotInFuture',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must not be in the future', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value <= todayIso() },
    });
}

/** A country code of ISO 3166-1, alpha-2 (SY) or alpha-3 (SYR), in capitals. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an ISO 3166-1 alpha-2 or alpha-3 country code in capitals', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          /^[A-Z]{2,3}$/.test(value) &&
          (isISO31661Alpha2(value) || isISO31661Alpha3(value)),
      },
    });
}

/** Adds days to an ISO date without time-zone drift. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Full years between a date of birth and a date, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = on.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

export const TARGET_GROUP_MIN_AGE = 18;
export const TARGET_GROUP_MAX_AGE = 27;

export function inTargetGroupOn(dateOfBirth: string, on: string): boolean {
  const age = ageOn(dateOfBirth, on);
  return age >= TARGET_GROUP_MIN_AGE && age <= TARGET_GROUP_MAX_AGE;
}
