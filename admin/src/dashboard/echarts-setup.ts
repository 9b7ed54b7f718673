/**
 * The part of ECharts the dashboard draws with, and nothing more: bar and line charts, their axes,
 * legend, tooltip and the aria component (descriptions, decal patterns). Imported only through
 * EChart's dynamic import, so the sign-in page and every other area load none of it.
 */
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { init };
