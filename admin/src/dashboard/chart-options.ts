import { messages } from '../app/messages';

/** A protected count as the API sends it. */
export interface Count {
  suppressed: boolean;
  value?: number | null;
}

/** Withheld: the API published no value (suppressed, or null). Never drawn as 0. */
export const isWithheld = (c: Count | null | undefined): boolean =>
  !c || c.suppressed || c.value === null || c.value === undefined;

export interface ChartSeries {
  name: string;
  values: readonly (Count | null | undefined)[];
  /** Series drawn on top of each other (enrolled + free = seats). */
  stack?: string;
}

export interface ChartSpec {
  /** What the chart shows, in one sentence: the chart's accessible description starts with it. */
  title: string;
  kind: 'bar' | 'line';
  categories: readonly string[];
  series: readonly ChartSeries[];
}

/**
 * The ECharts option of a chart and the caption that goes with it. A withheld count becomes a
 * missing data point (no bar; a break in a line), never 0, and the caption names every point left
 * out and why. `aria` gives the canvas a German description and decal patterns tell the series apart
 * without colour; the table beside the chart carries the same values for screen readers.
 */
export function buildChart(
  spec: ChartSpec,
  threshold: number,
): { option: Record<string, unknown>; caption: string; leftOut: string[] } {
  const leftOut: string[] = [];
  const series = spec.series.map((s) => ({
    name: s.name,
    type: spec.kind,
    ...(s.stack ? { stack: s.stack } : {}),
    ...(spec.kind === 'line' ? { connectNulls: false, showSymbol: true } : {}),
    data: spec.categories.map((category, i) => {
      const c = s.values[i];
      if (isWithheld(c)) {
        leftOut.push(spec.series.length > 1 ? `${category} – ${s.name}` : category);
        return null;
      }
      return c!.value as number;
    }),
  }));
  const caption =
    leftOut.length === 0
      ? messages.dashboard.nothingProtected
      : (spec.kind === 'line' ? messages.dashboard.protectedPointsLeftOut : messages.dashboard.protectedLeftOut)(
          leftOut.join(', '),
          threshold,
        );
  const option = {
    animation: false,
    aria: {
      enabled: true,
      label: { enabled: true, description: `${spec.title}. ${caption} ${messages.dashboard.chartTableNote}` },
      decal: { show: true },
    },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: spec.series.map((s) => s.name) },
    // The grid shrinks until the (rotated) category labels fit inside the canvas.
    grid: {
      left: 16,
      right: 24,
      top: spec.series.length > 6 ? 72 : 40,
      bottom: 16,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: [...spec.categories],
      axisLabel: { interval: 0, rotate: spec.categories.length > 5 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
  return { option, caption, leftOut };
}
