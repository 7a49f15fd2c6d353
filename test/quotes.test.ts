import { test } from 'node:test';
import assert from 'node:assert/strict';
import { growthFactor } from './helpers/scaling.js';
import { makeDoc } from '../src/text/doc.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { find, plain, slice, speakerName, type Run } from './helpers/quote-runs.js';
import type { Entity } from '../src/extract/types.js';

test('direct quote with the attribution after it, speaker and cue', () => {
  const r = plain('“The harbour will reopen next month,” Port Director Anna Kowalski said on Monday.');
  const q = find(r, 'harbour will reopen');
  assert.equal(q.kind, 'direct');
  assert.equal(slice(r.text, q.cue), 'said');
  assert.match(slice(r.text, q.speakerMention), /Anna Kowalski/);
  assert.equal(speakerName(r, q), 'Anna Kowalski');
});

test('words before a quoted end belong to the content: "The plan will fail “in every region,” she said" is mixed', () => {
  const r = plain('The new levy on grain exports will hurt farmers “in every single region,” Senator Maria Oyelaran said on Tuesday.');
  const q = find(r, 'in every single region');
  assert.equal(q.kind, 'mixed');
  assert.ok(slice(r.text, q).startsWith('The new levy'), slice(r.text, q));
  assert.match(slice(r.text, q.speakerMention), /Oyelaran/);
  // A dateline or lead-in ended by a dash stays out; a quote opening the sentence stays direct.
  const r2 = plain('LAGOS — Officials said the port would reopen “within a fortnight,” a spokesman added. “We are ready,” he said.');
  assert.ok(!slice(r2.text, find(r2, 'within a fortnight')).includes('LAGOS'));
  assert.equal(find(r2, 'We are ready').kind, 'direct');
});

test('inverted attribution: said the minister', () => {
  const r = plain('"We will not sign this treaty," said Foreign Minister Pedro Alvarenga.');
  const q = find(r, 'not sign this treaty');
  assert.equal(q.kind, 'direct');
  assert.match(slice(r.text, q.speakerMention), /Alvarenga/);
});

test('addressee or medium after "told"', () => {
  const r = plain('“The talks were useful,” envoy Lars Berg told public broadcaster Radio North after the session.');
  const q = find(r, 'talks were useful');
  assert.equal(slice(r.text, q.cue), 'told');
  assert.equal(slice(r.text, q.addressee), 'public broadcaster Radio North');
});

test('a colon after the attribution, and « » marks', () => {
  const r = plain('Mayor Ines Varga wrote: «The bridge stays closed until the inspection is done.»');
  const q = find(r, 'bridge stays closed');
  assert.equal(q.kind, 'direct');
  assert.equal(slice(r.text, q.cue), 'wrote');
  assert.equal(speakerName(r, q), 'Ines Varga');
});

test('colon cue without a speech verb takes the clause subject', () => {
  const r = plain('Senator Mark Oduya went further: “This budget is a disgrace to the whole chamber.”');
  const q = find(r, 'budget is a disgrace');
  assert.equal(slice(r.text, q.cue), ':');
  assert.match(slice(r.text, q.speakerMention), /Oduya/);
});

test('a quote split by its attribution has one speaker', () => {
  const r = plain('“We came in good faith,” she said, “and we leave with a plan.” Earlier, Minister Ruth Amadi had met the delegation.', [
    { id: 'E1', type: 'PERSON', name: 'Ruth Amadi', mentions: [] },
  ]);
  const a = find(r, 'good faith');
  const b = find(r, 'leave with a plan');
  assert.equal(a.kind, 'direct');
  assert.equal(b.kind, 'direct');
  assert.deepEqual(a.speakerMention, b.speakerMention);
  assert.equal(slice(r.text, a.speakerMention), 'she');
});

