import { test } from 'node:test';
import assert from 'node:assert/strict';
import { find, plain, slice, speakerName, withModels } from './helpers/quote-runs.js';

/**
 * Who speaks and through which cue: labels in quotation marks ("calling it a “Chinese
 * menu”"), participles, sources after "according to". Cases found measuring on PolNeAR train
 * and on wire copy of our own (the sentences here are our own).
 */

test('an absolute "with NP calling …" names its own speaker, and the labelling verb is the cue, not a verb higher up', (t) => {
  const r = withModels(t, 'The plan drew criticism for the lack of detail, with Sen. John McCain calling it a “Chinese menu.”');
  if (!r) return;
  const q = find(r, 'Chinese menu');
  assert.equal(slice(r.text, q.cue), 'calling');
  assert.equal(slice(r.text, q.speakerMention), 'Sen. John McCain');
  assert.equal(speakerName(r, q), 'John McCain');
  assert.equal(slice(r.text, q), 'it a “Chinese menu.”');
});

test('a list of quoted labels, one with its own article, is one quote ("a “nasty guy,” an “anchor baby,” “unstable” and “sick.”")', (t) => {
  const r = withModels(t, 'At the rally Trump called the senator a "nasty guy," an "anchor baby," "unstable" and "sick."');
  if (!r) return;
  const q = find(r, 'nasty guy');
  assert.equal(slice(r.text, q), 'the senator a "nasty guy," an "anchor baby," "unstable" and "sick."');
  assert.equal(slice(r.text, q.cue), 'called');
  assert.equal(speakerName(r, q), 'Trump');
});

test('speaker words stop before the cue when the parse hangs the cue from the subject noun ("The 34-year-old mother of three replied, “…”")', (t) => {
  const r = withModels(t, 'The mayor spoke on Monday.\n\nThe 34-year-old mother of three replied, “We will not stop until there are answers.”');
  if (!r) return;
  const q = find(r, 'We will not stop');
  assert.equal(slice(r.text, q.cue), 'replied');
  assert.equal(slice(r.text, q.speakerMention), 'The 34-year-old mother of three');
});

test('"According to" opening a sentence names a source that runs to its comma ("two diplomats familiar with the matter, …")', () => {
  const r = plain('Talks resumed on Tuesday.\n\nAccording to two diplomats familiar with the matter, the envoys agreed to meet again in Istanbul.');
  const q = find(r, 'the envoys agreed');
  assert.equal(slice(r.text, q), 'the envoys agreed to meet again in Istanbul');
  assert.equal(slice(r.text, q.cue), 'According to');
  assert.equal(slice(r.text, q.speakerMention), 'two diplomats familiar with the matter');
  assert.equal(r.quotes.length, 1);
});

test('the rules start a reported content at "that" after an adverb of manner ("said privately that …")', () => {
  const r = plain('The talks ended late.\n\nDiplomats said privately that the talks had been tense.');
  const q = find(r, 'the talks had been tense');
  assert.equal(slice(r.text, q), 'that the talks had been tense');
  assert.equal(slice(r.text, q.speakerMention), 'Diplomats');
});

test('a quoted word right after a verb in a speech verb\'s "that" clause is part of the reported content ("said that Ottawa would respond “forcefully.”")', () => {
  const r = plain('Tariffs rose on Friday.\n\nMark Carney said in a statement that Ottawa would respond “forcefully.” He added: “Canadians will not be bullied.”');
  const q = find(r, 'forcefully');
  assert.equal(slice(r.text, q), 'that Ottawa would respond “forcefully.”');
  assert.equal(q.kind, 'mixed');
  assert.equal(slice(r.text, q.speakerMention), 'Mark Carney');
  assert.equal(slice(r.text, find(r, 'Canadians will not').speakerMention), 'He');
});

test('"was quoted by … as saying" attributes the words to the subject of "quoted"', () => {
  const r = plain('Tehran reacted on Monday.\n\nThe Iranian foreign minister, Abbas Araqchi, was quoted by state media as saying Tehran would "not negotiate under pressure".\n\nPutin was quoted as saying that Russia was ready for talks.\n\nThe minister was quoted by the Interfax news agency as saying: "We are ready."');
  const mixed = find(r, 'not negotiate');
  assert.equal(slice(r.text, mixed), 'Tehran would "not negotiate under pressure"');
  assert.equal(slice(r.text, mixed.cue), 'saying');
  assert.equal(slice(r.text, mixed.speakerMention), 'Abbas Araqchi');
  assert.equal(slice(r.text, find(r, 'Russia was ready').speakerMention), 'Putin');
  assert.equal(slice(r.text, find(r, 'We are ready').speakerMention), 'The minister');
});

