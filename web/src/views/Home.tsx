import { qs, type DocumentRow, type Page } from '../api';
import { href, type Route } from '../router';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

interface SearchRow {
  document: string;
  date: string | null;
  title: string | null;
  snippet: string;
}

/** The stored articles, newest first, and full-text search over them. */
export function Home({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const docs = useApi<Page<DocumentRow>>(q ? null : `/api/documents${qs({ limit: 50, offset })}`);
  const found = useApi<Page<SearchRow>>(q ? `/api/search${qs({ q, limit: 50 })}` : null);
  return (
    <section>
      <h2>Articles</h2>
      <form className="filters" onSubmit={(e) => { e.preventDefault(); location.hash = href('', { q: new FormData(e.currentTarget).get('q') as string }); }}>
        <label>Search <input name="q" type="search" defaultValue={q} placeholder="words that must all occur" /></label> <button type="submit">Search</button>
      </form>
      {q ? (
        <>
          <Status loading={found.loading} error={found.error} empty={found.data?.items.length === 0 && `Nothing matches “${q}”.`} />
          <ul className="compact">{found.data?.items.map((r, i) => <li key={i}><b>{r.date}</b> {r.title ?? r.document}: <span className="muted">{r.snippet}</span></li>)}</ul>
        </>
      ) : (
        <>
          <Status loading={docs.loading} error={docs.error} empty={docs.data?.items.length === 0 && 'No articles stored yet: run `parley ingest`, or paste one under “Analyse”.'} />
          <table data-testid="documents-table">
            <thead><tr><th>date</th><th>article</th><th>source</th></tr></thead>
            <tbody>{docs.data?.items.map((d) => <tr key={d.id}><td>{d.date}</td><td><a href={href(`doc/${d.id}`)}>{d.title ?? d.docId}</a></td><td>{d.source ?? ''}</td></tr>)}</tbody>
          </table>
          <div className="pager">
            {offset > 0 && <a href={href('', { offset: Math.max(0, offset - 50) })}>← newer</a>}
            {docs.data?.more && <a href={href('', { offset: offset + 50 })}>older →</a>}
          </div>
        </>
      )}
    </section>
  );
}
