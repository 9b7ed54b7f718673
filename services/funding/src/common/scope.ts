/**
 * SQL condition: the AGS in `column` lies in the caller's scope, passed as the parameter `:scope`
 * (a list of AGS; a Kreis of 5 digits covers its members, as `agsInScope` does).
 */
export function inScope(column: string): string {
  return `EXISTS (SELECT 1 FROM unnest(CAST(:scope AS text[])) AS s(ags) WHERE ${column} = s.ags OR (length(s.ags) = 5 AND left(${column}, 5) = s.ags))`;
}
