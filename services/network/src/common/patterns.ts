/** A phone number as organisations print it: digits, spaces, slashes, dashes, brackets, an optional leading plus. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 /()-]{4,29}$/;
