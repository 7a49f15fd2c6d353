/**
 * English inflection for the event lexicon: maps the inflected forms of its verbs and
 * nouns back to their lemmas, so the extractor needs no lemmatiser model.
 */

/** Irregular verbs the lexicon uses: lemma -> [past, past participle]. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  hold: ['held', 'held'], meet: ['met', 'met'], strike: ['struck', 'struck'], make: ['made', 'made'],
  give: ['gave', 'given'], take: ['took', 'taken'], fight: ['fought', 'fought'], shoot: ['shot', 'shot'],
  break: ['broke', 'broken'], seek: ['sought', 'sought'], lay: ['laid', 'laid'], pay: ['paid', 'paid'],
  go: ['went', 'gone'], fly: ['flew', 'flown'], beat: ['beat', 'beaten'], withdraw: ['withdrew', 'withdrawn'],
  set: ['set', 'set'], put: ['put', 'put'], cut: ['cut', 'cut'], hit: ['hit', 'hit'], send: ['sent', 'sent'],
  lend: ['lent', 'lent'], build: ['built', 'built'], speak: ['spoke', 'spoken'], forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'], slay: ['slew', 'slain'], blow: ['blew', 'blown'], undertake: ['undertook', 'undertaken'],
  overrun: ['overran', 'overrun'], sit: ['sat', 'sat'], bring: ['brought', 'brought'], lead: ['led', 'led'],
  begin: ['began', 'begun'], run: ['ran', 'run'], keep: ['kept', 'kept'], find: ['found', 'found'],
  see: ['saw', 'seen'], come: ['came', 'come'], stand: ['stood', 'stood'], shed: ['shed', 'shed'],
  ink: ['inked', 'inked'], draw: ['drew', 'drawn'], tell: ['told', 'told'], say: ['said', 'said'],
  swear: ['swore', 'sworn'], rise: ['rose', 'risen'], win: ['won', 'won'], teach: ['taught', 'taught'],
  do: ['did', 'done'], have: ['had', 'had'], be: ['was', 'been'], sell: ['sold', 'sold'], wage: ['waged', 'waged'],
};

const VOWELS = 'aeiou';

/** Whether a one-syllable-final consonant doubles before -ed/-ing ("ban" -> "banned"). */
function doubles(lemma: string): boolean {
  const n = lemma.length;
  if (n < 3) return false;
  const [a, b, c] = [lemma[n - 3], lemma[n - 2], lemma[n - 1]];
  if (VOWELS.includes(c) || 'wxy'.includes(c) || !VOWELS.includes(b) || VOWELS.includes(a)) return false;
  // Stress falls on the last syllable only in short verbs and a few known longer ones.
  const syllables = lemma.match(/[aeiouy]+/g)?.length ?? 1;
  return syllables === 1 || ['occur', 'compel', 'patrol', 'rebel', 'expel', 'propel', 'repel', 'refer', 'prefer', 'abet', 'regret', 'commit', 'permit', 'submit', 'admit', 'omit', 'control'].includes(lemma);
}

/** All forms of a verb lemma: base, -s, -ed (or irregular), -ing. */
export function verbForms(lemma: string): string[] {
  const out = new Set<string>([lemma]);
  if (/(s|x|z|ch|sh)$/.test(lemma)) out.add(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) out.add(lemma.slice(0, -1) + 'ies');
  else if (lemma.endsWith('o')) out.add(lemma + 'es');
  else out.add(lemma + 's');
  const irr = IRREGULAR[lemma];
  if (irr) {
    out.add(irr[0]);
    out.add(irr[1]);
  }
  const stem = doubles(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
  if (lemma.endsWith('ee')) {
    // "agree" -> "agreed", "agreeing"; "free" -> "freed".
    if (!irr) out.add(lemma + 'd');
    out.add(lemma + 'ing');
  } else if (lemma.endsWith('e')) {
    if (!irr) out.add(lemma + 'd');
    out.add(lemma.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(lemma)) {
    if (!irr) out.add(lemma.slice(0, -1) + 'ied');
    out.add(lemma + 'ing');
  } else {
    if (!irr) out.add(stem + 'ed');
    out.add(stem + 'ing');
  }
  return [...out];
}

/** Singular and plural of a noun lemma. */
export function nounForms(lemma: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(lemma)) return [lemma, lemma + 'es'];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, lemma.slice(0, -1) + 'ies'];
  return [lemma, lemma + 's'];
}
