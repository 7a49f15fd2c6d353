/** Hand-made analyses (the contract form) for store tests: the engine is not needed to test the record. */
import type { Analysis } from '../src/analyze/analysis.js';
import type { Entity, EntityType, Event, Modality } from '../src/extract/types.js';

interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  mentions: string[];
  titles?: string[];
  country?: string;
  actor?: string;
}

interface EventSpec {
  code: string;
  source: string | null;
  target: string | null;
  trigger: string;
  modality?: Modality;
  location?: string;
  quadClass?: 1 | 2 | 3 | 4;
  goldstein?: number;
}

export function build(
  id: string,
  date: string | null,
  text: string,
  entities: EntitySpec[],
  events: EventSpec[] = [],
  quotes: { content: string; speaker: string | null; cue: string; medium?: string }[] = [],
  extra: Partial<Analysis> = {},
): Analysis {
  const at = (s: string, from = 0): number => {
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`fixture ${id}: "${s}" not in text`);
    return i;
  };
  const ents: Entity[] = entities.map((e) => {
    let from = 0;
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: e.mentions.map((m) => {
        const start = at(m, from);
        from = start + m.length;
        return { start, end: start + m.length, text: m };
      }),
      ...(e.titles ? { titles: e.titles } : {}),
      ...(e.country ? { country: e.country } : {}),
      ...(e.actor ? { actor: e.actor } : {}),
    };
  });
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]+["”]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  const evs: Event[] = events.map((v, i) => {
    const start = at(v.trigger);
    const byId = new Map(ents.map((e) => [e.id, e]));
    return {
      id: `V${i + 1}`,
      code: v.code,
      source: v.source,
      target: v.target,
      sourceActor: v.source ? byId.get(v.source)?.actor ?? null : null,
      targetActor: v.target ? byId.get(v.target)?.actor ?? null : null,
      location: v.location ?? null,
      date,
      modality: v.modality ?? 'asserted',
      trigger: { start, end: start + v.trigger.length },
      sentence: Math.max(0, sentences.findIndex((s) => s.start <= start && start < s.end)),
      ...(v.quadClass ? { quadClass: v.quadClass } : {}),
      ...(v.goldstein !== undefined ? { goldstein: v.goldstein } : {}),
    };
  });
  return {
    id,
    date,
    text,
    sentences,
    entities: ents,
    quotes: quotes.map((q, i) => {
      const start = at(q.content);
      const c = at(q.cue);
      const m = q.medium === undefined ? -1 : at(q.medium, c);
      return { id: `Q${i + 1}`, kind: 'direct' as const, start, end: start + q.content.length, speaker: q.speaker, speakerMention: null, cue: { start: c, end: c + q.cue.length }, ...(q.medium === undefined ? {} : { medium: { start: m, end: m + q.medium.length } }) };
    }),
    events: evs,
    meetings: [],
    ...extra,
  };
}

const moscowText =
  'Russian Foreign Minister Sergei Lavrov hosted Egyptian Foreign Minister Badr Abdelatty in Moscow on Tuesday. The two ministers signed a memorandum on grain deliveries. "Our partners can count on stable supplies," Lavrov said in a statement.';

export const moscow = (): Analysis =>
  build(
    'moscow-2025-03-11',
    '2025-03-11',
    moscowText,
    [
      { id: 'E1', type: 'PERSON', name: 'Sergei Lavrov', mentions: ['Sergei Lavrov', 'Lavrov'], titles: ['Foreign Minister'], country: 'RUS', actor: 'RUSGOV' },
      { id: 'E2', type: 'PERSON', name: 'Badr Abdelatty', mentions: ['Badr Abdelatty'], titles: ['Foreign Minister'], country: 'EGY', actor: 'EGYGOV' },
      { id: 'E3', type: 'GPE', name: 'Moscow', mentions: ['Moscow'], country: 'RUS' },
    ],
    [
      { code: '042', source: 'E1', target: 'E2', trigger: 'hosted', location: 'E3', quadClass: 1, goldstein: 1.9 },
      { code: '057', source: 'E1', target: 'E2', trigger: 'signed', quadClass: 1, goldstein: 8 },
    ],
    [{ content: 'Our partners can count on stable supplies,', speaker: 'E1', cue: 'said', medium: 'a statement' }],
    { url: 'https://example.org/moscow', source: 'Example Wire', tone: 0.3 },
  );

