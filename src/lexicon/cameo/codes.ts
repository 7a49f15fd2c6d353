/**
 * The CAMEO 1.1b3 event codes Parley emits, with the standard Goldstein (1992) weights as
 * the CAMEO project published them per code. Written from the codebook's category list;
 * four-digit codes not listed here take the weight of their three-digit parent.
 */
import type { CameoCode, QuadClass } from '../../extract/types.js';

export interface CameoCodeInfo {
  name: string;
  goldstein: number;
}

export const CAMEO_CODES: Readonly<Record<CameoCode, CameoCodeInfo>> = {
  '010': { name: 'Make statement', goldstein: 0 },
  '011': { name: 'Decline comment', goldstein: -0.1 },
  '012': { name: 'Make pessimistic comment', goldstein: -0.4 },
  '013': { name: 'Make optimistic comment', goldstein: 0.4 },
  '014': { name: 'Consider policy option', goldstein: 0 },
  '015': { name: 'Acknowledge or claim responsibility', goldstein: 0 },
  '016': { name: 'Deny responsibility', goldstein: 3.4 },
  '017': { name: 'Engage in symbolic act', goldstein: 0 },
  '018': { name: 'Make empathetic comment', goldstein: 3.4 },
  '019': { name: 'Express accord', goldstein: 3.4 },
  '020': { name: 'Appeal', goldstein: 3 },
  '021': { name: 'Appeal for material cooperation', goldstein: 3.4 },
  '022': { name: 'Appeal for diplomatic cooperation', goldstein: 3.2 },
  '023': { name: 'Appeal for aid', goldstein: 3.4 },
  '024': { name: 'Appeal for political reform', goldstein: -0.3 },
  '025': { name: 'Appeal to yield', goldstein: -0.3 },
  '026': { name: 'Appeal to others to meet or negotiate', goldstein: 4 },
  '027': { name: 'Appeal to others to settle dispute', goldstein: 4 },
  '028': { name: 'Appeal to others to engage in or accept mediation', goldstein: 4 },
  '030': { name: 'Express intent to cooperate', goldstein: 4 },
  '031': { name: 'Express intent to engage in material cooperation', goldstein: 5.2 },
  '032': { name: 'Express intent to provide diplomatic cooperation', goldstein: 4.5 },
  '033': { name: 'Express intent to provide aid', goldstein: 5.2 },
  '034': { name: 'Express intent to institute political reform', goldstein: 7 },
  '035': { name: 'Express intent to yield', goldstein: 5 },
  '036': { name: 'Express intent to meet or negotiate', goldstein: 4 },
  '037': { name: 'Express intent to settle dispute', goldstein: 5 },
  '038': { name: 'Express intent to accept mediation', goldstein: 7 },
  '039': { name: 'Express intent to mediate', goldstein: 5 },
  '040': { name: 'Consult', goldstein: 1 },
  '041': { name: 'Discuss by telephone', goldstein: 1 },
  '042': { name: 'Make a visit', goldstein: 1.9 },
  '043': { name: 'Host a visit', goldstein: 2.8 },
  '044': { name: 'Meet at a third location', goldstein: 2.5 },
  '045': { name: 'Mediate', goldstein: 5 },
  '046': { name: 'Engage in negotiation', goldstein: 7 },
  '050': { name: 'Engage in diplomatic cooperation', goldstein: 3.5 },
  '051': { name: 'Praise or endorse', goldstein: 3.4 },
  '052': { name: 'Defend verbally', goldstein: 3.5 },
  '053': { name: 'Rally support on behalf of', goldstein: 3.8 },
  '054': { name: 'Grant diplomatic recognition', goldstein: 6 },
  '055': { name: 'Apologize', goldstein: 7 },
  '056': { name: 'Forgive', goldstein: 7 },
  '057': { name: 'Sign formal agreement', goldstein: 8 },
  '060': { name: 'Engage in material cooperation', goldstein: 6 },
  '061': { name: 'Cooperate economically', goldstein: 6.4 },
  '062': { name: 'Cooperate militarily', goldstein: 7.4 },
  '063': { name: 'Engage in judicial cooperation', goldstein: 7.4 },
  '064': { name: 'Share intelligence or information', goldstein: 7 },
  '070': { name: 'Provide aid', goldstein: 7 },
  '071': { name: 'Provide economic aid', goldstein: 7.4 },
  '072': { name: 'Provide military aid', goldstein: 8.3 },
  '073': { name: 'Provide humanitarian aid', goldstein: 7.4 },
  '074': { name: 'Provide military protection or peacekeeping', goldstein: 8.5 },
  '075': { name: 'Grant asylum', goldstein: 7 },
  '080': { name: 'Yield', goldstein: 5 },
  '081': { name: 'Ease administrative sanctions', goldstein: 5 },
  '082': { name: 'Ease political dissent', goldstein: 5 },
  '083': { name: 'Accede to requests or demands for political reform', goldstein: 5 },
  '084': { name: 'Return, release', goldstein: 7 },
  '085': { name: 'Ease economic sanctions, boycott, embargo', goldstein: 7 },
  '086': { name: 'Allow international involvement', goldstein: 9 },
  '087': { name: 'De-escalate military engagement', goldstein: 9 },
  '0871': { name: 'Declare truce, ceasefire', goldstein: 9 },
  '0874': { name: 'Retreat or surrender militarily', goldstein: 10 },
  '090': { name: 'Investigate', goldstein: -2 },
  '091': { name: 'Investigate crime, corruption', goldstein: -2 },
  '092': { name: 'Investigate human rights abuses', goldstein: -2 },
  '093': { name: 'Investigate military action', goldstein: -2 },
  '094': { name: 'Investigate war crimes', goldstein: -2 },
  '100': { name: 'Demand', goldstein: -5 },
  '101': { name: 'Demand material cooperation', goldstein: -5 },
  '102': { name: 'Demand diplomatic cooperation', goldstein: -5 },
  '103': { name: 'Demand aid', goldstein: -5 },
  '104': { name: 'Demand political reform', goldstein: -5 },
  '105': { name: 'Demand that target yields', goldstein: -5 },
  '106': { name: 'Demand meeting, negotiation', goldstein: -5 },
  '107': { name: 'Demand settling of dispute', goldstein: -5 },
  '108': { name: 'Demand mediation', goldstein: -5 },
  '110': { name: 'Disapprove', goldstein: -2 },
  '111': { name: 'Criticize or denounce', goldstein: -2 },
  '112': { name: 'Accuse', goldstein: -2 },
  '113': { name: 'Rally opposition against', goldstein: -2 },
  '114': { name: 'Complain officially', goldstein: -2 },
  '115': { name: 'Bring lawsuit against', goldstein: -2 },
  '116': { name: 'Find guilty or liable (legally)', goldstein: -2 },
  '120': { name: 'Reject', goldstein: -4 },
  '121': { name: 'Reject material cooperation', goldstein: -4 },
  '122': { name: 'Reject request or demand for aid', goldstein: -4 },
  '123': { name: 'Reject request or demand for political reform', goldstein: -4 },
  '124': { name: 'Refuse to yield', goldstein: -5 },
  '125': { name: 'Reject proposal to meet, discuss, or negotiate', goldstein: -5 },
  '126': { name: 'Reject mediation', goldstein: -5 },
  '127': { name: 'Reject plan, agreement to settle dispute', goldstein: -5 },
  '128': { name: 'Defy norms, law', goldstein: -5 },
  '129': { name: 'Veto', goldstein: -5 },
  '130': { name: 'Threaten', goldstein: -4.4 },
  '131': { name: 'Threaten non-force', goldstein: -5.8 },
  '132': { name: 'Threaten with administrative sanctions', goldstein: -5.8 },
  '133': { name: 'Threaten with political dissent, protest', goldstein: -5.8 },
  '134': { name: 'Threaten to halt negotiations', goldstein: -5.8 },
  '135': { name: 'Threaten to halt mediation', goldstein: -5.8 },
  '136': { name: 'Threaten to halt international involvement', goldstein: -7 },
  '137': { name: 'Threaten with violent repression', goldstein: -7 },
  '138': { name: 'Threaten to use military force', goldstein: -7 },
  '139': { name: 'Give ultimatum', goldstein: -7 },
  '140': { name: 'Engage in political dissent', goldstein: -6.5 },
  '141': { name: 'Demonstrate or rally', goldstein: -6.5 },
  '142': { name: 'Conduct hunger strike', goldstein: -6.5 },
  '143': { name: 'Conduct strike or boycott', goldstein: -6.5 },
  '144': { name: 'Obstruct passage, block', goldstein: -7.5 },
  '145': { name: 'Protest violently, riot', goldstein: -7.5 },
  '150': { name: 'Exhibit military posture', goldstein: -7.2 },
  '151': { name: 'Increase police alert status', goldstein: -7.2 },
  '152': { name: 'Increase military alert status', goldstein: -7.2 },
  '153': { name: 'Mobilize or increase police power', goldstein: -7.2 },
  '154': { name: 'Mobilize or increase armed forces', goldstein: -7.2 },
  '160': { name: 'Reduce relations', goldstein: -4 },
  '161': { name: 'Reduce or break diplomatic relations', goldstein: -4 },
  '162': { name: 'Reduce or stop material aid', goldstein: -5.6 },
  '163': { name: 'Impose embargo, boycott, or sanctions', goldstein: -8 },
  '164': { name: 'Halt negotiations', goldstein: -7 },
  '165': { name: 'Halt mediation', goldstein: -7 },
  '166': { name: 'Expel or withdraw', goldstein: -7 },
  '170': { name: 'Coerce', goldstein: -7 },
  '171': { name: 'Seize or damage property', goldstein: -9.2 },
  '172': { name: 'Impose administrative sanctions', goldstein: -5 },
  '173': { name: 'Arrest, detain, or charge with legal action', goldstein: -5 },
  '174': { name: 'Expel or deport individuals', goldstein: -5 },
  '175': { name: 'Use tactics of violent repression', goldstein: -9 },
  '180': { name: 'Use unconventional violence', goldstein: -9 },
  '181': { name: 'Abduct, hijack, or take hostage', goldstein: -9 },
  '182': { name: 'Physically assault', goldstein: -9.5 },
  '183': { name: 'Conduct suicide, car, or other non-military bombing', goldstein: -10 },
  '184': { name: 'Use as human shield', goldstein: -8 },
  '185': { name: 'Attempt to assassinate', goldstein: -8 },
  '186': { name: 'Assassinate', goldstein: -10 },
  '190': { name: 'Use conventional military force', goldstein: -10 },
  '191': { name: 'Impose blockade, restrict movement', goldstein: -9.5 },
  '192': { name: 'Occupy territory', goldstein: -9.5 },
  '193': { name: 'Fight with small arms and light weapons', goldstein: -10 },
  '194': { name: 'Fight with artillery and tanks', goldstein: -10 },
  '195': { name: 'Employ aerial weapons', goldstein: -10 },
  '196': { name: 'Violate ceasefire', goldstein: -9.5 },
  '200': { name: 'Use unconventional mass violence', goldstein: -10 },
  '201': { name: 'Engage in mass expulsion', goldstein: -9.5 },
  '202': { name: 'Engage in mass killings', goldstein: -10 },
  '203': { name: 'Engage in ethnic cleansing', goldstein: -10 },
  '204': { name: 'Use weapons of mass destruction', goldstein: -10 },
};