test('a pronoun resolves to the latest person named before it', () => {
  const r = plain('Prime Minister Tomas Halloran arrived in Oslo on Friday. “The agreement is within reach,” he said.');
  const q = find(r, 'agreement is within reach');
  assert.equal(slice(r.text, q.speakerMention), 'he');
  // No entity for Halloran is given and none is said: the pronoun finds no speaker rather than a guess.
  assert.equal(q.speaker, null);
  const withEntity = plain(r.text, [{ id: 'E1', type: 'PERSON', name: 'Tomas Halloran', mentions: [{ start: 15, end: 29, text: 'Tomas Halloran' }] }]);
  assert.equal(find(withEntity, 'agreement').speaker, 'E1');
});

test('a quote running over several paragraphs keeps its speaker', () => {
  const text = 'Analyst Mira Solberg said: “The first problem is money. The budget is short.\n\n“The second problem is time, and nobody has enough of it.”';
  const r = plain(text);
  const first = find(r, 'first problem is money');
  const second = find(r, 'second problem is time');
  assert.equal(second.kind, 'direct');
  assert.equal(second.speaker, first.speaker);
  assert.ok(second.speaker !== null);
});

test('a quote continued in the next sentence carries the speaker over', () => {
  const r = plain('“Prices have doubled since spring,” trader Olga Nemeth said. “Nobody can plan a harvest like this.”');
  const q = find(r, 'Nobody can plan');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue, null);
  assert.equal(speakerName(r, q), 'Olga Nemeth');
});

test('quoted words inside a reported sentence make a mixed quote', () => {
  const r = plain('General Aziz Karimov said the offensive had been a “complete success” for the army.');
  const q = find(r, 'complete success');
  assert.equal(q.kind, 'mixed');
  assert.match(slice(r.text, q), /^the offensive/);
  assert.match(slice(r.text, q.speakerMention), /Karimov/);
});

test('scare quotes, titles and nicknames are not speech', () => {
  const r = plain('The so-called “peace dividend” never came. She starred in “The Long Winter Road” last year. Fans call him “the Hammer” everywhere.');
  assert.equal(r.quotes.length, 0, JSON.stringify(r.quotes.map((q) => slice(r.text, q))));
});

test('titles of works: joined titles, possessives, a film ending in "!", "according to"', () => {
  const r = plain(
    'Okafor, who has starred in “Harbour Lights” and “Children of the Delta,” posted the clip on Friday. ' +
      'The minister said so in an interview with “Sunday Briefing.” She once acted in the film “Flood Season: Run For It!” ' +
      'According to “Nigeria’s Long Road Back,” by Ada Eze, the plan failed. In his memoir, “A Time to Build,” he praised the ministry.',
  );
  assert.equal(r.quotes.filter((q) => q.kind === 'direct').length, 0, JSON.stringify(r.quotes.map((q) => slice(r.text, q))));
});

test('a title inside reported words still makes a mixed quote', () => {
  const r = plain('Mensah said he had watched “The Long Winter Road” twice before the vote.');
  const q = find(r, 'watched');
  assert.equal(q.kind, 'mixed');
});

test('the subject past a time phrase, a parenthesis and an opening participle clause', () => {
  let r = plain('Senator Maria Lopez (D-N.M.) on Saturday criticized the accord, saying it goes “nowhere near far enough.”');
  let q = find(r, 'nowhere near');
  assert.match(slice(r.text, q.speakerMention), /Lopez/);
  r = plain('Asked which county in the state was his favourite, Governor Tomas Reyes demurred: “Whichever one I am in at the moment.”');
  q = find(r, 'Whichever one');
  assert.match(slice(r.text, q.speakerMention), /Reyes/);
});

test('a quotation followed by a subject whose cue has its own clause is not that cue\'s', () => {
  const r = plain('Walking in to chants of “Marco! Marco!,” the senator said his campaign was “closing really strong.”');
  const q = find(r, 'his campaign');
  assert.equal(q.kind, 'mixed');
  assert.equal(slice(r.text, q.cue), 'said');
  assert.ok(!r.quotes.some((x) => slice(r.text, x.cue) === 'said' && slice(r.text, x).startsWith('Marco')));
});

