/** A small record for the API and browser tests: the store fixtures with places, a meeting, and a hostile article. */
import type { Analysis } from '../src/analyze/analysis.js';
import { build, cairo, moscow, nairobi, nairobiCopy } from './store-fixtures.js';

const COORDS: Record<string, [number, number]> = { Moscow: [55.75, 37.62], Cairo: [30.06, 31.25], Nairobi: [-1.29, 36.82], Ukraine: [49, 32] };

function placed(a: Analysis): Analysis {
  for (const e of a.entities) {
    const c = COORDS[e.name];
    if (c) [e.lat, e.lon] = c;
  }
  return a;
}

function withMeeting(a: Analysis): Analysis {
  const met = a.events.find((v) => a.text.slice(v.trigger.start, v.trigger.end) === 'met');
  if (!met) return a;
  a.meetings = [{ id: 'M1', date: a.date, location: 'E3', durationHours: 4, sides: [{ side: 'KEN', participants: ['E1'] }, { side: 'ETH', participants: ['E2'] }], absent: [], events: [met.id], quotes: ['Q1'], trigger: met.trigger }];
  return a;
}

/** Article text that would run if it were ever turned into markup. */
export const XSS_TEXT =
  'Minister Jane Doe said the <script>window.__pwned = 1</script> talks were useful. "We will <img src=x onerror="window.__pwned = 2"> return," Jane Doe said in Oslo.';

export const hostile = (): Analysis =>
  build(
    'xss-2025-06-01',
    '2025-06-01',
    XSS_TEXT,
    [{ id: 'E1', type: 'PERSON', name: 'Jane Doe', mentions: ['Jane Doe', 'Jane Doe'], titles: ['Minister'], country: 'NOR', actor: 'NORGOV' }],
    [{ code: '010', source: 'E1', target: null, trigger: 'said', quadClass: 1, goldstein: 0 }],
    [{ content: 'We will <img src=x onerror="window.__pwned = 2"> return,', speaker: 'E1', cue: 'said in' }],
    { title: 'Talks <b>bold</b> <img src=x onerror="window.__pwned = 3">' },
  );

/** Five articles (two copies of one story) with events, quotes, places and a meeting, plus the hostile one. */
export const serverCorpus = (): Analysis[] => [placed(moscow()), placed(cairo()), withMeeting(placed(nairobi())), withMeeting(placed(nairobiCopy())), hostile()];
