import { phraseKey } from './keys.js';

/**
 * The role lexicon: titles and group nouns that news copy puts before or after a name
 * ("Foreign Minister", "Kremlin aide", "rebel commander"), each with the CAMEO actor role it
 * gives (GOV government, MIL military, LEG legislature, JUD judiciary, OPP opposition, REB
 * rebels, INS insurgents, COP police, SPY intelligence, MED media, BUS business, NGO, HRI
 * human rights, LAB labour, EDU education, REL religion, HLH health, REF refugees, CVL
 * civilians, PTY party, ELI elites). Ours, after the CAMEO actor codebook.
 *
 * `staff` roles (spokesman, aide, official, envoy) take the actor code of the institution
 * they serve when the title names one ("Pentagon spokesman" is USAMIL, not USAGOV).
 */
export type RoleCode =
  | 'GOV' | 'MIL' | 'LEG' | 'JUD' | 'OPP' | 'REB' | 'INS' | 'COP' | 'SPY' | 'MED' | 'BUS'
  | 'NGO' | 'HRI' | 'LAB' | 'EDU' | 'REL' | 'HLH' | 'REF' | 'CVL' | 'PTY' | 'ELI' | 'IGO';

export interface Role {
  code: RoleCode;
  /** The title phrase as listed ("foreign minister"). */
  phrase: string;
  staff: boolean;
  /** A group noun ("troops", "rebels"), not a title of one person. */
  group: boolean;
}

