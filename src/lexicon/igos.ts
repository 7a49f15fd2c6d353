import type { GazEntry } from './types.js';

/**
 * International organisations with their CAMEO actor codes. CAMEO writes an IGO as "IGO",
 * then a region code when the body is regional (WST the West, EUR Europe, AFR Africa, WAF
 * West Africa, SAF Southern Africa, SEA Southeast Asia, MEA Middle East, PGS Persian Gulf,
 * LAM Latin America, ASA Asia), then the body's own three letters (UNO, NAT, EEC, ...).
 * UN agencies sit under UNO (IGOUNOIAE for the IAEA). The codes follow the CAMEO actor
 * codebook as we know it; the codebook itself is not on this machine to check against.
 * [id, canonical name, actor, type, other names]
 */
const IGOS: Array<[string, string, string, 'ORG', string[]]> = [
  ['un', 'United Nations', 'IGOUNO', 'ORG', ['UN', 'U.N.', 'U.N', 'UNO', 'U.N. General Assembly', 'UN General Assembly', 'General Assembly']],
  ['unsc', 'UN Security Council', 'IGOUNO', 'ORG', ['U.N. Security Council', 'United Nations Security Council', 'Security Council', 'UNSC']],
  ['unhcr', 'UNHCR', 'IGOUNOHCR', 'ORG', ['U.N. refugee agency', 'UN refugee agency', 'United Nations High Commissioner for Refugees']],
  ['unicef', 'UNICEF', 'IGOUNOCHR', 'ORG', ["United Nations Children's Fund", 'Unicef']],
  ['who', 'World Health Organization', 'IGOUNOWHO', 'ORG', ['WHO', 'World Health Organisation']],
  ['iaea', 'International Atomic Energy Agency', 'IGOUNOIAE', 'ORG', ['IAEA']],
  ['wfp', 'World Food Programme', 'IGOUNOWFP', 'ORG', ['WFP', 'World Food Program']],
  ['fao', 'Food and Agriculture Organization', 'IGOUNOFAO', 'ORG', ['FAO']],
  ['ilo', 'International Labour Organization', 'IGOUNOILO', 'ORG', ['ILO', 'International Labor Organization']],
  ['unesco', 'UNESCO', 'IGOUNO', 'ORG', ['Unesco']],
  ['ocha', 'OCHA', 'IGOUNO', 'ORG', ['UN Office for the Coordination of Humanitarian Affairs']],
  ['unrwa', 'UNRWA', 'IGOUNO', 'ORG', []],
  // UN bodies whose own CAMEO agency code we cannot confirm: coded as the UN itself.
  ['undp', 'United Nations Development Programme', 'IGOUNO', 'ORG', ['UNDP', 'United Nations Development Program', 'UN Development Programme']],
  ['unhrc', 'UN Human Rights Council', 'IGOUNO', 'ORG', ['U.N. Human Rights Council', 'United Nations Human Rights Council', 'Human Rights Council', 'UNHRC']],
  ['ohchr', 'UN human rights office', 'IGOUNO', 'ORG', ['OHCHR', 'Office of the High Commissioner for Human Rights']],
  ['iom', 'International Organization for Migration', 'IGOUNO', 'ORG', ['IOM']],
  ['unep', 'UN Environment Programme', 'IGOUNO', 'ORG', ['UNEP', 'United Nations Environment Programme']],
  ['unfpa', 'UN Population Fund', 'IGOUNO', 'ORG', ['UNFPA', 'United Nations Population Fund']],
  ['icj', 'International Court of Justice', 'IGOUNOICJ', 'ORG', ['ICJ', 'World Court']],
  ['icc', 'International Criminal Court', 'IGOICC', 'ORG', ['ICC']],
  ['imf', 'International Monetary Fund', 'IGOIMF', 'ORG', ['IMF']],
  ['wb', 'World Bank', 'IGOWBK', 'ORG', []],
  ['wto', 'World Trade Organization', 'IGOWTO', 'ORG', ['WTO', 'World Trade Organisation']],
  ['interpol', 'Interpol', 'IGOITP', 'ORG', ['INTERPOL']],
  ['nato', 'NATO', 'IGOWSTNAT', 'ORG', ['North Atlantic Treaty Organization', 'Nato', 'North Atlantic Treaty Organisation']],
  ['eu', 'European Union', 'IGOEUREEC', 'ORG', ['EU', 'E.U.', 'European Commission', 'European Council', 'Brussels']],
  ['ep', 'European Parliament', 'IGOEUREECLEG', 'ORG', []],
  ['ecb', 'European Central Bank', 'IGOEUREEC', 'ORG', ['ECB']],
  ['osce', 'OSCE', 'IGOEUROSC', 'ORG', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe']],
  ['coe', 'Council of Europe', 'IGOEURCOE', 'ORG', []],
  ['au', 'African Union', 'IGOAFRAFU', 'ORG', ['AU', 'African Union Commission', 'AU Commission']],
  ['ecowas', 'ECOWAS', 'IGOWAFWAS', 'ORG', ['Economic Community of West African States', 'Ecowas']],
  ['sadc', 'SADC', 'IGOSAFSAD', 'ORG', ['Southern African Development Community']],
  ['igad', 'IGAD', 'IGOEAFIGD', 'ORG', ['Intergovernmental Authority on Development']],
  ['eac', 'East African Community', 'IGOEAFEAC', 'ORG', []],
  ['afdb', 'African Development Bank', 'IGOAFRAFB', 'ORG', ['AfDB']],
  ['asean', 'ASEAN', 'IGOSEAASN', 'ORG', ['Association of Southeast Asian Nations', 'Association of South East Asian Nations', 'Asean']],
  ['saarc', 'SAARC', 'IGOSASSAA', 'ORG', ['South Asian Association for Regional Cooperation']],
  ['sco', 'Shanghai Cooperation Organisation', 'IGOASASCO', 'ORG', ['SCO', 'Shanghai Cooperation Organization']],
  ['adb', 'Asian Development Bank', 'IGOASAADB', 'ORG', ['ADB']],
  ['arab-league', 'Arab League', 'IGOMEAARL', 'ORG', ['League of Arab States']],
  ['gcc', 'Gulf Cooperation Council', 'IGOPGSGCC', 'ORG', ['GCC']],
  ['oic', 'Organisation of Islamic Cooperation', 'IGOMOSOIC', 'ORG', ['OIC', 'Organization of Islamic Cooperation']],
  ['opec', 'OPEC', 'IGOOPC', 'ORG', ['Organization of the Petroleum Exporting Countries', 'OPEC+']],
  ['oas', 'Organization of American States', 'IGOWSTOAS', 'ORG', ['OAS']],
  ['mercosur', 'Mercosur', 'IGOSAMMER', 'ORG', ['MERCOSUR']],
  ['celac', 'CELAC', 'IGOLAMCEL', 'ORG', ['Community of Latin American and Caribbean States']],
  ['caricom', 'CARICOM', 'IGOLAMCRC', 'ORG', ['Caribbean Community', 'Caricom']],
  ['cis', 'Commonwealth of Independent States', 'IGOCIS', 'ORG', ['CIS']],
  ['csto', 'Collective Security Treaty Organization', 'IGOCASCST', 'ORG', ['CSTO']],
  ['commonwealth', 'Commonwealth', 'IGOCWN', 'ORG', ['Commonwealth of Nations']],
  ['g7', 'G7', 'IGOG7', 'ORG', ['G-7', 'Group of Seven']],
  ['g20', 'G20', 'IGOG20', 'ORG', ['G-20', 'Group of 20']],
  ['brics', 'BRICS', 'IGOBRI', 'ORG', ['Brics']],
  ['nam', 'Non-Aligned Movement', 'IGONAM', 'ORG', []],
  ['icrc', 'International Committee of the Red Cross', 'NGOCRC', 'ORG', ['ICRC', 'Red Cross', 'Red Crescent']],
  ['msf', 'Doctors Without Borders', 'NGOMSF', 'ORG', ['MSF', 'Medecins Sans Frontieres']],
  ['amnesty', 'Amnesty International', 'NGOHRIAMN', 'ORG', ['Amnesty']],
  ['hrw', 'Human Rights Watch', 'NGOHRIHRW', 'ORG', ['HRW']],
  ['icg', 'International Crisis Group', 'NGOICG', 'ORG', ['Crisis Group']],
];

export function igoEntries(): Array<[string, GazEntry]> {
  const out: Array<[string, GazEntry]> = [];
  for (const [id, name, actor, type, others] of IGOS) {
    const entry: GazEntry = { kind: 'igo', type, id: 'igo:' + id, name, actor };
    for (const n of [name, ...others]) out.push([n, entry]);
  }
  return out;
}
