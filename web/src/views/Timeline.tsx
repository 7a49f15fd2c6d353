import * as Plot from '@observablehq/plot';
import { useState, type FormEvent } from 'react';
import { qs, type EventRow, type Page } from '../api';
import { href, type Route } from '../router';
import { PlotFigure } from '../components/PlotFigure';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

const ROOTS: [string, string][] = [
  ['01', 'make public statement'], ['02', 'appeal'], ['03', 'express intent to cooperate'], ['04', 'consult'], ['05', 'diplomatic cooperation'],
  ['06', 'material cooperation'], ['07', 'provide aid'], ['08', 'yield'], ['09', 'investigate'], ['10', 'demand'], ['11', 'disapprove'],
  ['12', 'reject'], ['13', 'threaten'], ['14', 'protest'], ['15', 'exhibit force posture'], ['16', 'reduce relations'], ['17', 'coerce'],
  ['18', 'assault'], ['19', 'fight'], ['20', 'mass violence'],
];
const FIELDS = ['actor', 'country', 'root', 'from', 'to', 'modality'] as const;
const PAGE = 100;

/** Events over time with filters; the filters live in the URL so a view can be linked. */
export function Timeline({ route }: { route: Route }) {
  const current = Object.fromEntries(FIELDS.map((k) => [k, route.params.get(k) ?? ''])) as Record<(typeof FIELDS)[number], string>;
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [form, setForm] = useState(current);
  const { data, error, loading } = useApi<Page<EventRow>>(`/api/events${qs({ ...current, limit: PAGE, offset })}`);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    location.hash = href('timeline', form);
  };
  const rows = data?.items ?? [];
  const dated = rows.filter((r) => r.date);
  return (
    <section>
      <h2>Timeline of events</h2>
      <form className="filters" onSubmit={submit} data-testid="timeline-filters">
        <label>Actor <input name="actor" value={form.actor} onChange={(e) => setForm({ ...form, actor: e.target.value })} placeholder="RUS, USAGOV, Lavrov" /></label>
        <label>Country <input name="country" value={form.country} onChange={(e) => setForm({ ...form, country: e.target.value })} placeholder="ISO3" size={5} /></label>
        <label>Event type <select name="root" value={form.root} onChange={(e) => setForm({ ...form, root: e.target.value })}>
          <option value="">any</option>
          {ROOTS.map(([c, n]) => <option key={c} value={c}>{c} {n}</option>)}
        </select></label>
        <label>From <input name="from" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} /></label>
        <label>To <input name="to" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} /></label>
        <label>Modality <select name="modality" value={form.modality} onChange={(e) => setForm({ ...form, modality: e.target.value })}>
          <option value="">any</option><option>asserted</option><option>negated</option><option>planned</option><option>possible</option>
        </select></label>
        <button type="submit">Filter</button>
      </form>
      <Status loading={loading} error={error} empty={!loading && rows.length === 0 && 'No events match.'} />
      {dated.length > 0 && (
        <PlotFigure
          label="events over time by Goldstein score"
          deps={[data]}
          make={() =>
            Plot.plot({
              width: 900,
              height: 260,
              marginLeft: 45,
              x: { type: 'utc', label: 'date' },
              y: { label: 'Goldstein score', domain: [-10, 10], grid: true },
              color: { type: 'ordinal', domain: [1, 2, 3, 4], range: ['#4c9f70', '#1b7a45', '#e0823d', '#c0392b'], legend: true, tickFormat: (q: number) => ['verbal coop', 'material coop', 'verbal conflict', 'material conflict'][q - 1] },
              marks: [
                Plot.ruleY([0]),
                Plot.dot(dated, { x: (d: EventRow) => new Date(d.date as string), y: (d: EventRow) => d.goldstein ?? 0, fill: 'quadClass', r: 5, tip: true, title: (d: EventRow) => `${d.date} ${d.code} ${d.source ?? '?'} → ${d.target ?? '?'}: ${d.trigger}` }),
              ],
            })
          }
        />
      )}
      {rows.length > 0 && (
        <table data-testid="events-table">
          <thead><tr><th>date</th><th>code</th><th>source</th><th>target</th><th>trigger</th><th>modality</th><th>Goldstein</th><th>where</th><th>articles</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} title={r.sentence}>
                <td>{r.date}</td><td><code>{r.code}</code></td>
                <td>{r.source ?? ''} <code>{r.sourceActor ?? ''}</code></td>
                <td>{r.target ?? ''} <code>{r.targetActor ?? ''}</code></td>
                <td>{r.trigger}</td><td>{r.modality}</td><td>{r.goldstein ?? ''}</td><td>{r.location ?? ''}</td><td>{r.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        {offset > 0 && <a href={href('timeline', { ...current, offset: Math.max(0, offset - PAGE) })}>← earlier page</a>}
        {data?.more && <a href={href('timeline', { ...current, offset: offset + PAGE })}>next page →</a>}
      </div>
    </section>
  );
}
