import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import { useMemo } from 'react';
import type { Place } from '../api';
import { Status } from '../components/Status';
import { useApi } from '../components/useApi';

const W = 960;
const H = 500;

/** Event locations (red) and places the articles mention (blue) on an offline world map. */
export function MapView() {
  const { data, error, loading } = useApi<{ events: Place[]; mentioned: Place[] }>('/api/places');
  const { projection, countries, outline, graticule } = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topo, topo.objects.countries) as FeatureCollection;
    const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
    const path = geoPath(projection);
    return {
      projection,
      countries: countries.features.map((f, i) => ({ d: path(f) ?? '', key: String(f.id ?? i), name: String((f.properties as { name?: string } | null)?.name ?? '') })),
      outline: path({ type: 'Sphere' }) ?? '',
      graticule: path(geoGraticule10()) ?? '',
    };
  }, []);
  const size = (n: number): number => 3 + 2.5 * Math.sqrt(n);
  const dot = (p: Place, cls: string, n: number) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return null;
    return (
      <circle key={`${cls}-${p.name}-${p.lat}-${p.lon}`} className={cls} cx={xy[0]} cy={xy[1]} r={size(n)}>
        <title>{`${p.name ?? ''}${p.country ? ` (${p.country})` : ''}: ${n} ${cls === 'event-place' ? 'events' : 'articles'}`}</title>
      </circle>
    );
  };
  return (
    <section>
      <h2>Map</h2>
      <p className="muted"><span className="legend-dot event-place" /> where events happened · <span className="legend-dot mentioned-place" /> places the articles mention</p>
      <Status loading={loading} error={error} />
      <svg viewBox={`0 0 ${W} ${H}`} className="map" data-testid="map">
        <path d={outline} className="sphere" />
        <path d={graticule} className="graticule" />
        {countries.map((c) => <path key={c.key} d={c.d} className="country"><title>{c.name}</title></path>)}
        {data?.mentioned.map((p) => dot(p, 'mentioned-place', p.documents ?? 1))}
        {data?.events.map((p) => dot(p, 'event-place', p.events ?? 1))}
      </svg>
    </section>
  );
}
