import * as Plot from '@observablehq/plot';
import { qs, type ActorDetail, type ActorRow, type Page } from '../api';
import { href, type Route } from '../router';
import { PlotFigure } from '../components/PlotFigure';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

export function ActorList({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const { data, error, loading } = useApi<Page<ActorRow>>(`/api/actors${qs({ actor: q, limit: 200 })}`);
  return (
    <section>
      <h2>Actors</h2>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); location.hash = href('actors', { q: new FormData(e.currentTarget).get('q') as string }); }}>
        <label>Name or code <input name="q" defaultValue={q} /></label> <button type="submit">Find</button>
      </form>
      <Status loading={loading} error={error} empty={data?.items.length === 0 && 'No actors.'} />
      <table data-testid="actors-table">
        <thead><tr><th>name</th><th>type</th><th>code</th><th>seen</th><th>articles</th></tr></thead>
        <tbody>
          {data?.items.map((a) => (
            <tr key={a.id}><td><a href={href(`actor/${a.id}`)}>{a.name}</a></td><td>{a.type}</td><td><code>{a.actor ?? a.country ?? ''}</code></td><td>{a.firstSeen} – {a.lastSeen}</td><td>{a.documents}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function padDates(dates: (string | null)[], days: number): [Date, Date] {
  const t = dates.filter((d): d is string => !!d).map((d) => new Date(d).getTime());
  const pad = days * 86_400_000;
  return t.length ? [new Date(Math.min(...t) - pad), new Date(Math.max(...t) + pad)] : [new Date(0), new Date()];
}

export function ActorPage({ id }: { id: number }) {
  const { data: a, error, loading } = useApi<ActorDetail>(`/api/actors/${id}`);
  return (
    <section>
      <Status loading={loading} error={error} />
      {a && (
        <div data-testid="actor-page">
          <h2>{a.name}</h2>
          <p className="muted">{a.type}{a.actor ? ` · ${a.actor}` : ''}{a.country ? ` · ${a.country}` : ''} · in {a.documents} articles, {a.firstSeen} – {a.lastSeen}{a.aliases.length ? ` · also: ${a.aliases.join(', ')}` : ''}</p>
          <h3>Roles over time</h3>
          {a.roles.length === 0 ? <p className="muted">No roles recorded.</p> : (
            <PlotFigure
              label="roles over time"
              deps={[a]}
              make={() =>
                Plot.plot({
                  width: 800,
                  height: 60 + 30 * a.roles.length,
                  marginLeft: 220,
                  // A role seen on one day only still gets a visible span: pad the axis by two weeks.
                  x: { type: 'utc', label: 'seen', domain: padDates(a.roles.flatMap((r) => [r.firstSeen, r.lastSeen]).concat([a.firstSeen, a.lastSeen]), 14) },
                  y: { label: null },
                  marks: [
                    Plot.ruleY(a.roles, { y: 'role', x1: (r: ActorDetail['roles'][number]) => new Date(r.firstSeen ?? a.firstSeen ?? ''), x2: (r: ActorDetail['roles'][number]) => new Date(r.lastSeen ?? a.lastSeen ?? ''), strokeWidth: 8, stroke: '#3d6fb6' }),
                    Plot.dot(a.roles, { y: 'role', x: (r: ActorDetail['roles'][number]) => new Date(r.firstSeen ?? a.firstSeen ?? ''), fill: '#3d6fb6', r: 5, title: (r: ActorDetail['roles'][number]) => `${r.role} (${r.actor ?? ''}) ${r.firstSeen} – ${r.lastSeen}` }),
                  ],
                })
              }
            />
          )}
          <div className="columns">
            <div>
              <h3>Whom they meet</h3>
              {a.meets.length === 0 ? <p className="muted">No meetings recorded.</p> : (
                <ul className="compact" data-testid="meets">{a.meets.map((m) => <li key={m.name}><a href={href('actors', { q: m.name })}>{m.name}</a> <code>{m.side}</code> ×{m.times}</li>)}</ul>
              )}
              <h3>Quotes ({a.quotes.length})</h3>
              <ul className="compact" data-testid="actor-quotes">
                {a.quotes.map((q, i) => <li key={i}><a href={href(`doc/${q.documentId}`)}>{q.date}</a> <span className="muted">{q.kind}</span> “{q.text}”</li>)}
              </ul>
            </div>
            <div>
              <h3>Events ({a.events.length})</h3>
              <ul className="compact">
                {a.events.map((v, i) => <li key={i}><a href={href(`doc/${v.documentId}`)}>{v.date}</a> <code>{v.code}</code> {v.source ?? '?'} → {v.target ?? '?'} <span className="muted">“{v.trigger}”, {v.modality}{v.goldstein !== null ? `, ${v.goldstein}` : ''}</span></li>)}
              </ul>
              {a.events.length > 0 && <p><a href={href('timeline', { actor: a.name })}>All events of {a.name} on the timeline →</a></p>}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
