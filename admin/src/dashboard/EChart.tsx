import { useEffect, useRef, useState } from 'react';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';

/**
 * One chart, drawn by ECharts loaded on demand (a dynamic import of echarts-setup, which Vite
 * splits into its own chunk). The container is an image for assistive technology: ECharts writes
 * its German description into aria-label; until then the title names it. `onDrawn` fires once the
 * chart has finished rendering.
 */
export function EChart({
  title,
  option,
  height = 320,
  onDrawn,
}: {
  title: string;
  option: Record<string, unknown>;
  height?: number;
  onDrawn?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | 'failed'>('loading');
  const drawnRef = useRef(onDrawn);
  drawnRef.current = onDrawn;

  useEffect(() => {
    let disposed = false;
    let chart: {
      setOption: (o: Record<string, unknown>) => void;
      on: (e: string, f: () => void) => void;
      dispose: () => void;
      resize: () => void;
    } | null = null;
    const resize = () => chart?.resize();
    import('./echarts-setup')
      .then(({ init }) => {
        if (disposed || !ref.current) return;
        chart = init(ref.current, undefined, { renderer: 'canvas' });
        let reported = false;
        chart.on('finished', () => {
          if (reported) return;
          reported = true;
          setState('drawn');
          drawnRef.current?.();
        });
        chart.setOption(option);
        window.addEventListener('resize', resize);
      })
      .catch(() => !disposed && setState('failed'));
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);

  return (
    <>
      <div ref={ref} role="img" aria-label={title} data-chart-state={state} style={{ width: '100%', height }} />
      {state === 'loading' ? <Typography variant="body2">{messages.dashboard.chartLoading}</Typography> : null}
      {state === 'failed' ? (
        <Typography variant="body2" color="error">
          {messages.errors.unexpected}
        </Typography>
      ) : null}
    </>
  );
}