test('labels through "as" and after an adverb are mixed quotes; naming uses are not', () => {
  let r = plain('Governor Dale Hutton refers to the candidate as “Mr. Varga” in every interview.');
  let q = find(r, 'the candidate as');
  assert.equal(q.kind, 'mixed');
  assert.equal(slice(r.text, q.cue), 'refers');
  assert.match(slice(r.text, q.speakerMention), /Hutton/);
  r = plain('Pastor Glenn Marsh has also called the senator “the next George Washington.”');
  q = find(r, 'the senator');
  assert.equal(slice(r.text, q.cue), 'called');
  r = plain('The plan is also called the “Clean Slate Act” by its sponsors.');
  assert.equal(r.quotes.length, 0, JSON.stringify(r.quotes.map((x) => slice(r.text, x))));
});

test('"she" and "he" go to a person of fitting gender, known from the first name or Mr./Ms.', () => {
  const r = plain('“We will talk again,” Margaret Okafor said. “The minister agreed,” Sergei Petrov said. “It was a good day for the region,” she said.');
  const q = find(r, 'good day');
  assert.equal(speakerName(r, q), 'Margaret Okafor');
  const r2 = plain('“The vote is close,” Ms. Lund said. “We are counting,” Mr. Adeyemi said. “We will know tonight,” she added.');
  assert.match(speakerName(r2, find(r2, 'know tonight')), /Lund/);
});

test('reported speech: said plus a bare clause', () => {
  const r = plain('Kremlin aide Pavel Orlov said it was hard to say whether relations were improving.');
  const q = find(r, 'hard to say');
  assert.equal(q.kind, 'indirect');
  assert.equal(slice(r.text, q.cue), 'said');
  assert.equal(speakerName(r, q), 'Pavel Orlov');
});

test('reported speech: told reporters that', () => {
  const r = plain('The defence minister, Elena Draganova, told reporters that the border would stay open.');
  const q = find(r, 'border would stay open');
  assert.equal(slice(r.text, q.cue), 'told');
  assert.equal(slice(r.text, q.addressee), 'reporters');
  assert.match(slice(r.text, q.speakerMention), /Draganova/);
});

test('reported speech: denied that', () => {
  const r = plain('Chancellor Bruno Falk denied that his office had leaked the memo.');
  const q = find(r, 'leaked the memo');
  assert.equal(slice(r.text, q.cue), 'denied');
  assert.match(slice(r.text, q), /^that his office/);
});

test('reported speech: according to, before and after the content', () => {
  const r = plain('According to officials, the convoy left at dawn. The ceasefire held overnight, according to the monitoring mission.');
  const a = find(r, 'convoy left at dawn');
  assert.equal(slice(r.text, a.cue), 'According to');
  assert.equal(slice(r.text, a.speakerMention), 'officials');
  assert.equal(a.speaker, null);
  const b = find(r, 'ceasefire held overnight');
  assert.equal(slice(r.text, b.speakerMention), 'the monitoring mission');
});

test('reported speech: said in a statement that', () => {
  const r = plain('The ministry said in a statement that the talks would resume in March.');
  const q = find(r, 'talks would resume');
  assert.equal(slice(r.text, q.cue), 'said');
  assert.equal(slice(r.text, q.speakerMention), 'The ministry');
});

test('reported speech: in a statement, X …', () => {
  const r = plain('In a statement, the union rejected the offer as an insult to its members.');
  const q = find(r, 'rejected the offer');
  assert.equal(slice(r.text, q.cue), 'In a statement');
  assert.equal(slice(r.text, q.speakerMention), 'the union');
});

