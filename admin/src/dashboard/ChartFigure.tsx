import { useMemo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { buildChart, type ChartSpec } from './chart-options';
import { EChart } from './EChart';

/**
 * A chart with its caption (which says what was left out and why) and, beneath it, the table with
 * the same values for screen readers and for anyone who wants the numbers.
 */
export function ChartFigure({
  spec,
  threshold,
  onDrawn,
  table,
  testId,
}: {
  spec: ChartSpec;
  threshold: number;
  onDrawn: () => void;
  table: ReactNode;
  testId: string;
}) {
  const { option, caption } = useMemo(() => buildChart(spec, threshold), [spec, threshold]);
  return (
    <Box component="figure" sx={{ m: 0 }} data-testid={testId}>
      <EChart title={spec.title} option={option} onDrawn={onDrawn} />
      <Typography component="figcaption" variant="body2" sx={{ mb: 1 }} data-testid={`${testId}-caption`}>
        {caption}
      </Typography>
      {table}
    </Box>
  );
}
