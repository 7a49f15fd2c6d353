import type { GazEntry } from './types.js';

/**
 * World regions and contested territories that wire copy names as places ("Middle East
 * envoy", "the Sahel", "Donbas"), with rough centre coordinates and, where the region lies
 * in one country, that country. Ours. [name, lat, lon, country|null, other names]
 */
const REGIONS: Array<[string, number, number, string | null, string[]]> = [
  ['Middle East', 29, 42, null, ['Mideast']],
  ['Europe', 50, 10, null, []],
  ['Africa', 2, 20, null, []],
  ['Asia', 34, 100, null, []],
  ['Latin America', -10, -60, null, []],
  ['South America', -15, -60, null, []],
  ['North America', 45, -100, null, []],
  ['Central America', 13, -86, null, []],
  ['Caribbean', 17, -70, null, []],
  ['Southeast Asia', 5, 110, null, ['South-East Asia', 'South East Asia']],
  ['South Asia', 22, 78, null, []],
  ['East Asia', 35, 120, null, []],
  ['Central Asia', 43, 65, null, []],
  ['West Africa', 11, -3, null, []],
  ['East Africa', 0, 37, null, []],
  ['Horn of Africa', 8, 45, null, []],
  ['North Africa', 28, 10, null, []],
  ['Sahel', 15, 5, null, []],
  ['Balkans', 43, 21, null, []],
  ['Caucasus', 42, 45, null, []],
  ['Gulf', 26, 52, null, ['Persian Gulf', 'Arabian Gulf']],
  ['Red Sea', 20, 38, null, []],
  ['South China Sea', 12, 114, null, []],
  ['Black Sea', 43, 35, null, []],
  ['Mediterranean', 35, 18, null, []],
  ['Baltic', 58, 20, null, ['Baltics']],
  ['Indo-Pacific', 5, 120, null, []],
  ['Arctic', 80, 0, null, []],
  ['Taiwan Strait', 24.5, 119.5, null, []],
  ['Strait of Hormuz', 26.6, 56.3, null, []],
  ['Korean Peninsula', 37.5, 127.5, null, []],
  ['Donbas', 48, 38, 'UKR', ['Donbass']],
  ['Crimea', 45, 34, 'UKR', []],
  ['Kashmir', 34, 76, null, []],
  ['Darfur', 13, 24, 'SDN', []],
  ['Tigray', 14, 39, 'ETH', []],
  ['Kurdistan', 36.5, 44, null, []],
  ['Golan Heights', 33, 35.8, null, ['Golan']],
  ['Nagorno-Karabakh', 39.8, 46.7, 'AZE', ['Karabakh']],
  ['Xinjiang', 41, 85, 'CHN', []],
  ['Tibet', 31, 88, 'CHN', []],
  ['Hong Kong', 22.3, 114.2, 'HKG', []],
  ['Mindanao', 7.5, 125, 'PHL', []],
];

/** US states: the text may name one after a city ("Paris, Texas"). [name, postal code] */
const US_STATES: Array<[string, string]> = [
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'], ['Colorado', 'CO'],
  ['Connecticut', 'CT'], ['Delaware', 'DE'], ['Florida', 'FL'], ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'],
  ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'], ['Kentucky', 'KY'], ['Louisiana', 'LA'],
  ['Maine', 'ME'], ['Maryland', 'MD'], ['Massachusetts', 'MA'], ['Michigan', 'MI'], ['Minnesota', 'MN'], ['Mississippi', 'MS'],
  ['Missouri', 'MO'], ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'], ['New Hampshire', 'NH'], ['New Jersey', 'NJ'],
  ['New Mexico', 'NM'], ['New York State', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'],
  ['Oregon', 'OR'], ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'], ['Tennessee', 'TN'],
  ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'], ['Washington State', 'WA'], ['West Virginia', 'WV'],
  ['Wisconsin', 'WI'], ['Wyoming', 'WY'],
];

const STATE_CODES = new Map(US_STATES.map(([name, code]) => [name.toLowerCase(), code]));

/** The postal code of a US state name ("Texas" -> "TX"), also for the bare code ("TX"). */
export function usStateCode(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (upper.length === 2 && US_STATES.some(([, c]) => c === upper)) return upper;
  return STATE_CODES.get(name.toLowerCase()) ?? STATE_CODES.get(name.toLowerCase() + ' state');
}

export function regionEntries(): Array<[string, GazEntry]> {
  const out: Array<[string, GazEntry]> = [];
  for (const [name, lat, lon, country, others] of REGIONS) {
    const entry: GazEntry = { kind: 'region', type: 'LOC', id: 'region:' + name, name, lat, lon, ...(country ? { country } : {}) };
    for (const n of [name, ...others]) out.push([n, entry]);
  }
  for (const [name, code] of US_STATES) {
    // Georgia the country outranks Georgia the state; the state needs "Georgia state" or a city before it.
    if (code === 'GA') continue;
    const entry: GazEntry = { kind: 'state', type: 'GPE', id: 'state:US-' + code, name, country: 'USA' };
    out.push([name, entry]);
  }
  return out;
}