test('reported speech with the attribution at the end', () => {
  const r = plain('The vote will be delayed until autumn, party spokesman Ivo Brandt said.');
  const q = find(r, 'vote will be delayed');
  assert.equal(q.kind, 'indirect');
  assert.match(slice(r.text, q.speakerMention), /Ivo Brandt/);
});

test('a title resolves to the person who held it', () => {
  const r = plain('Trade Secretary Joan Whitfield arrived late. Later the trade secretary also sought to calm markets: “Nothing has changed in our policy today.”', [
    { id: 'E1', type: 'PERSON', name: 'Joan Whitfield', mentions: [{ start: 16, end: 30, text: 'Joan Whitfield' }] },
  ]);
  const q = find(r, 'Nothing has changed');
  assert.equal(q.speaker, 'E1');
});

test('an existing entity is used, not duplicated', () => {
  const text = '“We are ready,” Nadia Petrova said.';
  const ents: Entity[] = [{ id: 'E7', type: 'PERSON', name: 'Nadia Petrova', mentions: [{ start: 16, end: 29, text: 'Nadia Petrova' }] }];
  const r = plain(text, ents);
  assert.equal(find(r, 'We are ready').speaker, 'E7');
  assert.equal(r.entities.length, 1);
});

test('bad input: unbalanced quotation marks do not crash and stay within bounds', () => {
  for (const text of ['He said “this never ends', '” stray closing mark, she said.', '“A “B “C', '"', '“', 'x ” y “ z', '']) {
    const r = plain(text);
    for (const q of r.quotes) assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
  }
});

test('bad input: a whole article inside one quote', () => {
  const body = Array.from({ length: 200 }, (_, i) => `Sentence number ${i} says the committee met again.`).join(' ');
  const text = `“${body}”`;
  const r = plain(text);
  assert.ok(r.quotes.length >= 1);
  assert.ok(r.quotes.some((q) => q.end - q.start > text.length / 2));
});

