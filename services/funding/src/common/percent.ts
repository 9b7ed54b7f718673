/** 8000 basis points -> "80 %", 7550 -> "75.5 %". */
export function formatPercent(basisPoints: number): string {
  return `${(basisPoints / 100).toString()} %`;
}