test('"X, asked about Y, said …": the passive aside is no attribution and no part of the speaker words', (t) => {
  const p = plain('Peskov spoke on Monday.\n\nKremlin spokesman Dmitry Peskov, asked about the remarks, said Moscow\'s position "remains unchanged."');
  assert.ok(!p.quotes.some((q) => slice(p.text, q.cue) === 'asked'), JSON.stringify(p.quotes.map((q) => slice(p.text, q.cue))));
  const r = withModels(t, 'The vote is next week.\n\nThe senator, pressed on whether she would run, said she had not decided.');
  if (!r) return;
  const q = find(r, 'she had not decided');
  assert.equal(slice(r.text, q.speakerMention), 'The senator');
  assert.equal(slice(r.text, q.cue), 'said');
});

test('a reported content ends before the writer\'s time frame (", hours after …")', () => {
  const r = plain('The war went on.\n\nUkraine\'s president said Saturday that his country would not give up territory, hours after a drone attack killed three people in Odesa.');
  const q = find(r, 'would not give up territory');
  assert.equal(slice(r.text, q), 'that his country would not give up territory');
});

test('"said in a statement it stood …": the content starts after the medium\'s phrase; "China on Tuesday warned": the speaker words leave the time out', (t) => {
  const r = withModels(t, 'The talks ended.\n\nThe U.S. State Department said in a statement it stood "shoulder to shoulder" with its ally.\n\nChina on Tuesday warned the Philippines to stop "provocations" in the South China Sea.');
  if (!r) return;
  const q = find(r, 'shoulder to shoulder');
  assert.equal(slice(r.text, q), 'it stood "shoulder to shoulder" with its ally');
  assert.equal(slice(r.text, find(r, 'provocations').speakerMention), 'China');
});

test('a label given "as" a quotation ends at its closing mark before an adverbial ("as a “crazy system” during a campaign stop …")', () => {
  const r = plain('The campaign went on.\n\nBill Clinton described the Affordable Care Act as a “crazy system” during a campaign stop in Flint, Mich., for his wife Hillary Clinton.');
  const q = find(r, 'crazy system');
  assert.equal(slice(r.text, q), 'the Affordable Care Act as a “crazy system”');
  assert.equal(slice(r.text, q.cue), 'described');
});

test('a reported content inside an opening subordinate clause ends where the main clause begins ("While X insists that …, his administration continues …")', (t) => {
  const r = withModels(t, 'The war goes on.\n\nWhile the president insists that he opposes American "boots on the ground" in far-flung parts of the world, his administration continues to carve out exceptions for special operations forces.');
  if (!r) return;
  const q = find(r, 'boots on the ground');
  assert.equal(slice(r.text, q), 'that he opposes American "boots on the ground" in far-flung parts of the world');
  assert.equal(slice(r.text, q.speakerMention), 'the president');
});

test('"said about half of …": an approximate number opens the reported clause, not a topic', () => {
  const r = plain('The deficit grew.\n\nThe budget office said about half of the higher adjustment in its deficit projections reflected revenue losses.');
  const q = find(r, 'reflected revenue losses');
  assert.equal(slice(r.text, q), 'about half of the higher adjustment in its deficit projections reflected revenue losses');
  assert.equal(slice(r.text, q.speakerMention), 'The budget office');
});

test('with the tagger: a reported content ends before ", but" and a clause of its own ("…, but he refuses to discuss …")', (t) => {
  const r = withModels(t, 'The seat is open.\n\nThe governor said about 20 people have indicated an interest in the seat, but he refuses to discuss potential appointees.');
  if (!r) return;
  const q = find(r, 'interest in the seat');
  assert.equal(slice(r.text, q), 'about 20 people have indicated an interest in the seat');
});

test('a relative clause with commas of its own between the subject and the cue ("Biden, who was to travel to Columbus, Ohio, on Wednesday …, said"; "Cruz, whose … , said")', (t) => {
  const r = withModels(t, 'The race went on.\n\nMr. Cruz, whose narrow third-place finish was widely seen as a disappointment, said that he was the lone candidate who could top Mr. Trump.\n\nVice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday to promote the new rules, said they touched on a core issue for Mr. Obama.');
  if (!r) return;
  assert.equal(slice(r.text, find(r, 'the lone candidate').speakerMention), 'Mr. Cruz');
  assert.equal(slice(r.text, find(r, 'touched on a core issue').speakerMention), 'Vice President Joseph R. Biden Jr.');
});