test('bad input: thousands of quotes, quickly', () => {
  const one = '“We will win this vote,” Senator Kai Lund said. ';
  const text = one.repeat(3000);
  const t0 = process.hrtime.bigint();
  const r = plain(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(r.quotes.filter((q) => q.kind === 'direct').length, 3000);
  assert.ok(r.quotes.every((q) => q.speaker === r.quotes[0].speaker && q.speaker !== null));
  assert.ok(ms < 3000, `took ${ms} ms`);
});

test('bad input: quotes with no speaker anywhere get speaker null', () => {
  const r = plain('“Everything is on the table and nothing is decided yet.” “We shall see what tomorrow brings to all of us.”');
  assert.ok(r.quotes.length >= 1);
  for (const q of r.quotes) {
    assert.equal(q.speaker, null);
    assert.equal(q.speakerMention, null);
  }
});

// ---- parse-driven attribution: the tests fill the Doc's parse arrays by hand (as the
// parser would) so they exercise the quote rules, not the parser model.

type Arc = [upos: string, head: number, deprel: string];

/** The quotes of `text` with a hand-made parse (and Penn tags where `xpos` gives them). */
function runParsed(text: string, arcs: Arc[], xpos: Record<number, string> = {}): Run {
  const doc = makeDoc(text);
  assert.equal(doc.tokens.length, arcs.length, `token count of ${JSON.stringify(text)}`);
  arcs.forEach(([upos, head, rel], i) => {
    doc.upos[i] = upos;
    doc.heads[i] = head;
    doc.deprels[i] = rel;
  });
  for (const [i, tag] of Object.entries(xpos)) doc.xpos[Number(i)] = tag;
  const entities: Entity[] = [];
  return { quotes: extractQuotes(doc, entities), entities, text };
}

test('parse: quoted words governed by a verb with a subject make a mixed quote', () => {
  // Mayor Ortiz called the plan “reckless” on Monday.
  const r = runParsed('Mayor Ortiz called the plan “reckless” on Monday.', [
    ['PROPN', 1, 'compound'], ['PROPN', 2, 'nsubj'], ['VERB', -1, 'root'], ['DET', 4, 'det'], ['NOUN', 2, 'obj'],
    ['PUNCT', 6, 'punct'], ['ADJ', 2, 'xcomp'], ['PUNCT', 6, 'punct'], ['ADP', 9, 'case'], ['PROPN', 2, 'obl'], ['PUNCT', 2, 'punct'],
  ]);
  const q = find(r, 'reckless');
  assert.equal(q.kind, 'mixed');
  assert.match(slice(r.text, q), /^the plan “reckless”/u);
  assert.equal(slice(r.text, q.cue), 'called');
  assert.equal(slice(r.text, q.speakerMention), 'Mayor Ortiz');
});

test('parse: a participle on the way up to a verb of no speech is the cue ("rallied …, hailing the plan as “…”")', () => {
  const r = runParsed('Ortiz rallied supporters for an hour, hailing the plan as a “bold step” for the city.', [
    ['PROPN', 1, 'nsubj'], ['VERB', -1, 'root'], ['NOUN', 1, 'obj'], ['ADP', 5, 'case'], ['DET', 5, 'det'], ['NOUN', 1, 'obl'],
    ['PUNCT', 7, 'punct'], ['VERB', 1, 'advcl'], ['DET', 9, 'det'], ['NOUN', 7, 'obj'], ['ADP', 14, 'case'], ['DET', 14, 'det'],
    ['PUNCT', 14, 'punct'], ['ADJ', 14, 'amod'], ['NOUN', 7, 'obl'], ['PUNCT', 14, 'punct'], ['ADP', 18, 'case'], ['DET', 18, 'det'],
    ['NOUN', 14, 'nmod'], ['PUNCT', 1, 'punct'],
  ]);
  const q = find(r, 'bold step');
  assert.equal(q.kind, 'mixed');
  assert.equal(slice(r.text, q.cue), 'hailing');
  assert.match(slice(r.text, q), /^the plan as a “bold step” for the city/u);
  assert.equal(slice(r.text, q.speakerMention), 'Ortiz');
});

test('parse: a participle cue takes the subject of the verb it hangs from', () => {
  const r = runParsed('Ortiz answered the critics, saying: “We will rebuild the bridge.”', [
    ['PROPN', 1, 'nsubj'], ['VERB', -1, 'root'], ['DET', 3, 'det'], ['NOUN', 1, 'obj'], ['PUNCT', 5, 'punct'],
    ['VERB', 1, 'advcl'], ['PUNCT', 10, 'punct'], ['PUNCT', 10, 'punct'], ['PRON', 10, 'nsubj'], ['AUX', 10, 'aux'],
    ['VERB', 5, 'ccomp'], ['DET', 12, 'det'], ['NOUN', 10, 'obj'], ['PUNCT', 10, 'punct'], ['PUNCT', 10, 'punct'],
  ]);
  const q = find(r, 'rebuild the bridge');
  assert.equal(q.kind, 'direct');
  assert.equal(slice(r.text, q.speakerMention), 'Ortiz');
  assert.equal(speakerName(r, q), 'Ortiz');
});

test('parse: a verb outside the cue lexicon after a quotation attributes it', () => {
  const r = runParsed('“Not again, not this year,” Ortiz sighed.', [
    ['PUNCT', 2, 'punct'], ['PART', 2, 'advmod'], ['ADV', 10, 'ccomp'], ['PUNCT', 6, 'punct'], ['PART', 6, 'advmod'],
    ['DET', 6, 'det'], ['NOUN', 2, 'conj'], ['PUNCT', 2, 'punct'], ['PUNCT', 2, 'punct'], ['PROPN', 10, 'nsubj'],
    ['VERB', -1, 'root'], ['PUNCT', 10, 'punct'],
  ]);
  const q = find(r, 'Not again');
  assert.equal(q.kind, 'direct');
  assert.equal(slice(r.text, q.cue), 'sighed');
  assert.equal(speakerName(r, q), 'Ortiz');
});

test('speaker words in apposition: the head names the speaker, not a name inside the title; no closing comma', () => {
  const r = plain('Mike Pence, Trump’s running mate, said: “We will carry Ohio.” Huma Abedin, vice chairwoman for Clinton’s campaign, said: “We will not.”');
  const pence = find(r, 'carry Ohio');
  assert.equal(speakerName(r, pence), 'Mike Pence');
  assert.ok(!slice(r.text, pence.speakerMention).endsWith(','), slice(r.text, pence.speakerMention));
  assert.equal(speakerName(r, find(r, 'We will not')), 'Huma Abedin');
  // A possessive before the title is not the head: the name in apposition is.
  const lavrov = plain('Russia’s foreign minister, Sergei Lavrov, said: “No.”');
  assert.equal(speakerName(lavrov, find(lavrov, 'No.')), 'Sergei Lavrov');
});

test('parse: a participle cue does not take the speaker of a quotation in an earlier paragraph', () => {
  // Ortiz spoke first , saying : “ We will rebuild . ” / Lena Marsh emailed supporters , telling them , “ We will not . ”
  const r = runParsed('Ortiz spoke first, saying: “We will rebuild.”\n\nLena Marsh emailed supporters, telling them, “We will not.”', [
    ['PROPN', 1, 'nsubj'], ['VERB', -1, 'root'], ['ADV', 1, 'advmod'], ['PUNCT', 4, 'punct'], ['VERB', 1, 'advcl'], ['PUNCT', 9, 'punct'],
    ['PUNCT', 9, 'punct'], ['PRON', 9, 'nsubj'], ['AUX', 9, 'aux'], ['VERB', 4, 'ccomp'], ['PUNCT', 9, 'punct'], ['PUNCT', 9, 'punct'],
    ['PROPN', 14, 'nsubj'], ['PROPN', 12, 'flat'], ['VERB', -1, 'root'], ['NOUN', 14, 'obj'], ['PUNCT', 17, 'punct'], ['VERB', 14, 'advcl'],
    ['PRON', 17, 'obj'], ['PUNCT', 22, 'punct'], ['PUNCT', 22, 'punct'], ['PRON', 22, 'nsubj'], ['AUX', 17, 'ccomp'], ['PART', 22, 'advmod'],
    ['PUNCT', 22, 'punct'], ['PUNCT', 22, 'punct'],
  ], { 17: 'VBG' });
  const q = find(r, 'We will not');
  assert.equal(slice(r.text, q.speakerMention), 'Lena Marsh');
});

test('a stray comma after a name\'s parenthesis still leaves the name the subject ("Gov. John Kasich (R-OH), said")', () => {
  const r = plain('Tuesday in Berea, after winning the primary, Gov. John Kasich (R-OH), said, “I am getting ready to rent a covered wagon.”');
  const q = find(r, 'covered wagon');
  assert.equal(slice(r.text, q.speakerMention), 'Gov. John Kasich');
});

test('what follows an intransitive speech verb is not reported content ("spoke for 77 minutes")', () => {
  const r = plain('Senator Ruth Okafor spoke for 77 minutes on Tuesday. Then she testified before the committee.');
  assert.deepEqual(r.quotes.map((q) => slice(r.text, q)), []);
  const that = plain('Senator Ruth Okafor testified that the bridge was unsafe.');
  assert.equal(slice(that.text, find(that, 'bridge was unsafe').cue), 'testified');
});

test('"According to X:" before a quotation: X is the speaker, "According to" the cue; a capitalised function word is never a name', () => {
  const r = plain('The senators argued.\n\nAccording to the Valley Post:\n\n“The vote was close and the party is split.”');
  const q = find(r, 'vote was close');
  assert.equal(slice(r.text, q.cue), 'According to');
  assert.equal(slice(r.text, q.speakerMention), 'the Valley Post');
  assert.ok(!r.entities.some((e) => e.name === 'According'), JSON.stringify(r.entities.map((e) => e.name)));
});

test('a participle opening a sentence ("Adding, “…”") goes on with the attribution just before it', () => {
  const r = plain('“It is a joke,” Senator Ruth Okafor said.\n\nAdding, “Now, like all scandals, it will pass.”');
  const q = find(r, 'it will pass');
  assert.equal(speakerName(r, q), 'Ruth Okafor');
  assert.equal(slice(r.text, q.cue), 'Adding');
});

test('a speaker known only as a short word in capitals in running text keeps it as written ("GOP", not "Gop")', () => {
  const r = plain('The GOP presidential candidate said the party was united.');
  const q = find(r, 'party was united');
  assert.equal(speakerName(r, q), 'GOP');
});

test('headline convention: "Name: words" attributes the line to the name', () => {
  const r = plain('Ortiz: Bridge plan ‘a win for the valley’\n\nThe mayor spoke on Monday in the town hall.');
  const q = find(r, 'Bridge plan');
  assert.equal(slice(r.text, q.cue), ':');
  assert.equal(slice(r.text, q.speakerMention), 'Ortiz');
  assert.equal(q.kind, 'mixed');
});

test('a quotation with no findable speaker gets speaker null, not a guess', () => {
  const r = plain('“The water is rising and nobody knows how far it will go,” read the sign on the door.\n\n“We have been waiting for hours without any word from anyone.”');
  const q = find(r, 'waiting for hours');
  assert.equal(q.speaker, null);
});

test('parse: a conjoined cue shares the subject of the verb it is conjoined to', () => {
  const r = runParsed('Ortiz visited the dam and said the repairs would take a year.', [
    ['PROPN', 1, 'nsubj'], ['VERB', -1, 'root'], ['DET', 3, 'det'], ['NOUN', 1, 'obj'], ['CCONJ', 5, 'cc'], ['VERB', 1, 'conj'],
    ['DET', 7, 'det'], ['NOUN', 9, 'nsubj'], ['AUX', 9, 'aux'], ['VERB', 5, 'ccomp'], ['DET', 11, 'det'], ['NOUN', 9, 'obj'], ['PUNCT', 1, 'punct'],
  ]);
  const q = find(r, 'repairs would take');
  assert.equal(q.kind, 'indirect');
  assert.equal(slice(r.text, q.cue), 'said');
  assert.equal(speakerName(r, q), 'Ortiz');
});

test('a newspaper name after "told" is the medium, not a cue ("The Valley Post")', () => {
  const r = plain('Ortiz told The Valley Post: “The dam is safe.”');
  const q = find(r, 'dam is safe');
  assert.equal(slice(r.text, q.cue), 'told');
  assert.equal(speakerName(r, q), 'Ortiz');
  assert.equal(slice(r.text, q.addressee), 'The Valley Post');
});

test('bad input: one run-on sentence with thousands of quotations and a deep parse, in time that grows with it', () => {
  const docOf = (count: number) => {
    const text = 'Ortiz said ' + Array.from({ length: count }, (_, i) => `“word ${i} here” and`).join(' ') + ' more.';
    const doc = makeDoc(text);
    const n = doc.tokens.length;
    // A pathological parse: every token hangs from the one before it, every fifth is a subject.
    for (let i = 0; i < n; i++) {
      doc.upos[i] = i % 3 === 0 ? 'VERB' : 'NOUN';
      doc.heads[i] = i - 1;
      doc.deprels[i] = i % 5 === 0 ? 'nsubj' : 'dep';
    }
    return doc;
  };
  const quotes = extractQuotes(docOf(2000), []);
  assert.ok(quotes.length > 0 && quotes.every((q) => q.start < q.end));
  // Eight times the quotations: linear work takes about 8 times as long, quadratic 64.
  // Sizes large enough that a run takes milliseconds, not noise.
  const docs = new Map([1000, 8000].map((c) => [c, docOf(c)]));
  const growth = growthFactor((c) => extractQuotes(docs.get(c) ?? docOf(c), []), 1000, 8);
  assert.ok(growth < 32, `8x the quotations took ${growth.toFixed(1)}x the time`);
});

test('a particle closing the speech verb before the quotation: "shot back, “…”"', () => {
  const r = plain('Asked about the audit, Councillor Petra Lind shot back, “That report was never finished.”');
  const q = find(r, 'never finished');
  assert.equal(slice(r.text, q.cue), 'shot');
  assert.match(slice(r.text, q.speakerMention), /Petra Lind/);
});

test('chants of “…”: the quotation is what the crowd shouted, its possessor the speaker', () => {
  const r = plain('The hall fell silent. Then their chants of “Nora! Nora!” filled the square, and the band was met with cries of “Encore!” from the back.');
  const q = find(r, 'Nora! Nora!');
  assert.equal(q.kind, 'direct');
  assert.equal(slice(r.text, q.cue), 'chants of');
  assert.equal(slice(r.text, q.speakerMention), 'their');
  assert.equal(slice(r.text, find(r, 'Encore').cue), 'cries of');
});

test('an attribution in mid-sentence before a quotation that goes on with the clause: the whole sentence is the content', () => {
  const r = plain('The club’s new rule on late fees, Ms. Reyes said, “is a model for the rest of the league.” “We are proud,” she added.');
  const q = find(r, 'a model for the rest');
  assert.equal(q.kind, 'mixed');
  assert.equal(slice(r.text, q), 'The club’s new rule on late fees, Ms. Reyes said, “is a model for the rest of the league.”');
  assert.match(slice(r.text, q.speakerMention), /Reyes/);
  // A quotation opening with a capital is a sentence of its own.
  assert.equal(find(r, 'We are proud').kind, 'direct');
});

test('a wrong-way ” opening a line after an invisible direction mark opens the quotation', () => {
  const r = plain('Readers answered at once.\n\n\u202a”We will miss the old bridge very much!” wrote Dana Pruitt.');
  const q = find(r, 'miss the old bridge');
  assert.equal(q.kind, 'direct');
  assert.equal(slice(r.text, q), 'We will miss the old bridge very much!');
  assert.match(slice(r.text, q.speakerMention), /Dana Pruitt/);
});

test('"with X -ing": the noun phrase after "with" is the participle\'s speaker', () => {
  const r = plain('The race tightened in March, with one of her campaign ads asking, “Is the mayor independent enough to serve?”');
  const q = find(r, 'independent enough');
  assert.equal(slice(r.text, q.cue), 'asking');
  assert.equal(slice(r.text, q.speakerMention), 'one of her campaign ads');
});

test('", saying: “…”" in a new sentence does not carry the speaker of the quotation before it', () => {
  const r = plain('“We have no comment on that person,” the foundation said. In a statement, Senator Ann Holt reacted to the news, saying: “This sale is a disgrace.”');
  const q = find(r, 'sale is a disgrace');
  assert.notEqual(slice(r.text, q.speakerMention), 'the foundation');
});

test('inverted "reads"/"read" after a quotation: the text that reads it speaks ("“…,” reads an editorial in …")', () => {
  const r = plain('“There are more fish in the lake than voters in this county,” reads an editorial in The Valley Herald. The parade went on. “Vote for the river!” read one banner.');
  const q = find(r, 'more fish in the lake');
  assert.equal(slice(r.text, q.cue), 'reads');
  assert.match(slice(r.text, q.speakerMention), /^an editorial/);
  assert.equal(slice(r.text, find(r, 'Vote for the river').speakerMention), 'one banner');
});