/** The root (two-digit category) of a code: "0871" -> "08". */
export function cameoRoot(code: CameoCode): string {
  return code.slice(0, 2);
}

/** Goldstein weight of a code, falling back to its three-digit parent, then its root. */
export function goldsteinOf(code: CameoCode): number {
  const info = CAMEO_CODES[code] ?? CAMEO_CODES[code.slice(0, 3)] ?? CAMEO_CODES[cameoRoot(code) + '0'];
  return info ? info.goldstein : 0;
}

/** QuadClass as CAMEO defines it: roots 01-05 verbal cooperation, 06-08 material cooperation,
 * 09-13 verbal conflict, 14-20 material conflict. */
export function quadClassOf(code: CameoCode): QuadClass {
  const root = Number(cameoRoot(code));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** PLOVER event types (the CAMEO successor ontology), mapped from CAMEO codes. */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT' | 'OTHER';

const PLOVER_BY_ROOT: Record<string, PloverType> = {
  '01': 'OTHER', '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE',
  '07': 'AID', '08': 'CONCEDE', '09': 'ACCUSE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT',
  '13': 'THREATEN', '14': 'PROTEST', '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE',
  '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

/** Codes whose PLOVER type differs from their root's. */
const PLOVER_BY_CODE: Record<string, PloverType> = {
  '013': 'SUPPORT', '015': 'CONCEDE', '016': 'REJECT', '018': 'SUPPORT', '019': 'AGREE',
  '057': 'AGREE', '087': 'RETREAT', '0871': 'RETREAT', '0874': 'RETREAT', '172': 'SANCTION',
};

export function ploverOf(code: CameoCode): PloverType {
  return PLOVER_BY_CODE[code] ?? PLOVER_BY_CODE[code.slice(0, 3)] ?? PLOVER_BY_ROOT[cameoRoot(code)] ?? 'OTHER';
}
