/**
 * Event verbs and verb phrases, written for Parley from the CAMEO 1.1b3 category
 * definitions. Each phrase is a verb lemma, optionally followed by one word:
 *  - a particle or preposition the verb must take ("call for", "pull out", "meet with"), or
 *  - the head noun of its direct object, for light-verb constructions ("hold talk",
 *    "reach agreement", "launch strike"): the noun is given singular, plurals match too.
 * A phrase with a second word wins over the bare verb.
 */
import type { CameoCode } from '../../extract/types.js';

export const VERB_PHRASES: Readonly<Record<CameoCode, readonly string[]>> = {
  // 01 make public statement
  '010': ['state', 'comment', 'announce', 'declare', 'stress', 'reiterate', 'issue statement', 'make statement', 'brief', 'remark'],
  '011': ['decline comment', 'refuse comment', 'decline to comment'],
  '012': ['warn', 'express concern', 'voice concern', 'lament', 'express pessimism', 'downplay'],
  '013': ['express optimism', 'voice optimism', 'express hope', 'strike tone'],
  '014': ['consider', 'weigh', 'mull', 'contemplate', 'ponder', 'explore'],
  '015': ['admit', 'acknowledge', 'claim responsibility', 'take responsibility', 'accept responsibility', 'confess'],
  '016': ['deny', 'deny responsibility', 'disclaim'],
  '017': ['commemorate', 'lay wreath', 'honor', 'honour'],
  '018': ['express condolence', 'offer condolence', 'sympathize', 'mourn', 'console'],
  '019': ['agree with', 'concur', 'share view', 'see eye'],
  // 02 appeal
  '020': ['urge', 'appeal', 'appeal to', 'call on', 'call upon', 'ask', 'request', 'plead', 'implore', 'press', 'call for', 'seek', 'encourage'],
  '021': ['seek cooperation', 'request cooperation'],
  '022': ['seek support', 'ask support', 'request support', 'seek backing'],
  '023': ['seek aid', 'request aid', 'appeal for aid', 'ask aid', 'request assistance', 'seek assistance', 'request help', 'seek help'],
  '024': ['call for reform', 'urge reform'],
  '025': ['call for withdrawal', 'urge restraint', 'call for restraint'],
  '026': ['invite', 'call for talk', 'call for negotiation', 'call for dialogue', 'propose talk', 'propose meeting'],
  '027': ['call for ceasefire', 'call for truce', 'urge ceasefire'],
  '028': ['call for mediation', 'seek mediation'],
  // 03 express intent to cooperate
  '030': ['agree', 'pledge', 'promise', 'vow', 'offer', 'commit', 'intend', 'plan', 'propose', 'undertake', 'express willingness', 'express readiness'],
  '031': ['offer cooperation', 'pledge cooperation'],
  '032': ['pledge support', 'offer support', 'promise support', 'voice support', 'express support'],
  '033': ['pledge aid', 'promise aid', 'offer aid', 'pledge assistance', 'offer assistance', 'promise assistance', 'offer help'],
  '036': ['agree to meet', 'offer talk'],
  '037': ['offer ceasefire', 'propose ceasefire', 'propose truce'],
  '039': ['offer mediation', 'offer to mediate'],
  // 04 consult
  '040': ['consult', 'discuss', 'confer', 'talk', 'talk with', 'talk to', 'hold consultation', 'exchange view', 'hold discussion'],
  '041': ['phone', 'telephone', 'call', 'hold call', 'hold phone', 'speak by'],
  '042': ['visit', 'travel to', 'arrive in', 'fly to', 'tour', 'pay visit', 'make visit', 'make trip'],
  '043': ['meet', 'meet with', 'host', 'receive', 'hold talk', 'hold meeting', 'hold summit', 'sit down'],
  '044': ['convene', 'gather'],
  '045': ['mediate', 'broker'],
  '046': ['negotiate', 'negotiate with', 'hold negotiation', 'bargain', 'open talk', 'resume talk', 'start talk', 'begin talk', 'launch talk', 'enter talk'],
  // 05 engage in diplomatic cooperation
  '050': ['cooperate on', 'normalize', 'normalise', 'restore relation', 'restore tie', 'establish relation', 'establish tie', 'mend tie', 'improve relation', 'advance relation', 'strengthen tie', 'bolster tie'],
  '051': ['praise', 'hail', 'commend', 'endorse', 'applaud', 'laud', 'congratulate', 'welcome', 'thank', 'back', 'support', 'salute'],
  '052': ['defend'],
  '053': ['rally support', 'rally behind', 'lobby for'],
  '054': ['recognize', 'recognise', 'grant recognition'],
  '055': ['apologize', 'apologise', 'apologize to', 'apologise to'],
  '056': ['forgive', 'pardon'],
  '057': ['sign', 'sign agreement', 'sign deal', 'sign treaty', 'sign accord', 'reach agreement', 'reach deal', 'strike deal', 'clinch deal', 'seal deal', 'conclude agreement', 'ink deal', 'finalize deal', 'ratify', 'sign memorandum', 'reach accord'],
  // 06 engage in material cooperation
  '060': ['cooperate', 'cooperate with', 'collaborate', 'collaborate with', 'partner with', 'work with', 'team up'],
  '061': ['trade with', 'invest', 'invest in', 'sign trade', 'expand trade', 'boost trade'],
  '062': ['hold exercise', 'conduct exercise', 'hold drill', 'train', 'deploy alongside'],
  '063': ['extradite', 'hand over'],
  '064': ['share intelligence', 'share information', 'share data', 'exchange intelligence'],
  // 07 provide aid
  '070': ['aid', 'help', 'assist', 'provide aid', 'send aid', 'give aid', 'provide assistance', 'deliver aid'],
  '071': ['lend', 'loan', 'fund', 'finance', 'grant loan', 'provide loan', 'extend credit', 'donate', 'provide funding'],
  '072': ['arm', 'supply weapon', 'send weapon', 'provide weapon', 'deliver weapon', 'supply arm', 'send arm', 'supply missile', 'send troop', 'provide military'],
  '073': ['send food', 'deliver food', 'provide humanitarian', 'deliver humanitarian', 'airlift'],
  '074': ['protect', 'guard', 'escort', 'deploy peacekeeper'],
  '075': ['grant asylum', 'shelter'],
  // 08 yield
  '080': ['yield', 'concede', 'cede', 'give in', 'back down', 'relent', 'comply', 'make concession'],
  '081': ['lift restriction', 'ease restriction', 'lift curfew', 'reopen'],
  '082': ['lift ban', 'legalize'],
  '083': ['accept demand', 'meet demand', 'hold election'],
  '084': ['release', 'free', 'return prisoner', 'return detainee', 'return captive', 'return hostage', 'return child', 'return body', 'return territory', 'repatriate', 'hand back', 'exchange prisoner', 'swap prisoner', 'release prisoner', 'free prisoner', 'swap'],
  '085': ['lift sanction', 'ease sanction', 'lift embargo', 'suspend sanction', 'relax sanction', 'unfreeze'],
  '086': ['allow inspector', 'admit inspector', 'allow observer', 'admit observer'],
  '087': ['de-escalate', 'disarm', 'demobilize', 'withdraw', 'withdraw from', 'pull out', 'pull back', 'pull troop', 'withdraw troop'],
  '0871': ['declare ceasefire', 'agree ceasefire', 'declare truce', 'observe ceasefire', 'announce ceasefire', 'sign ceasefire', 'agree truce'],
  '0874': ['surrender', 'retreat', 'capitulate'],
  // 09 investigate
  '090': ['investigate', 'probe', 'inquire', 'launch investigation', 'open investigation', 'open inquiry', 'launch inquiry', 'launch probe', 'open probe', 'examine', 'inspect'],
  '091': ['investigate corruption', 'audit'],
  '093': ['investigate strike', 'investigate attack'],
  '094': ['investigate war'],
  // 10 demand
  '100': ['demand', 'insist', 'insist on', 'order', 'issue demand', 'make demand'],
  '103': ['demand aid', 'demand compensation'],
  '104': ['demand reform', 'demand resignation'],
  '105': ['demand withdrawal', 'demand release', 'demand surrender'],
  '106': ['demand talk', 'demand meeting'],
  // 11 disapprove
  '110': ['disapprove', 'oppose', 'object', 'object to', 'express disapproval', 'voice opposition', 'express opposition', 'slam', 'rap', 'dismiss'],
  '111': ['criticize', 'criticise', 'condemn', 'denounce', 'decry', 'deplore', 'censure', 'rebuke', 'castigate', 'lambaste', 'blast', 'chide', 'scold', 'reprimand'],
  '112': ['accuse', 'blame', 'allege', 'charge with', 'level accusation', 'make accusation', 'hold responsible', 'hold accountable'],
  '113': ['rally against', 'rally opposition'],
  '114': ['complain', 'lodge complaint', 'file complaint', 'lodge protest', 'summon', 'summon ambassador', 'summon envoy', 'file protest', 'protest to'],
  '115': ['sue', 'file lawsuit', 'bring lawsuit', 'take to court', 'file case', 'bring case'],
  '116': ['convict', 'sentence', 'find guilty'],
  // 12 reject
  '120': ['reject', 'refuse', 'rebuff', 'spurn', 'turn down', 'dismiss offer', 'decline'],
  '121': ['reject cooperation', 'reject offer'],
  '122': ['reject aid', 'refuse aid'],
  '124': ['refuse to yield', 'reject demand', 'ignore demand', 'rule out'],
  '125': ['reject talk', 'refuse talk', 'reject negotiation', 'snub', 'boycott talk'],
  '127': ['reject plan', 'reject proposal', 'reject agreement', 'reject deal', 'reject ceasefire', 'reject peace'],
  '128': ['defy', 'flout', 'violate', 'breach'],
  '129': ['veto', 'block resolution'],
  // 13 threaten
  '130': ['threaten', 'threaten with', 'issue threat', 'issue warning', 'make threat', 'menace', 'vow revenge', 'vow retaliation'],
  '131': ['threaten sanction'],
  '134': ['threaten to quit', 'threaten to walk'],
  '138': ['threaten attack', 'threaten war', 'threaten strike', 'threaten force'],
  '139': ['issue ultimatum', 'give ultimatum', 'set deadline'],
  // 14 protest
  '140': ['protest', 'protest against', 'dissent'],
  '141': ['demonstrate', 'rally', 'march', 'hold rally', 'hold protest', 'stage protest', 'stage rally', 'stage demonstration', 'hold demonstration', 'take to'],
  '142': ['go on hunger', 'stage hunger'],
  '143': ['strike against', 'walk out', 'stage strike', 'hold strike', 'go on strike', 'stage walkout'],
  '144': ['blockade road', 'block road', 'barricade', 'obstruct'],
  '145': ['riot', 'clash with police', 'loot', 'torch', 'storm'],
  // 15 exhibit force posture
  '150': ['mass', 'mass troop', 'deploy', 'deploy troop', 'station', 'station troop', 'amass', 'build up', 'move troop', 'show force', 'hold maneuver', 'conduct maneuver'],
  '152': ['raise alert', 'put on alert', 'go on alert'],
  '154': ['mobilize', 'mobilise', 'call up', 'conscript', 'mobilize troop', 'mobilize reservist', 'draft'],
  // 16 reduce relations
  '160': ['downgrade', 'downgrade relation', 'downgrade tie', 'freeze relation', 'reduce relation', 'curtail'],
  '161': ['sever', 'sever tie', 'sever relation', 'cut tie', 'break tie', 'break off', 'recall ambassador', 'recall envoy', 'close embassy', 'suspend relation', 'suspend tie', 'break relation'],
  '162': ['cut aid', 'suspend aid', 'halt aid', 'freeze aid', 'withhold aid', 'stop aid', 'cut funding', 'suspend funding'],
  '163': ['sanction', 'embargo', 'boycott', 'impose sanction', 'slap sanction', 'impose embargo', 'impose tariff', 'slap tariff', 'impose restriction', 'blacklist', 'impose ban', 'freeze asset', 'ban'],
  '164': ['halt talk', 'suspend talk', 'break off talk', 'pull out of talk', 'walk out of talk', 'call off talk', 'cancel talk', 'call off meeting', 'cancel meeting', 'cancel summit', 'call off summit', 'postpone talk', 'postpone meeting', 'suspend negotiation', 'halt negotiation'],
  '166': ['expel', 'expel diplomat', 'expel ambassador', 'declare persona', 'withdraw ambassador'],
  // 17 coerce
  '170': ['coerce', 'pressure', 'compel', 'intimidate', 'crack down', 'crack'],
  '171': ['seize', 'confiscate', 'destroy', 'demolish', 'raze', 'sabotage', 'damage', 'impound', 'expropriate', 'nationalize'],
  '172': ['suspend', 'ban from', 'restrict', 'impose curfew', 'declare emergency', 'impose martial', 'censor', 'dissolve'],
  '173': ['arrest', 'detain', 'jail', 'imprison', 'indict', 'charge', 'apprehend', 'round up', 'take into custody', 'prosecute'],
  '174': ['deport', 'expel from', 'banish', 'exile', 'extradite from'],
  '175': ['repress', 'suppress', 'torture', 'tear gas', 'disperse', 'fire on protesters'],
  // 18 assault
  '180': ['assault', 'terrorize', 'ambush'],
  '181': ['abduct', 'kidnap', 'hijack', 'take hostage', 'hold hostage', 'seize hostage'],
  '182': ['beat', 'stab', 'rape', 'lynch', 'maul'],
  '183': ['bomb', 'detonate', 'blow up', 'carry out bombing', 'set off bomb', 'suicide bomb'],
  '185': ['attempt to assassinate', 'try to assassinate'],
  '186': ['assassinate', 'murder', 'kill', 'execute', 'behead', 'slay', 'gun down', 'shoot dead'],
  // 19 fight
  '190': ['attack', 'fight', 'battle', 'clash', 'clash with', 'strike', 'hit', 'target', 'raid', 'launch attack', 'carry out attack', 'launch offensive', 'mount attack', 'mount offensive', 'wage war', 'declare war', 'launch assault', 'carry out raid', 'launch raid', 'open fire', 'fire on', 'fire at', 'engage in combat'],
  '191': ['blockade', 'besiege', 'encircle', 'lay siege', 'impose blockade', 'cut off'],
  '192': ['occupy', 'invade', 'annex', 'capture territory', 'seize territory', 'seize control', 'take control', 'overrun', 'capture'],
  '193': ['shoot', 'shoot at', 'gun', 'exchange fire', 'exchange gunfire', 'trade fire'],
  '194': ['shell', 'bombard', 'pound', 'fire artillery', 'fire rocket', 'fire shell', 'launch rocket', 'fire mortar'],
  '195': ['airstrike', 'air-strike', 'launch strike', 'carry out strike', 'launch airstrike', 'carry out airstrike', 'conduct airstrike', 'conduct strike', 'fire missile', 'launch missile', 'launch drone', 'strafe'],
  '196': ['violate ceasefire', 'break ceasefire', 'breach ceasefire', 'violate truce', 'break truce', 'breach truce'],
  // 20 unconventional mass violence
  '200': ['commit atrocity', 'commit atrocities'],
  '201': ['expel en masse', 'forcibly displace', 'forcibly deport', 'deport en masse'],
  '202': ['massacre', 'slaughter', 'exterminate', 'carry out massacre', 'commit massacre', 'commit genocide', 'kill en masse'],
  '203': ['ethnically cleanse', 'carry out ethnic', 'commit ethnic'],
  '204': ['gas', 'use chemical', 'use nuclear', 'use biological', 'drop nuclear', 'deploy chemical', 'launch chemical', 'detonate nuclear'],
};

/**
 * Verbs that take a clausal complement which sets the subcode: "agreed to meet" is 036,
 * "urged Kyiv to negotiate" 026, "threatened to strike" 138. Keyed by the family of the
 * matrix verb, then by the root of the complement's own code.
 */
export const COMPLEMENT_FAMILIES: Readonly<Record<string, Readonly<Record<string, CameoCode>>>> = {
  '03': { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '0871': '037', '045': '039' },
  '02': { '04': '026', '05': '022', '06': '021', '07': '023', '08': '025', '0871': '027', '045': '028' },
  '10': { '04': '106', '05': '102', '06': '101', '07': '103', '08': '105', '0871': '107', '045': '108' },
  '12': { '04': '125', '05': '120', '06': '121', '07': '122', '08': '124', '0871': '127', '045': '126' },
  '13': { '16': '131', '17': '137', '18': '138', '19': '138', '20': '138', '04': '134' },
};
