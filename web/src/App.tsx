import { useState } from 'react';
import { getToken, setToken } from './api';
import { useRoute } from './router';
import { AnalyzePage, DocumentPage } from './views/Article';
import { ActorList, ActorPage } from './views/Actor';
import { DyadView } from './views/Dyad';
import { Home } from './views/Home';
import { MapView } from './views/MapView';
import { MeetingsView } from './views/Meetings';
import { Timeline } from './views/Timeline';

const NAV: [string, string][] = [
  ['', 'Articles'],
  ['analyze', 'Analyse'],
  ['timeline', 'Timeline'],
  ['actors', 'Actors'],
  ['dyad', 'Dyad'],
  ['map', 'Map'],
  ['meetings', 'Meetings'],
];

function TokenBox() {
  const [t, setT] = useState(getToken());
  return (
    <label className="token" title="Bearer token, when the server protects reads">
      token <input type="password" value={t} onChange={(e) => { setT(e.target.value); setToken(e.target.value); }} size={10} />
    </label>
  );
}

export function App() {
  const route = useRoute();
  const [head, arg] = route.path;
  const id = Number(arg);
  let view;
  if (head === 'doc' && id > 0) view = <DocumentPage key={id} id={id} />;
  else if (head === 'analyze') view = <AnalyzePage />;
  else if (head === 'timeline') view = <Timeline key={location.hash} route={route} />;
  else if (head === 'actor' && id > 0) view = <ActorPage key={id} id={id} />;
  else if (head === 'actors') view = <ActorList route={route} />;
  else if (head === 'dyad') view = <DyadView key={location.hash} route={route} />;
  else if (head === 'map') view = <MapView />;
  else if (head === 'meetings') view = <MeetingsView route={route} />;
  else view = <Home route={route} />;
  const active = head === 'doc' ? '' : head === 'actor' ? 'actors' : head ?? '';
  return (
    <>
      <header>
        <h1><a href="#/">Parley</a></h1>
        <nav>{NAV.map(([p, label]) => <a key={p} href={`#/${p}`} className={active === p ? 'active' : ''}>{label}</a>)}</nav>
        <span className="spacer" />
        <a href="/docs" className="muted">API docs</a>
        <TokenBox />
      </header>
      <main>{view}</main>
    </>
  );
}
