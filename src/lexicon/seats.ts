import type { GazEntry } from './types.js';

/**
 * Seats of government and institutions that news copy uses for the government itself
 * ("the Kremlin said", "Foggy Bottom"), with the CAMEO actor each stands for. Ours.
 * [id, canonical name, country, actor, other names]
 */
const SEATS: Array<[string, string, string, string, string[]]> = [
  ['kremlin', 'Kremlin', 'RUS', 'RUSGOV', []],
  ['white-house', 'White House', 'USA', 'USAGOV', []],
  ['state-department', 'State Department', 'USA', 'USAGOV', ['U.S. State Department', 'US State Department', 'Department of State', 'Foggy Bottom']],
  ['pentagon', 'Pentagon', 'USA', 'USAMIL', ['Department of Defense', 'Defense Department', 'Department of War']],
  ['us-treasury', 'Treasury Department', 'USA', 'USAGOV', ['U.S. Treasury', 'Department of the Treasury']],
  ['capitol-hill', 'Capitol Hill', 'USA', 'USALEG', ['U.S. Congress', 'US Congress', 'U.S. Senate', 'U.S. House of Representatives']],
  ['cia', 'CIA', 'USA', 'USASPY', ['Central Intelligence Agency', 'Langley']],
  ['fbi', 'FBI', 'USA', 'USACOP', ['Federal Bureau of Investigation']],
  ['downing-street', 'Downing Street', 'GBR', 'GBRGOV', ['Number 10', 'No. 10', 'Whitehall']],
  ['foreign-office', 'Foreign Office', 'GBR', 'GBRGOV', ['FCDO', 'Foreign, Commonwealth and Development Office']],
  ['mi6', 'MI6', 'GBR', 'GBRSPY', ['Secret Intelligence Service']],
  ['scotland-yard', 'Scotland Yard', 'GBR', 'GBRCOP', []],
  ['elysee', 'Elysee', 'FRA', 'FRAGOV', ['Elysee Palace']],
  ['quai-dorsay', "Quai d'Orsay", 'FRA', 'FRAGOV', []],
  ['matignon', 'Matignon', 'FRA', 'FRAGOV', []],
  ['zhongnanhai', 'Zhongnanhai', 'CHN', 'CHNGOV', []],
  ['great-hall', 'Great Hall of the People', 'CHN', 'CHNGOV', []],
  ['bundestag', 'Bundestag', 'DEU', 'DEULEG', []],
  ['duma', 'State Duma', 'RUS', 'RUSLEG', ['Duma']],
  ['fsb', 'FSB', 'RUS', 'RUSSPY', ['Federal Security Service']],
  ['knesset', 'Knesset', 'ISR', 'ISRLEG', []],
  ['mossad', 'Mossad', 'ISR', 'ISRSPY', []],
  ['idf', 'Israel Defense Forces', 'ISR', 'ISRMIL', ['IDF']],
  ['bankova', 'Bankova', 'UKR', 'UKRGOV', []],
  ['verkhovna-rada', 'Verkhovna Rada', 'UKR', 'UKRLEG', ['Rada']],
  ['blue-house', 'Blue House', 'KOR', 'KORGOV', ['Cheong Wa Dae']],
  ['kantei', 'Kantei', 'JPN', 'JPNGOV', []],
  ['south-block', 'South Block', 'IND', 'INDGOV', []],
  ['lok-sabha', 'Lok Sabha', 'IND', 'INDLEG', []],
  ['casa-rosada', 'Casa Rosada', 'ARG', 'ARGGOV', []],
  ['planalto', 'Planalto', 'BRA', 'BRAGOV', ['Planalto Palace']],
  ['itamaraty', 'Itamaraty', 'BRA', 'BRAGOV', []],
  ['los-pinos', 'Los Pinos', 'MEX', 'MEXGOV', []],
  ['miraflores', 'Miraflores', 'VEN', 'VENGOV', ['Miraflores Palace']],
  ['union-buildings', 'Union Buildings', 'ZAF', 'ZAFGOV', []],
  ['aso-rock', 'Aso Rock', 'NGA', 'NGAGOV', ['Aso Villa']],
  ['state-house-nairobi', 'State House Nairobi', 'KEN', 'KENGOV', []],
  ['malacanang', 'Malacanang', 'PHL', 'PHLGOV', ['Malacanang Palace']],
  ['palazzo-chigi', 'Palazzo Chigi', 'ITA', 'ITAGOV', []],
  ['moncloa', 'Moncloa', 'ESP', 'ESPGOV', ['Moncloa Palace']],
  // A government, not the territory it governs.
  ['palestinian-authority', 'Palestinian Authority', 'PSE', 'PSEGOV', ['Palestinian National Authority']],
];

