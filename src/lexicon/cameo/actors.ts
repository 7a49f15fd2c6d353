/**
 * A small CAMEO actor dictionary for the event coder: named actors news mentions bare,
 * without the title or demonym the entity resolver reads roles from ("Putin met Kim").
 * Leaders carry their country's GOV code as of early 2025: a fallback that ages, which is
 * why the event coder uses it only when the entity itself has no actor code, and the
 * store's knowledge base, learned from titles in the text, is what keeps actors current.
 */
import type { ActorCode } from '../../extract/types.js';

const ACTORS: Readonly<Record<ActorCode, readonly string[]>> = {
  // Armed and political groups are in src/lexicon/groups.ts, where the entity resolver
  // finds them; peoples without a state of their own stay here.
  KUR: ['kurdish', 'kurds', 'kurd'],
  MMR: ['rohingya'],
  // Heads of state and government, and foreign ministers, as of early 2025
  USAGOV: ['biden', 'joe biden', 'trump', 'donald trump', 'blinken', 'antony blinken', 'rubio', 'marco rubio', 'kamala harris', 'vance', 'jd vance', 'hegseth', 'lloyd austin', 'witkoff'],
  RUSGOV: ['putin', 'vladimir putin', 'lavrov', 'sergei lavrov', 'peskov', 'dmitry peskov', 'medvedev', 'shoigu', 'mishustin'],
  UKRGOV: ['zelenskiy', 'zelensky', 'zelenskyy', 'volodymyr zelenskiy', 'volodymyr zelensky', 'sybiha', 'kuleba', 'yermak'],
  CHNGOV: ['xi', 'xi jinping', 'wang yi', 'li qiang'],
  PRKGOV: ['kim jong un', 'kim jong-un'],
  INDGOV: ['modi', 'narendra modi', 'jaishankar'],
  ISRGOV: ['netanyahu', 'benjamin netanyahu', 'herzog', 'gallant', 'katz', 'israel katz', "gideon sa'ar"],
  TURGOV: ['erdogan', 'recep tayyip erdogan', 'fidan', 'hakan fidan'],
  FRAGOV: ['macron', 'emmanuel macron', 'barrot'],
  DEUGOV: ['scholz', 'olaf scholz', 'merz', 'friedrich merz', 'baerbock', 'annalena baerbock', 'pistorius'],
  GBRGOV: ['starmer', 'keir starmer', 'lammy', 'david lammy', 'sunak'],
  IRNGOV: ['khamenei', 'pezeshkian', 'araghchi', 'abbas araghchi'],
  SAUGOV: ['mohammed bin salman', 'bin salman'],
  BLRGOV: ['lukashenko', 'alexander lukashenko'],
  HUNGOV: ['orban', 'viktor orban'],
  BRAGOV: ['lula', 'luiz inacio lula da silva'],
  VENGOV: ['maduro', 'nicolas maduro'],
  JPNGOV: ['ishiba', 'shigeru ishiba'],
  KORGOV: ['yoon', 'yoon suk yeol'],
  POLGOV: ['tusk', 'donald tusk', 'duda', 'sikorski'],
  ITAGOV: ['meloni', 'giorgia meloni'],
  CANGOV: ['trudeau', 'justin trudeau', 'carney'],
  EGYGOV: ['sisi', 'el-sisi', 'abdel fattah el-sisi'],
  SYRGOV: ['al-sharaa', 'sharaa', 'assad', 'bashar al-assad'],
  PAKGOV: ['sharif', 'shehbaz sharif'],
  SRBGOV: ['vucic', 'aleksandar vucic'],
  QATGOV: ['al thani'],
};

const byName = new Map<string, ActorCode>();
for (const [code, names] of Object.entries(ACTORS)) for (const n of names) if (!byName.has(n)) byName.set(n, code);

/** Folds accents, case, possessive endings and spacing: "Zelenskiy’s" -> "zelenskiy". */
function key(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/\s+/g, ' ').trim();
}

/** The CAMEO actor code of a bare actor name, or undefined. Full name first, then its last word. */
export function namedActorCode(name: string): ActorCode | undefined {
  const k = key(name);
  return byName.get(k) ?? (k.includes(' ') ? byName.get(k.slice(k.lastIndexOf(' ') + 1)) : undefined);
}
