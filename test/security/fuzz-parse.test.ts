// Property-based tests of the parser on generated documents, valid and invalid mixed: it never
// throws, keeps every event the generator made valid (under its id), and skips every event
// the generator made invalid with a problem at that event's path. Seeded, so every run checks
// the same documents (over 10,000 of them); a failure prints the plan of the smallest case.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ParseResult, Problem } from '../../src/model/types.js';
import { parseTimeline } from '../../src/parse/parse-timeline.js';
import { formatProblem } from '../../src/parse/problems.js';
import {
  buildDocument,
  deep,
  documentPlanArb,
  huge,
  materialize,
  oneDayDateArb,
  validDateArb,
  wrongTypeArb,
  type BuiltDocument,
} from '../support/fuzz-documents.js';

const SEED = 42;

// C0 and C1 controls other than tab and line feed: never in text a reader sees.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Parses, and fails with the error rather than letting fast-check shrink a thrown error away. */
function parse(document: unknown): ParseResult {
  try {
    return parseTimeline(document);
  } catch (error) {
    throw new Error(`parseTimeline threw: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** Everything the generator knows about the document holds in the result. */
function checkAgainstPlan({ document, valid, invalid }: BuiltDocument, result: ParseResult): void {
  const describe = () => result.problems.map(formatProblem).join('\n');
  for (const problem of result.problems) {
    if (typeof problem.path !== 'string' || typeof problem.message !== 'string' || problem.message === '') {
      throw new Error(`malformed problem ${JSON.stringify(problem)}`);
    }
  }
  const kept = result.timeline?.events ?? [];
  const keptIds = new Set(kept.map((e) => e.id));
  // Problems by the index of the event they are about, read once from each path.
  const byEvent = new Map<number, Problem[]>();
  for (const problem of result.problems) {
    const match = /^events\[(\d+)\](?=$|[.[])/.exec(problem.path);
    if (!match) continue;
    const index = Number(match[1]);
    byEvent.set(index, [...(byEvent.get(index) ?? []), problem]);
  }
  const skippedProblem = (index: number) => byEvent.get(index)?.find((p) => /event skipped$/.test(p.message));

  for (const [index, id] of valid) {
    if (!keptIds.has(id)) throw new Error(`valid events[${index}] (${id}) was not kept:\n${describe()}`);
    const skipped = skippedProblem(index);
    if (skipped) throw new Error(`valid events[${index}] reported as skipped: ${formatProblem(skipped)}`);
  }
  for (const index of invalid) {
    if (!skippedProblem(index)) throw new Error(`invalid events[${index}] has no "event skipped" problem at its path:\n${describe()}`);
  }
  if (kept.length !== valid.size) {
    const extra = kept.filter((e) => ![...valid.values()].includes(e.id)).map((e) => e.id);
    throw new Error(`kept ${kept.length} events, the generator made ${valid.size} valid; extra: ${extra.join(', ')}`);
  }

  const rawEvents = document.events as unknown[];
  if (valid.size === 0) {
    if (result.timeline !== undefined) throw new Error('a timeline without events');
    const total = rawEvents.length;
    if (!result.problems.some((p) => p.path === 'events')) throw new Error(`no problem at "events" for ${total} unusable events`);
    return;
  }
  const timeline = result.timeline;
  if (!timeline) throw new Error(`no timeline though ${valid.size} events are valid:\n${describe()}`);
  // What is kept is clean and in time order.
  for (let i = 0; i < timeline.events.length; i++) {
    const event = timeline.events[i]!;
    if (event.title === '' || event.title !== event.title.trim() || CONTROL.test(event.title)) {
      throw new Error(`title of ${event.id} not cleaned: ${JSON.stringify(event.title.slice(0, 80))}`);
    }
    if (event.end && event.end.periodEnd <= event.start.time) throw new Error(`${event.id} ends before it starts`);
    if (event.url && !/^https?:/.test(event.url)) throw new Error(`${event.id} kept the link ${event.url}`);
    const previous = timeline.events[i - 1];
    if (previous && previous.start.time > event.start.time) throw new Error(`${previous.id} sorted before ${event.id}`);
  }
  for (const text of [timeline.title, timeline.description, timeline.source?.name]) {
    if (text !== undefined && (text === '' || CONTROL.test(text))) throw new Error(`document text not cleaned: ${text}`);
  }
  if (timeline.source?.url && !/^https?:/.test(timeline.source.url)) throw new Error(`source link ${timeline.source.url} kept`);
}

/** Runs a property over built documents and counts how many it checked. */
let documentsChecked = 0;
function checkDocuments(arb: fc.Arbitrary<Parameters<typeof buildDocument>[0]>, numRuns: number, maxShrinks = 1000): void {
  fc.assert(
    // Shrinking a failing document of thousands of events would take minutes: bounded.
    fc.property(fc.limitShrink(arb, maxShrinks), (plan) => {
      const built = buildDocument(plan);
      checkAgainstPlan(built, parse(built.document));
      documentsChecked++;
    }),
    { seed: SEED, numRuns },
  );
}

describe('parseTimeline on generated documents', function () {
  this.timeout(120_000);

  after(() => {
    // The suite's promise: at least 10,000 documents, all of them checked.
    expect(documentsChecked).to.be.at.least(10_000);
  });

  it('keeps every valid event and reports every invalid one, in 7,500 mixed documents', () => {
    checkDocuments(documentPlanArb({ maxEvents: 10 }), 7_500);
  });

  it('handles BC and far-future dates side by side (1,000 documents)', () => {
    const extremes = fc.oneof(fc.integer({ min: -200_000, max: -1 }), fc.integer({ min: 10_000, max: 200_000 }));
    checkDocuments(documentPlanArb({ minEvents: 2, maxEvents: 8, dates: validDateArb(extremes) }), 1_000);
  });

  it('handles huge strings in every text field (150 documents)', () => {
    checkDocuments(documentPlanArb({ maxEvents: 4, hugeStrings: true }), 150);
  });

  it('handles thousands of events on one day (8 documents)', () => {
    checkDocuments(documentPlanArb({ minEvents: 1000, maxEvents: 2500, dates: oneDayDateArb('2019-02-27'), lean: true }), 8, 20);
  });

  it('reports a whole document it cannot use, and never throws (1,500 documents)', () => {
    const notADocument = fc.oneof(
      wrongTypeArb.map(materialize),
      fc.constantFrom<unknown>(null, undefined, '', '{"events": []}', [], [{ id: 'a', title: 'A', start: '2018' }]),
      fc.record({ events: fc.oneof(wrongTypeArb, fc.constant(null), fc.constant([])) }, { requiredKeys: [] }),
      fc.integer({ min: 100, max: 5000 }).map((depth) => ({ events: deep(depth, 'array').make() })),
      // An events list with holes: nothing there to keep.
      fc.integer({ min: 1, max: 50 }).map((length) => ({ events: new Array<unknown>(length) })),
      // Events only on the prototype are not the document's.
      fc.constant(null).map(() => Object.create({ events: [{ id: 'a', title: 'A', start: '2018' }] }) as unknown),
      fc.integer({ min: 1000, max: 100_000 }).map((n) => ({ events: huge('x', n).make() })),
    );
    fc.assert(
      fc.property(notADocument, (raw) => {
        const result = parse(raw);
        documentsChecked++;
        if (result.timeline !== undefined) throw new Error('a timeline from an unusable document');
        if (result.problems.length === 0) throw new Error('no problem reported');
        if (!result.problems.some((p) => p.path === '' || p.path === 'events')) {
          throw new Error(`no problem for the whole document: ${result.problems.map(formatProblem).join('\n')}`);
        }
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });
});