/**
 * News organisations wire copy cites, with their country; CAMEO codes them MED. Ours.
 * [id, canonical name, country, other names]
 */
const MEDIA: Array<[string, string, string | null, string[]]> = [
  ['reuters', 'Reuters', 'GBR', []],
  ['ap', 'Associated Press', 'USA', ['AP']],
  ['afp', 'Agence France-Presse', 'FRA', ['AFP']],
  ['bloomberg', 'Bloomberg', 'USA', ['Bloomberg News']],
  ['bbc', 'BBC', 'GBR', ['British Broadcasting Corporation']],
  ['cnn', 'CNN', 'USA', []],
  ['al-jazeera', 'Al Jazeera', 'QAT', ['Al-Jazeera']],
  ['al-arabiya', 'Al Arabiya', 'SAU', []],
  ['tass', 'TASS', 'RUS', ['Tass']],
  ['ria', 'RIA Novosti', 'RUS', ['RIA']],
  ['interfax', 'Interfax', 'RUS', []],
  ['channel-one', 'Channel One', 'RUS', ['Pervyi Kanal']],
  ['rt', 'RT', 'RUS', ['Russia Today']],
  ['xinhua', 'Xinhua', 'CHN', ['Xinhua News Agency']],
  ['cctv', 'CCTV', 'CHN', ['China Central Television']],
  ['global-times', 'Global Times', 'CHN', []],
  ['kyodo', 'Kyodo', 'JPN', ['Kyodo News']],
  ['yonhap', 'Yonhap', 'KOR', []],
  ['kcna', 'KCNA', 'PRK', ['Korean Central News Agency']],
  ['irna', 'IRNA', 'IRN', []],
  ['anadolu', 'Anadolu', 'TUR', ['Anadolu Agency']],
  ['pti', 'Press Trust of India', 'IND', ['PTI']],
  ['ukrinform', 'Ukrinform', 'UKR', []],
  ['new-york-times', 'New York Times', 'USA', ['The New York Times']],
  ['washington-post', 'Washington Post', 'USA', ['The Washington Post']],
  ['wsj', 'Wall Street Journal', 'USA', ['The Wall Street Journal']],
  ['financial-times', 'Financial Times', 'GBR', []],
  ['le-monde', 'Le Monde', 'FRA', []],
  ['der-spiegel', 'Der Spiegel', 'DEU', ['Spiegel']],
  ['dw', 'Deutsche Welle', 'DEU', ['DW']],
  ['sana', 'SANA', 'SYR', []],
  ['wafa', 'WAFA', 'PSE', []],
  ['spa', 'Saudi Press Agency', 'SAU', []],
  ['nation', 'Daily Nation', 'KEN', []],
  ['folha', 'Folha de S.Paulo', 'BRA', ['Folha']],
  ['clarin', 'Clarin', 'ARG', []],
];

export function seatEntries(): Array<[string, GazEntry]> {
  const out: Array<[string, GazEntry]> = [];
  for (const [id, name, country, actor, others] of SEATS) {
    const entry: GazEntry = { kind: 'seat', type: 'ORG', id: 'seat:' + id, name, country, actor };
    for (const n of [name, ...others]) out.push([n, entry]);
  }
  for (const [id, name, country, others] of MEDIA) {
    const entry: GazEntry = {
      kind: 'media', type: 'ORG', id: 'media:' + id, name,
      ...(country ? { country, actor: country + 'MED' } : { actor: 'MED' }),
    };
    for (const n of [name, ...others]) out.push([n, entry]);
  }
  return out;
}