const cairoText =
  'Lavrov arrived in Cairo on Wednesday for a two-day visit. Abdelatty welcomed him at the airport. Lavrov criticised European governments over Ukraine.';

/** Three weeks later: "Lavrov" with no title and no country in the text. */
export const cairo = (): Analysis =>
  build(
    'cairo-2025-04-02',
    '2025-04-02',
    cairoText,
    [
      { id: 'E1', type: 'PERSON', name: 'Lavrov', mentions: ['Lavrov', 'Lavrov'] },
      { id: 'E2', type: 'PERSON', name: 'Abdelatty', mentions: ['Abdelatty'] },
      { id: 'E3', type: 'GPE', name: 'Cairo', mentions: ['Cairo'], country: 'EGY' },
      { id: 'E4', type: 'GPE', name: 'Ukraine', mentions: ['Ukraine'], country: 'UKR' },
    ],
    [
      { code: '042', source: 'E1', target: 'E3', trigger: 'arrived', location: 'E3', quadClass: 1, goldstein: 1.9 },
      { code: '111', source: 'E1', target: null, trigger: 'criticised', quadClass: 3, goldstein: -2 },
    ],
    [],
    { url: 'https://example.org/cairo', source: 'Example Wire', tone: -0.1 },
  );

const nairobiText =
  'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on Monday to reopen the Moyale border crossing to freight traffic. The two leaders met for about four hours at State House in Nairobi. "Trade between our countries is too important to be held hostage," Ruto said. Somalia was not invited to the talks.';

const nairobiEntities: EntitySpec[] = [
  { id: 'E1', type: 'PERSON', name: 'William Ruto', mentions: ['William Ruto', 'Ruto'], titles: ['President'], country: 'KEN', actor: 'KENGOV' },
  { id: 'E2', type: 'PERSON', name: 'Abiy Ahmed', mentions: ['Abiy Ahmed'], titles: ['Prime Minister'], country: 'ETH', actor: 'ETHGOV' },
  { id: 'E3', type: 'GPE', name: 'Nairobi', mentions: ['Nairobi'], country: 'KEN' },
];
const nairobiEvents: EventSpec[] = [
  { code: '057', source: 'E1', target: 'E2', trigger: 'agreed', quadClass: 1, goldstein: 8 },
  { code: '043', source: 'E1', target: 'E2', trigger: 'met', location: 'E3', quadClass: 1, goldstein: 2.8 },
];

export const nairobi = (): Analysis =>
  build('nairobi-2025-05-20', '2025-05-20', nairobiText, nairobiEntities, nairobiEvents, [{ content: 'Trade between our countries is too important to be held hostage,', speaker: 'E1', cue: 'said' }], {
    url: 'https://daily.example.com/nairobi',
    source: 'Daily Example',
    tone: 0.2,
  });

/** The same report syndicated by another outlet, with a dateline and a credit line. */
export const nairobiCopy = (): Analysis => {
  const text = 'NAIROBI (Regional Wire) — ' + nairobiText + ' Reporting by Regional Wire staff.';
  return build('wire-nairobi-0520', '2025-05-20', text, nairobiEntities, nairobiEvents, [{ content: 'Trade between our countries is too important to be held hostage,', speaker: 'E1', cue: 'said' }], {
    url: 'https://wire.example.net/0520-nairobi',
    source: 'Regional Wire',
    tone: 0.2,
  });
};

/** All fixtures in publication order. */
export const corpus = (): Analysis[] => [moscow(), cairo(), nairobi(), nairobiCopy()];
