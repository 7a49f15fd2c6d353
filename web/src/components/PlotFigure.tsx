import { useEffect, useRef } from 'react';

/** Mounts a chart made by Observable Plot (a DOM node) and replaces it when its inputs change. */
export function PlotFigure({ make, deps, label }: { make: () => Element | null; deps: unknown[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = make();
    el.replaceChildren(...(chart ? [chart] : []));
    return () => el.replaceChildren();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return <div className="chart" role="img" aria-label={label} ref={ref} />;
}
