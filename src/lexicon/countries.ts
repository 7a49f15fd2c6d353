import rows from './data/countries.json' with { type: 'json' };
import type { CountryRow, GazEntry } from './types.js';

/**
 * Countries from world-countries (via scripts/build-lexicon.ts): names, official names,
 * alternative spellings, demonyms and capitals. The few additions below are the forms
 * wire copy uses that the package lacks; they point at package entries, they add none.
 */
export const COUNTRY_ROWS: readonly CountryRow[] = rows as CountryRow[];

const byCode = new Map<string, CountryRow>(COUNTRY_ROWS.map((c) => [c.code, c]));

export function countryByCode(code: string): CountryRow | undefined {
  return byCode.get(code);
}

/** Names news copy uses beyond the package's own (alpha-3 -> extra names). */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America'],
  GBR: ['Britain', 'U.K.', 'UK', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  RUS: ['Russian Federation'],
  CHN: ['PRC', 'Mainland China'],
  KOR: ['Korea', 'ROK'],
  PRK: ['DPRK'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  COD: ['Democratic Republic of Congo', 'DRC', 'Congo'],
  COG: ['Congo-Brazzaville', 'Republic of Congo'],
  CIV: ["Cote d'Ivoire"],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  MKD: ['Macedonia'],
  NLD: ['Holland'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  PSE: ['Palestinian territories', 'Gaza Strip', 'West Bank'],
  VAT: ['Vatican', 'Holy See'],
  IRN: ['Persia'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  FSM: ['Micronesia'],
};

/** Demonyms and group nouns the package lacks (plural forms are derived below). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GBR: ['Briton', 'English', 'Scottish', 'Welsh'],
  SAU: ['Saudi'],
  ARE: ['Emirati'],
  KOR: ['Korean'],
  PHL: ['Philippine'],
  NLD: ['Dutchman'],
  AFG: ['Afghani'],
  BGD: ['Bangladeshi'],
  CZE: ['Czech'],
  COD: ['Congolese'],
  GRC: ['Greek'],
  ISR: ['Israeli'],
  PSE: ['Palestinian'],
  XKX: ['Kosovan'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  KGZ: ['Kyrgyz'],
  TKM: ['Turkmen'],
};

/** Demonyms that stay the same in the plural ("the Chinese", "the Swiss"). */
const NO_PLURAL = /(?:ese|ss|sh|ch|i)$/;

function plural(demonym: string): string | null {
  if (demonym.includes('.') || NO_PLURAL.test(demonym.toLowerCase()) || demonym.endsWith('s')) {
    // "Israeli" -> "Israelis", "Pakistani" -> "Pakistanis": -i forms take an s.
    if (/i$/.test(demonym)) return demonym + 's';
    return null;
  }
  return demonym + 's';
}

/** Capitals that are also common first names or words; they are found only when the tagger calls them places. */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Male', 'Kingston', 'Georgetown', 'San José', 'Saint John\'s', 'Hamilton', 'Douglas', 'Stanley', 'Castries', 'Melekeok', 'Ngerulmud']);

/** Capital spellings that differ from the package's. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  UKR: ['Kiev'],
  USA: ['Washington', 'Washington, D.C.', 'Washington DC'],
  IND: ['New Delhi', 'Delhi'],
  MMR: ['Naypyitaw', 'Nay Pyi Taw'],
  ISR: ['Jerusalem'],
  CHN: ['Peking'],
  KAZ: ['Nur-Sultan'],
};

export interface CountryForms {
  names: Array<[string, GazEntry]>;
  demonyms: Array<[string, GazEntry]>;
  capitals: Array<[string, GazEntry]>;
}

/**
 * Every phrase that names a country, a people or a capital, with its entry. Ordered so that
 * when two countries share a phrase ("Congolese", "American") the independent, larger one
 * comes first; the gazetteer keeps the first.
 */
export function countryForms(capitalCoords: (name: string, country: string) => [number, number] | undefined): CountryForms {
  const ordered = [...COUNTRY_ROWS].sort((a, b) => Number(b.independent) - Number(a.independent) || b.area - a.area);
  const names: Array<[string, GazEntry]> = [];
  const demonyms: Array<[string, GazEntry]> = [];
  const capitals: Array<[string, GazEntry]> = [];
  for (const c of ordered) {
    const country: GazEntry = { kind: 'country', type: 'GPE', id: 'country:' + c.code, name: c.name, country: c.code, actor: c.code, lat: c.lat, lon: c.lon };
    const peoples = new Set([...c.demonyms, ...(EXTRA_DEMONYMS[c.code] ?? [])]);
    for (const n of [...(EXTRA_NAMES[c.code] ?? []), c.name, c.official, ...c.alt]) {
      if (peoples.has(n)) continue; // "Saudi" is the people, not the country
      // Two-letter package codes ("RU", "IN") are words in English copy; only the forms above keep them.
      if (n.length <= 2 && !(EXTRA_NAMES[c.code] ?? []).includes(n)) continue;
      names.push([n, country]);
    }
    const canonical = c.demonyms[0] ?? EXTRA_DEMONYMS[c.code]?.[0];
    if (canonical) {
      const people: GazEntry = { kind: 'demonym', type: 'NORP', id: 'people:' + c.code, name: canonical, country: c.code, actor: c.code };
      for (const d of [...c.demonyms, ...(EXTRA_DEMONYMS[c.code] ?? [])]) {
        if (d === 'U.S.') continue; // "U.S." reads as the country itself, kept with the names
        demonyms.push([d, people]);
        const p = plural(d);
        if (p) demonyms.push([p, people]);
      }
    }
    if (!c.independent && !['PSE', 'XKX', 'TWN'].includes(c.code)) continue;
    for (const cap of [...c.capitals, ...(EXTRA_CAPITALS[c.code] ?? [])]) {
      if (AMBIGUOUS_CAPITALS.has(cap)) continue;
      const canon = c.capitals[0] ?? cap;
      const at = capitalCoords(canon, c.code) ?? capitalCoords(cap, c.code);
      const entry: GazEntry = {
        kind: 'capital', type: 'GPE', id: 'capital:' + c.code + ':' + canon, name: canon === 'Washington D.C.' ? 'Washington' : canon,
        country: c.code, actor: c.code + 'GOV', ...(at ? { lat: at[0], lon: at[1] } : {}),
      };
      capitals.push([cap, entry]);
    }
  }
  return { names, demonyms, capitals };
}
