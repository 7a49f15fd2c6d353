/**
 * From tokens to actors: which entity a token belongs to, and which actors (entity plus
 * CAMEO actor code) a noun phrase names: "Russian officials" is Russia's government,
 * "Russian and U.S. officials" two sides, "Kremlin aide Yury Ushakov" the person.
 */
import type { ActorCode, Entity } from '../types.js';
import { namedActorCode } from '../../lexicon/cameo/actors.js';
import { tokenRange } from '../../text/token.js';
import { caseOf, childrenWith, withConjuncts, type DepTree } from './tree.js';

const MEETING_NOUNS = new Set(['talks', 'talk', 'meeting', 'meetings', 'discussion', 'discussions', 'negotiations', 'summit', 'session', 'consultations', 'dialogue']);
const TOPIC_CASES = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
const PLACE_CASES = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'during', 'since', 'after', 'before']);

export interface Side {
  entity: Entity;
  actor: ActorCode | null;
  /** The token that named the side. */
  token: number;
}

/** Role nouns and the CAMEO role code they add to a country ("Russian officials" -> RUSGOV). */
const ROLE_NOUNS: Readonly<Record<string, string>> = {
  official: 'GOV', officials: 'GOV', delegate: 'GOV', delegates: 'GOV', delegation: 'GOV', delegations: 'GOV',
  government: 'GOV', governments: 'GOV', diplomat: 'GOV', diplomats: 'GOV', minister: 'GOV', ministers: 'GOV',
  leader: 'GOV', leaders: 'GOV', president: 'GOV', envoy: 'GOV', envoys: 'GOV', negotiators: 'GOV', negotiator: 'GOV',
  authorities: 'GOV', administration: 'GOV', ministry: 'GOV', cabinet: 'GOV', regime: 'GOV', ambassador: 'GOV',
  side: 'GOV', team: 'GOV', lawmakers: 'LEG', parliament: 'LEG', legislators: 'LEG', senators: 'LEG',
  troops: 'MIL', forces: 'MIL', force: 'MIL', soldiers: 'MIL', military: 'MIL', army: 'MIL', navy: 'MIL', jets: 'MIL',
  warplanes: 'MIL', aircraft: 'MIL', drones: 'MIL', artillery: 'MIL', militaries: 'MIL', commanders: 'MIL',
  police: 'COP', rebels: 'REB', insurgents: 'REB', militants: 'REB', separatists: 'REB', opposition: 'OPP',
  protesters: 'CVL', protestors: 'CVL', demonstrators: 'CVL', civilians: 'CVL', students: 'EDU', businesses: 'BUS',
  companies: 'BUS', firms: 'BUS', media: 'MED', journalists: 'MED', courts: 'JUD', court: 'JUD', judges: 'JUD', judge: 'JUD',
  prosecutors: 'JUD', refugees: 'REF', workers: 'LAB', unions: 'LAB',
};

/** For each token, the index of the entity one of whose mentions covers it, or -1. */
export function tokenEntities(tree: DepTree, entities: readonly Entity[]): Int32Array {
  const tokens = tree.doc.tokens;
  const map = new Int32Array(tokens.length).fill(-1);
  entities.forEach((e, ei) => {
    for (const m of e.mentions) {
      const [from, to] = tokenRange(tokens, m.start, m.end);
      for (let t = from; t < to; t++) if (map[t] < 0) map[t] = ei;
    }
  });
  return map;
}

/** The entity's own actor code, else its country, else the actor dictionary's code for a bare name ("Hamas", "Putin"). */
export function baseActor(entity: Entity): ActorCode | null {
  if (entity.actor || entity.country) return entity.actor ?? entity.country ?? null;
  // Places proper are not in the dictionary; a "LOC" named Hezbollah is a group the tagger mistyped.
  if (entity.type === 'GPE' || entity.type === 'FAC') return null;
  return namedActorCode(entity.name) ?? null;
}

