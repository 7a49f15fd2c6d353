import { qs, type MeetingRow, type Page } from '../api';
import { href, type Route } from '../router';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

export function MeetingsView({ route }: { route: Route }) {
  const actor = route.params.get('actor') ?? '';
  const { data, error, loading } = useApi<Page<MeetingRow>>(`/api/meetings${qs({ actor, limit: 200 })}`);
  return (
    <section>
      <h2>Meetings</h2>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); location.hash = href('meetings', { actor: new FormData(e.currentTarget).get('actor') as string }); }}>
        <label>Participant <input name="actor" defaultValue={actor} /></label> <button type="submit">Filter</button>
      </form>
      <Status loading={loading} error={error} empty={data?.items.length === 0 && 'No meetings recorded.'} />
      <div className="meetings">
        {data?.items.map((m, i) => (
          <div className="meeting card" key={i}>
            <div className="muted">{m.date ?? 'undated'}{m.location ? ` · ${m.location}` : ''}{m.hours ? ` · ${m.hours} h` : ''} · “{m.trigger}” · {m.document}</div>
            <div className="sides">
              {m.sides.map((s) => (
                <div className="side" key={s.side}>
                  <div className="side-name"><code>{s.side}</code></div>
                  <ul>{s.participants.map((p) => <li key={p}><a href={href('actors', { q: p })}>{p}</a></li>)}</ul>
                </div>
              ))}
            </div>
            {m.absent.length > 0 && <div className="muted">absent: {m.absent.join(', ')}</div>}
          </div>
        ))}
      </div>
    </section>
  );
}
