import * as Plot from '@observablehq/plot';
import { qs, type DyadPoint, type DyadResult } from '../api';
import { href, type Route } from '../router';
import { PlotFigure } from '../components/PlotFigure';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

/** Cooperation (positive Goldstein sums) above the axis, conflict below, the mean as a line. */
export function DyadView({ route }: { route: Route }) {
  const a = route.params.get('a') ?? '';
  const b = route.params.get('b') ?? '';
  const interval = route.params.get('interval') ?? 'month';
  const { data, error, loading } = useApi<DyadResult>(a && b ? `/api/dyad${qs({ a, b, interval })}` : null);
  const series = data?.series ?? [];
  return (
    <section>
      <h2>Dyad: cooperation and conflict</h2>
      <form className="filters" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        location.hash = href('dyad', { a: f.get('a') as string, b: f.get('b') as string, interval: f.get('interval') as string });
      }}>
        <label>Actor A <input name="a" defaultValue={a} placeholder="RUS" required /></label>
        <label>Actor B <input name="b" defaultValue={b} placeholder="USA" required /></label>
        <label>Per <select name="interval" defaultValue={interval}><option>day</option><option>week</option><option>month</option></select></label>
        <button type="submit">Show</button>
      </form>
      {!a || !b ? <p className="muted">Two actors: CAMEO codes (RUS, USAGOV), countries or names.</p> : null}
      <Status loading={loading} error={error} empty={data !== null && series.length === 0 && `No events between ${a} and ${b}.`} />
      {series.length > 0 && (
        <>
          <p className="muted">{data?.events} events{data?.truncated ? ' (the first ones only)' : ''}.</p>
          <PlotFigure
            label={`cooperation and conflict between ${a} and ${b}`}
            deps={[data]}
            make={() =>
              Plot.plot({
                width: 900,
                height: 320,
                marginLeft: 50,
                x: { type: 'utc', label: interval },
                y: { label: 'Goldstein sum', grid: true },
                color: { domain: ['cooperation', 'conflict'], range: ['#2e8b57', '#c0392b'], legend: true },
                marks: [
                  Plot.rectY(series, { x: (d: DyadPoint) => new Date(d.period), interval: interval === 'day' ? 'day' : interval === 'week' ? 'monday' : 'month', y: 'cooperation', fill: () => 'cooperation', inset: 1, tip: true }),
                  Plot.rectY(series, { x: (d: DyadPoint) => new Date(d.period), interval: interval === 'day' ? 'day' : interval === 'week' ? 'monday' : 'month', y: 'conflict', fill: () => 'conflict', inset: 1, tip: true }),
                  Plot.ruleY([0]),
                  Plot.lineY(series.filter((d) => d.mean !== null), { x: (d: DyadPoint) => new Date(d.period), y: 'mean', stroke: '#333', marker: 'circle' }),
                ],
              })
            }
          />
          <h3>Latest events</h3>
          <ul className="compact">
            {data?.latest.map((v) => <li key={v.id}>{v.date} <code>{v.code}</code> {v.source ?? v.sourceActor} → {v.target ?? v.targetActor}: “{v.trigger}” {v.goldstein ?? ''}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
