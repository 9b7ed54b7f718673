/** Last days of the quarters of the years from..to, oldest first, none after `today`. */
export function quarterEnds(fromYear: number, toYear: number, today: string): string[] {
  const ends: string[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const monthDay of ['03-31', '06-30', '09-30', '12-31']) {
      const day = `${year}-${monthDay}`;
      if (day <= today) ends.push(day);
    }
  }
  return ends;
}