const GOV_TITLES = [
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'premier', 'chancellor',
  'foreign minister', 'foreign secretary', 'secretary of state', 'minister', 'deputy minister', 'interior minister',
  'finance minister', 'defence minister', 'defense minister', 'defense secretary', 'defence secretary', 'secretary of defense',
  'home secretary', 'trade minister', 'energy minister', 'economy minister', 'oil minister', 'justice minister',
  'health minister', 'information minister', 'secretary', 'treasury secretary', 'commerce secretary',
  'national security adviser', 'national security advisor', 'security adviser', 'adviser', 'advisor', 'aide',
  'top aide', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'envoy', 'special envoy', 'ambassador',
  'diplomat', 'top diplomat', 'chief diplomat', 'foreign ministry spokesman', 'official', 'officials', 'government',
  'governor', 'mayor', 'head of state', 'leader', 'king', 'queen', 'emir', 'crown prince', 'sultan', 'monarch',
  'president-elect', 'chief of staff', 'cabinet secretary', 'negotiator', 'chief negotiator', 'delegation', 'delegates',
  'central bank governor', 'junta leader', 'administration', 'ministry', 'foreign ministry', 'cabinet',
  'department of foreign affairs', 'ministry of foreign affairs', 'ministry of external affairs',
];
const STAFF = new Set([
  'adviser', 'advisor', 'aide', 'top aide', 'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'envoy',
  'special envoy', 'ambassador', 'diplomat', 'official', 'officials', 'negotiator', 'chief negotiator', 'delegation',
  'delegates', 'secretary-general', 'secretary general', 'chief', 'head', 'director', 'representative', 'leader',
  'commissioner', 'president', 'chairman', 'chair', 'director-general', 'director general', 'military spokesman',
]);
const TITLES: Array<[RoleCode, string[]]> = [
  ['GOV', GOV_TITLES],
  ['IGO', ['secretary-general', 'secretary general', 'director-general', 'director general', 'commissioner', 'high commissioner', 'representative', 'special representative', 'chief', 'head', 'director', 'chairman', 'chair']],
  ['MIL', [
    'general', 'gen.', 'lt. gen.', 'lieutenant general', 'major general', 'maj. gen.', 'brigadier general', 'brig. gen.', 'colonel',
    'col.', 'lieutenant colonel', 'lt. col.', 'major', 'maj.', 'captain', 'capt.', 'admiral', 'adm.', 'vice admiral', 'commander',
    'army chief', 'army commander', 'military chief', 'chief of staff of the army', 'chief of general staff', 'chief of the general staff',
    'military', 'army', 'troops', 'soldiers', 'forces', 'armed forces', 'navy', 'air force', 'military spokesman', 'army spokesman',
    'defence forces', 'defense forces', 'junta', 'marshal', 'field marshal', 'sergeant', 'sgt.', 'officer', 'officers', 'warplanes', 'jets',
  ]],
  ['LEG', [
    'lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'sen.', 'senators', 'congressman', 'congresswoman', 'rep.',
    'representative', 'mp', 'mps', 'member of parliament', 'parliament', 'parliamentary speaker', 'speaker', 'house speaker',
    'parliament speaker', 'deputies', 'congress', 'senate', 'legislature', 'assembly', 'national assembly', 'parliamentarian',
  ]],
  ['JUD', [
    'judge', 'judges', 'justice', 'chief justice', 'court', 'supreme court', 'high court', 'constitutional court', 'prosecutor',
    'prosecutors', 'chief prosecutor', 'public prosecutor', 'attorney general', 'attorney-general', 'magistrate', 'tribunal',
  ]],
  ['OPP', ['opposition leader', 'opposition', 'opposition figure', 'opposition politician', 'dissident', 'dissidents', 'opposition lawmaker']],
  ['PTY', ['party leader', 'party chief', 'party chairman', 'party', 'ruling party']],
  ['REB', ['rebels', 'rebel', 'rebel leader', 'rebel commander', 'rebel group', 'militia', 'militias', 'militiamen', 'militants', 'militant', 'fighters', 'guerrillas', 'guerrilla', 'armed group', 'separatists', 'separatist']],
  ['INS', ['insurgents', 'insurgent', 'insurgency', 'jihadists', 'jihadist']],
  ['COP', ['police', 'police chief', 'police officer', 'police officers', 'policeman', 'policemen', 'police spokesman', 'police commissioner', 'security forces', 'riot police', 'inspector general of police']],
  ['SPY', ['intelligence chief', 'spy chief', 'intelligence', 'intelligence agency', 'intelligence service']],
  ['MED', ['journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'editor', 'broadcaster', 'state broadcaster', 'public broadcaster', 'state television', 'state tv', 'state media', 'newspaper', 'news agency', 'state news agency', 'daily', 'news outlet', 'television', 'radio', 'tabloid', 'columnist', 'blogger']],
  ['BUS', ['company', 'firm', 'ceo', 'chief executive', 'chief executive officer', 'businessman', 'businesswoman', 'tycoon', 'executive', 'executives', 'group', 'conglomerate', 'bank', 'investor', 'billionaire', 'oligarch', 'mining company', 'oil company', 'state oil company', 'founder', 'entrepreneur']],
  ['NGO', ['activist', 'activists', 'ngo', 'charity', 'aid group', 'aid agency', 'aid worker', 'aid workers', 'campaigner', 'campaigners', 'advocacy group', 'humanitarian group', 'think tank', 'watchdog']],
  ['HRI', ['rights group', 'human rights group', 'rights activist', 'human rights activist', 'rights campaigner', 'rights lawyer', 'human rights lawyer', 'rights watchdog', 'monitor', 'monitoring group']],
  ['LAB', ['union', 'trade union', 'union leader', 'labour union', 'labor union', 'workers', 'strikers']],
  ['EDU', ['professor', 'students', 'student', 'student leader', 'university', 'academic', 'researcher', 'teachers']],
  ['REL', ['cleric', 'imam', 'bishop', 'archbishop', 'cardinal', 'priest', 'rabbi', 'mufti', 'ayatollah', 'grand ayatollah', 'pastor', 'patriarch', 'church']],
  ['HLH', ['doctor', 'doctors', 'health official', 'health officials', 'health workers', 'nurse', 'nurses', 'hospital']],
  ['REF', ['refugees', 'refugee', 'displaced', 'asylum seekers', 'migrants']],
  ['CVL', ['civilians', 'civilian', 'residents', 'villagers', 'protesters', 'demonstrators', 'protester', 'people']],
  ['ELI', ['former president', 'ex-president', 'former prime minister', 'elder', 'elders', 'tribal leader', 'tribal chief']],
];

/** Group nouns name many people; they make a group actor, not a title of one named person. */
const GROUP_WORDS = /(?:s|forces|police|military|army|navy|people|junta|opposition|intelligence|militia|displaced|government|administration|ministry|cabinet|congress|senate|parliament|assembly|court|party|church)$/;

/** Role phrases that name an institution, not one person: "company" does not announce a name as "minister" does. */
const INSTITUTIONS = new Set([
  'company', 'firm', 'group', 'conglomerate', 'bank', 'mining company', 'oil company', 'state oil company', 'ngo', 'charity',
  'aid group', 'aid agency', 'advocacy group', 'humanitarian group', 'think tank', 'watchdog', 'rights group', 'human rights group',
  'rights watchdog', 'monitoring group', 'monitor', 'union', 'trade union', 'labour union', 'labor union', 'university', 'hospital',
  'newspaper', 'news agency', 'state news agency', 'daily', 'news outlet', 'television', 'radio', 'tabloid', 'broadcaster',
  'state broadcaster', 'public broadcaster', 'state tv', 'rebel group', 'armed group', 'intelligence agency', 'intelligence service',
  'tribunal', 'insurgency',
]);

/** Words that may stand inside a title without being roles themselves ("acting", "top", "foreign"). */
const MODIFIERS = [
  'acting', 'interim', 'former', 'ex', 'deputy', 'vice', 'top', 'senior', 'chief', 'state', 'federal', 'national', 'regional',
  'foreign', 'interior', 'defence', 'defense', 'security', 'special', 'presidential', 'junior', 'first', 'second', 'assistant',
  'principal', 'main', 'lead', 'incoming', 'outgoing', 'newly', 'elected', 'appointed', 'new', 'longtime', 'veteran', 'powerful',
  'influential', 'prominent', 'exiled', 'jailed', 'detained', 'imprisoned', 'military', 'government', 'ministry', 'economy',
  'finance', 'trade', 'energy', 'oil', 'health', 'justice', 'information', 'education', 'agriculture', 'transport', 'culture',
  'treasury', 'commerce', 'home', 'press', 'media', 'communications', 'public', 'private', 'rights', 'human', 'aid', 'news',
  'chief', 'general', 'of', '-', 'the', "'s", 'and', 'for', 'affairs', 'house', 'white', 'supreme', 'high', 'constitutional',
  'ruling', 'party', 'opposition', 'rebel', 'police', 'army', 'navy', 'air', 'force', 'intelligence', 'spy', 'border', 'peace',
  'nuclear', 'climate', 'humanitarian', 'relief', 'emergency', 'european', 'u.n.', 'un',
];

const byKey = new Map<string, Role>();
let longest = 1;
for (const [code, phrases] of TITLES) {
  for (const phrase of phrases) {
    const key = phraseKey(phrase);
    if (byKey.has(key)) continue; // the first role listed for a phrase wins (GOV before IGO)
    byKey.set(key, { code, phrase, staff: STAFF.has(phrase), group: (GROUP_WORDS.test(phrase) || INSTITUTIONS.has(phrase)) && !STAFF.has(phrase) });
    longest = Math.max(longest, key.split(' ').length);
  }
}

const titleWords = new Set<string>();
for (const key of byKey.keys()) for (const w of key.split(' ')) titleWords.add(w);
for (const m of MODIFIERS) titleWords.add(m);

/** The role a folded title phrase names, if any ("foreign minister" -> GOV). */
export function roleOf(key: string): Role | undefined {
  return byKey.get(key);
}

/** True for a folded token that may stand inside a title phrase. */
export function isTitleWord(folded: string): boolean {
  return titleWords.has(folded);
}

/** The most tokens a role phrase spans. */
export const LONGEST_ROLE = longest;

/** Honorifics before a name: they make "Mr. Rubio" a mention of Marco Rubio, and give no role. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'madam', 'mme', 'mme.', 'm.', 'herr', 'frau', 'prof', 'prof.']);

export function isHonorific(folded: string): boolean {
  return HONORIFICS.has(folded);
}
