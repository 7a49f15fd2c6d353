export type { GazEntry, GazKind, CountryRow, CityRow, PlaceOrActorType } from './types.js';
export { foldToken, foldLower, phraseKey } from './keys.js';
export { matchGazetteer, lookupPhrase, entryById, alternateEntries, type GazMatch, type MatchInput } from './gazetteer.js';
export { lookupCity, lookupCityFuzzy, citiesNamed, cityKey, type City } from './cities.js';
export { countryByCode, COUNTRY_ROWS } from './countries.js';
export { usStateCode } from './regions.js';
export { roleOf, isTitleWord, isHonorific, LONGEST_ROLE, type Role, type RoleCode } from './roles.js';
export { editDistance, typoBudget } from './edit.js';
