/**
 * The cue lexicon: the verbs and phrases that introduce what someone said, wrote or
 * thinks. Each word form maps to its lemma and class:
 *
 * - `speech`: verbs of saying; they take a direct quote or a reported clause.
 * - `think`: verbs of belief, wish and perception; reported only (no direct quotes),
 *   and only when a clause or a "that" follows.
 * - `weak`: verbs that are cues only with an explicit "that" clause or right beside a
 *   quotation ("show", "find", "call").
 *
 * `object` marks verbs whose addressee sits between verb and content ("told reporters
 * that", "warned Moscow that"); `infinitive` those whose content may be a to-clause
 * ("wants to", "urged Congress to").
 */

export type CueClass = 'speech' | 'think' | 'weak';

export interface CueWord {
  lemma: string;
  cls: CueClass;
  /** The verb takes an addressee object before its content. */
  object: boolean;
  /** The verb takes a to-infinitive as content. */
  infinitive: boolean;
  /** Present participle ("saying", "adding"): its subject is the clause's speaker. */
  participle: boolean;
}

/** lemma -> irregular forms [3sg, past, past participle, -ing] where they differ from the rules. */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  find: ['finds', 'found', 'found', 'finding'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  read: ['reads', 'read', 'read', 'reading'],
  hold: ['holds', 'held', 'held', 'holding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  bet: ['bets', 'bet', 'bet', 'betting'],
  seek: ['seeks', 'sought', 'sought', 'seeking'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  commit: ['commits', 'committed', 'committed', 'committing'],
  plan: ['plans', 'planned', 'planned', 'planning'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  omit: ['omits', 'omitted', 'omitted', 'omitting'],
};

const SPEECH = [
  'say', 'add', 'write', 'note', 'argue', 'claim', 'insist', 'announce', 'declare', 'state', 'explain',
  'tweet', 'respond', 'reply', 'answer', 'acknowledge', 'admit', 'confirm', 'deny', 'suggest',
  'predict', 'report', 'recall', 'remark', 'comment', 'conclude', 'stress', 'emphasize', 'emphasise',
  'assert', 'contend', 'maintain', 'complain', 'vow', 'pledge', 'promise', 'concede', 'reiterate',
  'observe', 'joke', 'quip', 'boast', 'testify', 'allege', 'charge', 'mention', 'lament', 'muse',
  'shout', 'yell', 'exclaim', 'whisper', 'speculate', 'estimate', 'forecast', 'hint', 'counter',
  'retort', 'proclaim', 'repeat', 'reveal', 'disclose', 'post', 'write', 'caution', 'add', 'continue',
  'agree', 'disagree', 'signal', 'indicate', 'wonder', 'question', 'propose', 'recommend', 'demand',
  'brag', 'scoff', 'sniff', 'snap', 'declare', 'thunder', 'gush', 'cry', 'plead', 'recount', 'relate',
  'specify', 'clarify', 'posit', 'theorize', 'surmise', 'opine', 'summarize', 'predict', 'grumble',
  'mutter', 'chide', 'scold', 'concur', 'object', 'protest', 'affirm', 'aver', 'attest', 'swear',
  'threaten', 'ask', 'inquire', 'urge', 'warn', 'tell', 'assure', 'inform', 'remind', 'advise',
  'criticize', 'criticise', 'accuse', 'blame', 'praise', 'slam', 'blast', 'dismiss', 'describe',
  'decry', 'denounce', 'insist', 'speak', 'rebut', 'shoot', 'point',
  // Speech acts around short quotations: chants, interjections, quoted words.
  'chant', 'mouth', 'scream', 'interject', 'interrupt', 'sigh', 'echo', 'confide', 'bemoan', 'groan', 'gripe',
  'intone', 'quote', 'holler', 'sneer', 'marvel', 'tout',
];

const THINK = [
  'think', 'believe', 'feel', 'hope', 'fear', 'expect', 'know', 'doubt', 'worry', 'understand',
  'want', 'wish', 'assume', 'suspect', 'realize', 'realise', 'figure', 'guess', 'imagine', 'suppose',
  'consider', 'reckon', 'foresee', 'anticipate', 'acknowledge', 'recognize', 'recognise', 'bet',
  'plan', 'intend', 'seek', 'refuse', 'decline', 'prefer', 'regret', 'envision', 'trust',
];

const WEAK = ['show', 'find', 'call', 'see', 'learn', 'read', 'discover', 'conclude', 'determine', 'prove', 'hear'];

/** Verbs with an addressee object between verb and content. */
const OBJECT = new Set(['tell', 'assure', 'inform', 'remind', 'advise', 'warn', 'urge', 'ask', 'promise', 'accuse', 'criticize', 'criticise', 'blame', 'praise']);

/** Verbs whose content may be a to-infinitive. */
const INFINITIVE = new Set([
  'want', 'wish', 'hope', 'expect', 'plan', 'intend', 'seek', 'refuse', 'decline', 'promise', 'vow', 'pledge',
  'threaten', 'urge', 'ask', 'agree', 'prefer', 'demand', 'propose', 'swear', 'tell', 'warn', 'advise', 'remind',
]);

function regularForms(lemma: string): string[] {
  const base = lemma;
  const s = /(?:s|sh|ch|x|z)$/u.test(base) ? base + 'es' : /[^aeiou]y$/u.test(base) ? base.slice(0, -1) + 'ies' : base + 's';
  const ed = base.endsWith('e') ? base + 'd' : /[^aeiou]y$/u.test(base) ? base.slice(0, -1) + 'ied' : base + 'ed';
  const ing = base.endsWith('ie') ? base.slice(0, -2) + 'ying' : base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [s, ed, ed, ing];
}

function build(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  const addLemma = (lemma: string, cls: CueClass): void => {
    const forms = IRREGULAR[lemma] ?? regularForms(lemma);
    const all = [lemma, ...forms];
    for (const form of all) {
      const prev = map.get(form);
      // A speech reading wins over belief or weak readings of the same form.
      if (prev && (prev.cls === 'speech' || cls !== 'speech')) continue;
      map.set(form, {
        lemma,
        cls,
        object: OBJECT.has(lemma),
        infinitive: INFINITIVE.has(lemma),
        participle: form.endsWith('ing') && form !== lemma,
      });
    }
  };
  for (const l of SPEECH) addLemma(l, 'speech');
  for (const l of THINK) addLemma(l, 'think');
  for (const l of WEAK) addLemma(l, 'weak');
  return map;
}

const CUES = build();

/** The cue reading of a word form (lower case), if it has one. */
export function cueWord(lower: string): CueWord | undefined {
  return CUES.get(lower);
}

/** Nouns that head a nominal cue: "in a statement", "in an interview with". */
export const STATEMENT_NOUNS = new Set([
  'statement', 'interview', 'tweet', 'tweets', 'post', 'op-ed', 'letter', 'speech', 'remarks', 'email',
  'e-mail', 'memo', 'filing', 'release', 'video', 'message', 'essay', 'column', 'briefing', 'report',
  'testimony', 'address', 'post', 'blog', 'editorial', 'announcement',
]);

/**
 * Forms that are more often nouns than verbs ("state broadcaster", "the reports"): cues
 * only right after a name, a pronoun or an auxiliary.
 */
export const NOUNISH = new Set([
  'state', 'states', 'hold', 'holds', 'point', 'points', 'post', 'posts', 'report', 'reports', 'question', 'questions',
  'object', 'objects', 'charge', 'charges', 'counter', 'comment', 'comments', 'signal', 'signals', 'caution',
  'estimate', 'estimates', 'forecast', 'forecasts', 'plan', 'plans', 'show', 'shows', 'call', 'calls', 'read', 'answer',
  'answers', 'reply', 'replies', 'note', 'notes', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'claim',
  'claims', 'fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts', 'worry', 'worries', 'guess', 'bet', 'demand',
  'demands', 'joke', 'jokes', 'boast', 'protest', 'protests', 'praise', 'blame', 'slam', 'blast', 'find', 'finds',
  'hint', 'hints', 'tweet', 'tweets', 'remark', 'remarks', 'repeat', 'cry', 'cries', 'plea', 'trust', 'wish',
  'wishes', 'address', 'advise', 'release', 'decline', 'declines', 'concern', 'regret', 'regrets', 'snap', 'shoot',
  'answer', 'reveal', 'speak', 'see', 'sees', 'know', 'want', 'wants', 'seek', 'insist', 'continue', 'agree', 'feel',
]);

/** Words after which a "said"-like verb is an adjective or passive, not a cue with a subject. */
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', "'s", '’s', 'get', 'got']);