test('"According to" a long source ("early results of exit polls conducted by Edison Research for …,"; "a University of Texas/Texas Tribune poll,")', () => {
  const r = plain('Voting went on.\n\nAccording to early results of exit polls conducted by Edison Research for The Associated Press and television networks, Clinton led in both Virginia and Georgia.\n\nAccording to an online University of Texas/Texas Tribune poll out Thursday, the senator has the support of 27 percent of likely voters.');
  const q = find(r, 'Clinton led');
  assert.equal(slice(r.text, q), 'Clinton led in both Virginia and Georgia');
  assert.equal(slice(r.text, q.speakerMention), 'early results of exit polls conducted by Edison Research for The Associated Press and television networks');
  assert.equal(slice(r.text, find(r, 'the support of 27 percent').cue), 'According to');
});

test('whole names and ages around an apposition or relative clause ("Christine Todd Whitman, the former governor, told"; "Jacob Shiansky, 24, who was visiting …, told")', (t) => {
  const r = withModels(t, 'The race went on.\n\nRepublican Christine Todd Whitman, the former New Jersey governor, told The New York Times she would rather vote for Hillary Clinton than Trump.\n\nJacob Shiansky, 24, who was visiting Manhattan from South Carolina, told The Times that he could not remember his password.');
  if (!r) return;
  assert.equal(slice(r.text, find(r, 'rather vote for').speakerMention), 'Republican Christine Todd Whitman');
  assert.equal(slice(r.text, find(r, 'remember his password').speakerMention), 'Jacob Shiansky');
});

test('a reported clause may open with a number ("The party said 500 people attended", "says 34,570 citizens … cast votes")', () => {
  const r = plain('Votes were counted.\n\nThe party said 500 people attended.\n\nThe party says 34,570 U.S. citizens living abroad cast votes.');
  assert.equal(slice(r.text, find(r, 'people attended')), '500 people attended');
  assert.equal(slice(r.text, find(r, 'cast votes').speakerMention), 'The party');
});

test('a poll opening the sentence with "In" is the source of the clause after its comma; a place is not', (t) => {
  const r = withModels(t, 'The race tightened.\n\nIn a CNN national poll, Hillary Clinton held a 24-point lead among black voters.\n\nIn a Des Moines Register poll released Monday, Mr. Cruz had a 10 percentage-point lead.\n\nIn Iowa, Mr. Cruz campaigned hard.');
  if (!r) return;
  const q = find(r, 'held a 24-point lead');
  assert.equal(slice(r.text, q), 'Hillary Clinton held a 24-point lead among black voters');
  assert.equal(slice(r.text, q.speakerMention), 'a CNN national poll');
  assert.equal(slice(r.text, q.cue), 'In');
  assert.equal(slice(r.text, find(r, '10 percentage-point lead').speakerMention), 'a Des Moines Register poll released Monday');
  assert.ok(!r.quotes.some((x) => slice(r.text, x).includes('campaigned hard')));
});

test('polls and records "show" or "find" without a "that" ("The latest poll showed Trump leading …", "FEC records show Pate has not donated …"); "The police found the car" is no attribution', (t) => {
  const r = withModels(t, 'The race tightened.\n\nThe latest Reuters/Ipsos poll showed Trump leading the field with 31 percent.\n\nFederal Election Commission records show Pate has not donated to any presidential candidate.\n\nThe police found the car on Monday.');
  if (!r) return;
  const q = find(r, 'Trump leading the field');
  assert.equal(slice(r.text, q), 'Trump leading the field with 31 percent');
  assert.equal(slice(r.text, q.cue), 'showed');
  assert.equal(slice(r.text, find(r, 'has not donated').cue), 'show');
  assert.ok(!r.quotes.some((x) => slice(r.text, x).includes('the car')));
});

test('demands: "called for X" and "called on X to Y" are attributions, and the sentence goes on after them', () => {
  const r = plain('The debate went on.\n\nSanders called for a $15 minimum wage and free tuition at public colleges.\n\nRep. Adam Schiff called on President Obama to retaliate against Russia -- meddling the congressman said is designed to "sow discord" in American politics.\n\nThe minister called on Monday. The plan is called for by the treaty.');
  const q = find(r, '$15 minimum wage');
  assert.equal(slice(r.text, q), 'a $15 minimum wage and free tuition at public colleges');
  assert.equal(slice(r.text, q.cue), 'called for');
  assert.equal(slice(r.text, q.speakerMention), 'Sanders');
  const on = find(r, 'to retaliate against Russia');
  assert.equal(slice(r.text, on), 'President Obama to retaliate against Russia');
  assert.equal(slice(r.text, on.cue), 'called on');
  assert.equal(slice(r.text, find(r, 'sow discord').cue), 'said');
  assert.ok(!r.quotes.some((x) => slice(r.text, x.cue).startsWith('called') && slice(r.text, x).includes('treaty')));
  assert.ok(!r.quotes.some((x) => slice(r.text, x).startsWith('Monday')));
});