/** The actor code of an entity, given the head noun of its phrase ("Russian officials" -> RUSGOV). */
export function actorFor(entity: Entity, headWord: string | null): ActorCode | null {
  const role = headWord ? ROLE_NOUNS[headWord] : undefined;
  const base = baseActor(entity);
  const isPlace = entity.type === 'GPE' || entity.type === 'NORP' || entity.type === 'LOC';
  if (role && isPlace && entity.country) return entity.country + role;
  // A bare country or group code takes the role: "Hamas militants" PSEREB, "Kurdish militants" KURREB.
  if (role && base && base.length === 3) return base + role;
  return base;
}

/** The CAMEO role code a head noun gives ("officials" GOV), if any. */
export function roleOf(word: string): string | undefined {
  return ROLE_NOUNS[word];
}

/** Dependents of a noun that can name whose it is: "Russian officials", "U.S. Secretary", "officials from Russia". */
const MODIFIER_RELS = ['amod', 'compound', 'nmod', 'flat', 'appos', 'nmod:poss', 'det:poss'];

/**
 * The actors a noun phrase headed by `head` names. The head itself if an entity covers it;
 * else entities among its modifiers ("Russian officials"), with their conjuncts.
 */
export function sidesOf(tree: DepTree, ents: Int32Array, entities: readonly Entity[], head: number): Side[] {
  const out: Side[] = [];
  const seen = new Set<number>();
  const add = (ei: number, token: number, headWord: string | null) => {
    if (ei < 0 || seen.has(ei)) return;
    seen.add(ei);
    out.push({ entity: entities[ei], actor: actorFor(entities[ei], headWord), token });
  };
  for (const h of withConjuncts(tree, head)) {
    if (ents[h] >= 0) {
      add(ents[h], h, null);
      continue;
    }
    const word = tree.lower[h];
    for (const m of childrenWith(tree, h, ...MODIFIER_RELS)) {
      // "airstrikes against militants in Iraq": a place phrase is where, not who.
      if (PLACE_CASES.has(caseOf(tree, m))) continue;
      // "talks on Tehran's nuclear programme": the topic of a meeting is not a party to it.
      if (MEETING_NOUNS.has(word) && TOPIC_CASES.has(caseOf(tree, m))) continue;
      // "officials from Russia" yes; "talks on Ukraine" would be a topic, but the caller only asks about actor nouns.
      for (const mm of withConjuncts(tree, m)) {
        if (ents[mm] >= 0) add(ents[mm], mm, word);
        else for (const inner of childrenWith(tree, mm, 'compound', 'flat', 'amod')) if (ents[inner] >= 0) add(ents[inner], inner, word);
      }
    }
  }
  return out;
}

/**
 * Entities for dictionary actors no entity covers ("Hamas rejected the proposal" when the
 * tagger missed "Hamas"): proper-noun runs whose name the CAMEO actor dictionary knows.
 * Returns the new entities; ids continue the list's numbering.
 */
export function dictionaryActors(tree: DepTree, ents: Int32Array, entities: readonly Entity[]): Entity[] {
  const { doc } = tree;
  const added = new Map<string, Entity>();
  let next = 1 + entities.reduce((m, e) => Math.max(m, Number(/^E(\d+)$/.exec(e.id)?.[1] ?? 0)), entities.length);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (ents[i] >= 0 || doc.upos[i] !== 'PROPN') continue;
    let j = i;
    while (j + 1 < doc.tokens.length && ents[j + 1] < 0 && doc.upos[j + 1] === 'PROPN' && j - i < 3) j++;
    const name = doc.text.slice(doc.tokens[i].start, doc.tokens[j].end);
    const code = namedActorCode(name);
    if (code) {
      const key = name.toLowerCase();
      let e = added.get(key);
      if (!e) {
        e = { id: `E${next++}`, type: code.endsWith('GOV') ? 'PERSON' : 'ORG', name, mentions: [], actor: code };
        added.set(key, e);
      }
      e.mentions.push({ start: doc.tokens[i].start, end: doc.tokens[j].end, text: name });
    }
    i = j;
  }
  return [...added.values()];
}
