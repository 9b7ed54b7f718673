/**
 * An amount typed the German way ("1.234,56 €") as the API's decimal string ("1234.56"). A text
 * without a comma is passed on as typed ("1234.56"), so the API's own check names what is wrong.
 */
export function toApiAmount(typed: string): string {
  const trimmed = typed.trim().replace(/\s|€/g, '');
  return trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
}
