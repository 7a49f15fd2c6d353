import { Fragment, useMemo, useState } from 'react';
import { api, fromAnalysis, type ArticleView, type RawAnalysis } from '../api';
import { runs, type Mark } from '../highlight';
import { href } from '../router';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

/** The article text with its annotations; every piece of article text is a React text node. */
function ArticleText({ a, focus, setFocus }: { a: ArticleView; focus: string | null; setFocus: (id: string | null) => void }) {
  const parts = useMemo(() => {
    const marks: Mark[] = [
      ...a.entities.flatMap((e) => e.mentions.map((m): Mark => ({ kind: 'entity', id: e.id, start: m.start, end: m.end, info: e.type }))),
      ...a.quotes.map((q): Mark => ({ kind: 'quote', id: q.id, start: q.start, end: q.end, info: q.speaker })),
      ...a.events.map((v): Mark => ({ kind: 'trigger', id: v.id, start: v.trigger.start, end: v.trigger.end, info: v.code })),
    ];
    return runs(a.text, marks);
  }, [a]);
  const quoteEnds = new Map(a.quotes.map((q) => [q.end, q]));
  const focusQuote = a.quotes.find((q) => q.id === focus);
  const entityName = new Map(a.entities.map((e) => [e.id, e.name]));
  return (
    <div className="article-text" data-testid="article-text">
      {parts.map((r) => {
        const ent = r.marks.find((m) => m.kind === 'entity');
        const quote = r.marks.find((m) => m.kind === 'quote');
        const trig = r.marks.find((m) => m.kind === 'trigger');
        const q = quoteEnds.get(r.end);
        const tag = q && q.speaker ? (
          <sup className="speaker-tag" data-quote={q.id} title={`${q.id}: said by ${q.speakerName ?? q.speaker}`} onClick={() => setFocus(q.id)}>
            {entityName.get(q.speaker) ?? q.speakerName}
          </sup>
        ) : null;
        if (!ent && !quote && !trig) return <Fragment key={r.start}>{r.text}{tag}</Fragment>;
        const cls = [
          ent ? `ent ent-${ent.info}` : '',
          quote ? 'quote' : '',
          trig ? 'trigger' : '',
          ent && focusQuote && focusQuote.speaker === ent.id ? 'speaker-focus' : '',
          quote && focus === quote.id ? 'quote-focus' : '',
        ].filter(Boolean).join(' ');
        const title = [ent ? `${entityName.get(ent.id)} (${ent.info})` : '', quote ? `quote ${quote.id}` : '', trig ? `event ${trig.info}` : ''].filter(Boolean).join(' · ');
        return (
          <Fragment key={r.start}>
            <span className={cls} data-entity={ent?.id} data-quote={quote?.id} data-event={trig?.id} title={title} onClick={() => setFocus(quote?.id ?? ent?.id ?? trig?.id ?? null)}>
              {r.text}
            </span>
            {tag}
          </Fragment>
        );
      })}
    </div>
  );
}

function Record({ a, focus, setFocus }: { a: ArticleView; focus: string | null; setFocus: (id: string | null) => void }) {
  const ent = new Map(a.entities.map((e) => [e.id, e]));
  const who = (id: string | null, fallback: string | null) => {
    const e = id ? ent.get(id) : undefined;
    if (e?.actorId) return <a href={href(`actor/${e.actorId}`)}>{e.name}</a>;
    return <span>{e?.name ?? fallback ?? '—'}</span>;
  };
  return (
    <div className="record" data-testid="record">
      <h3>Entities ({a.entities.length})</h3>
      <ul className="compact">
        {a.entities.map((e) => (
          <li key={e.id} className={focus === e.id ? 'focus' : ''} data-entity-item={e.id}>
            <span className={`chip ent-${e.type}`}>{e.type}</span> {e.actorId ? <a href={href(`actor/${e.actorId}`)}>{e.name}</a> : e.name}
            {e.actor ? <code> {e.actor}</code> : e.country ? <code> {e.country}</code> : null}
            {e.titles.length > 0 ? <span className="muted"> — {e.titles.join('; ')}</span> : null}
          </li>
        ))}
      </ul>
      <h3>Quotes ({a.quotes.length})</h3>
      <ul className="compact">
        {a.quotes.map((q) => (
          <li key={q.id} className={focus === q.id ? 'focus' : ''} data-quote-item={q.id} onMouseEnter={() => setFocus(q.id)}>
            <b>{who(q.speaker, q.speakerName)}</b> <span className="muted">({q.kind}{q.cue ? `, "${q.cue}"` : ''}{q.medium ? `, in ${q.medium}` : ''})</span>: “{a.text.slice(q.start, q.end)}”
          </li>
        ))}
      </ul>
      <h3>Events ({a.events.length})</h3>
      <ul className="compact">
        {a.events.map((v) => (
          <li key={v.id} className={focus === v.id ? 'focus' : ''}>
            <code>{v.code}</code> {v.sourceName ?? v.sourceActor ?? '?'} → {v.targetName ?? v.targetActor ?? '?'} <span className="muted">“{a.text.slice(v.trigger.start, v.trigger.end)}”, {v.modality}{v.goldstein !== null ? `, Goldstein ${v.goldstein}` : ''}{v.location ? `, in ${v.location}` : ''}</span>
          </li>
        ))}
      </ul>
      {a.meetings.length > 0 && (
        <>
          <h3>Meetings ({a.meetings.length})</h3>
          <ul className="compact">
            {a.meetings.map((m) => (
              <li key={m.id}>{m.date ?? ''} {m.location ?? ''}: {m.sides.map((s) => `${s.side}: ${s.participants.join(', ')}`).join(' | ')}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ArticlePanel({ a }: { a: ArticleView }) {
  const [focus, setFocus] = useState<string | null>(null);
  return (
    <div className="article">
      <div className="article-main">
        <h2>{a.title ?? (a.id === null ? 'Live analysis' : a.docId)}</h2>
        <p className="muted">{a.date ?? 'undated'} · <span className="legend ent">entity</span> <span className="legend quote">quote</span> <span className="legend trigger">event trigger</span></p>
        <ArticleText a={a} focus={focus} setFocus={setFocus} />
      </div>
      <Record a={a} focus={focus} setFocus={setFocus} />
    </div>
  );
}

export function DocumentPage({ id }: { id: number }) {
  const { data, error, loading } = useApi<ArticleView>(`/api/documents/${id}`);
  return (
    <section>
      <Status loading={loading} error={error} />
      {data && <ArticlePanel a={data} />}
    </section>
  );
}

export function AnalyzePage() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<ArticleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setResult(fromAnalysis(await api<RawAnalysis>('/api/analyze', { text })));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h2>Analyse an article</h2>
      <p className="muted">Paste a news report (a first line <code>date YYYY-MM-DD</code> sets its date). Nothing is stored.</p>
      <textarea aria-label="article text" data-testid="paste" rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder="date 2025-03-11&#10;GENEVA — ..." />
      <div>
        <button type="button" data-testid="analyze" disabled={busy || text.trim() === ''} onClick={() => void run()}>{busy ? 'Analysing…' : 'Analyse'}</button>
      </div>
      <Status error={error} />
      {result && <ArticlePanel a={result} />}
    </section>
  );
}
