import type { GazEntry } from './types.js';

/**
 * Armed movements and de facto authorities wire copy names as actors, with the country
 * they act in. The codes are generic CAMEO country-plus-role codes (REB rebels, INS
 * insurgents, GOV government), not the group-specific codes some CAMEO dictionaries use.
 * Ours. [id, canonical name, country, actor, other names]
 */
const GROUPS: Array<[string, string, string, string, string[]]> = [
  // De facto government of Afghanistan since 2021.
  ['taliban', 'Taliban', 'AFG', 'AFGGOV', ['the Taliban']],
  ['hamas', 'Hamas', 'PSE', 'PSEREB', []],
  ['hezbollah', 'Hezbollah', 'LBN', 'LBNREB', ['Hizbollah', 'Hizballah']],
  ['houthis', 'Houthis', 'YEM', 'YEMREB', ['Houthi', 'Ansar Allah', 'Ansarallah']],
  ['al-shabaab', 'al-Shabaab', 'SOM', 'SOMINS', ['Al-Shabaab', 'al Shabaab', 'Al Shabaab', 'Shabaab']],
  ['boko-haram', 'Boko Haram', 'NGA', 'NGAINS', []],
  ['m23', 'M23', 'COD', 'CODREB', ['March 23 Movement']],
  ['rsf', 'Rapid Support Forces', 'SDN', 'SDNREB', ['RSF']],
  ['islamic-jihad', 'Palestinian Islamic Jihad', 'PSE', 'PSEREB', ['Islamic Jihad']],
  ['fatah', 'Fatah', 'PSE', 'PSEPTY', []],
  ['pkk', 'Kurdistan Workers Party', 'TUR', 'TURREB', ['PKK', "Kurdistan Workers' Party"]],
  ['sdf', 'Syrian Democratic Forces', 'SYR', 'SYRREB', ['SDF', 'YPG']],
  ['arakan-army', 'Arakan Army', 'MMR', 'MMRREB', []],
  // Transnational: CAMEO codes them as an international Muslim radical group.
  ['islamic-state', 'Islamic State', '', 'IMGMUSREB', ['ISIS', 'ISIL', 'Daesh', 'al-Qaeda', 'al Qaeda', 'Al-Qaeda']],
  ['wagner', 'Wagner Group', 'RUS', 'RUSMIL', ['Wagner']],
];

export function groupEntries(): Array<[string, GazEntry]> {
  const out: Array<[string, GazEntry]> = [];
  for (const [id, name, country, actor, others] of GROUPS) {
    const entry: GazEntry = { kind: 'group', type: 'ORG', id: 'group:' + id, name, ...(country ? { country } : {}), actor };
    for (const n of [name, ...others]) out.push([n, entry]);
  }
  return out;
}
