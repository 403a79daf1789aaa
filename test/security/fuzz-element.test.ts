// Generated documents (test/support/fuzz-documents.ts), valid and invalid mixed, given to the element
// as `data`: whatever the document, nothing throws (no uncaught error, no unhandled rejection),
// and the element says how loading went, once: `nt-load` with every event the generator made
// valid, or `nt-error` when it made none. Each loaded one also opens a popover and the list
// view. Seeded: the same 200 documents every run.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { buildDocument, documentPlanArb, validDateArb, wrongTypeArb, materialize, type DocumentPlan } from '../support/fuzz-documents.js';
import { mount, settle } from '../support/helpers.js';

const SEED = 4242;

/** Uncaught errors and unhandled rejections anywhere in the page while the property runs. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => {
  const reason: unknown = event.reason;
  uncaught.push(`unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
};

let box: HTMLDivElement;

async function mountAndCheck(raw: unknown, validEvents: number | undefined): Promise<void> {
  const { el, loads, errors } = await mount({ data: raw, into: box });
  try {
    if (loads.length > 0 && el.events.length > 0) {
      el.select(el.events[0]!.id);
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="list"]')?.click();
      el.select(el.events.at(-1)!.id);
      await settle(el);
    }
    if (uncaught.length > 0) throw new Error(uncaught.join('\n'));
    if (loads.length + errors.length !== 1) throw new Error(`${loads.length} nt-load and ${errors.length} nt-error`);
    if (validEvents === undefined) return;
    if (validEvents === 0) {
      if (errors[0]?.detail.reason !== 'invalid') throw new Error(`no valid events, yet ${JSON.stringify(loads[0] ?? errors[0]?.detail)}`);
      if (!el.shadowRoot!.querySelector('[role="alert"]')) throw new Error('no alert for a document without events');
    } else {
      const load = loads[0];
      if (!load) throw new Error(`${validEvents} valid events, yet nt-error: ${errors[0]?.detail.message}`);
      if (load.count !== validEvents) throw new Error(`nt-load says ${load.count} events, the generator made ${validEvents}`);
      if (el.events.length !== validEvents) throw new Error(`the element shows ${el.events.length} of ${validEvents} events`);
    }
  } finally {
    el.remove();
  }
}

describe('the element on generated documents', function () {
  this.timeout(120_000);

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  beforeEach(async () => {
    uncaught.length = 0;
    box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  });

  afterEach(() => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  function checkPlans(arb: fc.Arbitrary<DocumentPlan>, numRuns: number) {
    return fc.assert(
      fc.asyncProperty(fc.limitShrink(arb, 200), async (plan) => {
        const { document, valid } = buildDocument(plan);
        await mountAndCheck(document, valid.size);
      }),
      { seed: SEED, numRuns },
    );
  }

  it('loads or reports 150 mixed documents without an uncaught error', async () => {
    await checkPlans(documentPlanArb({ maxEvents: 12 }), 150);
  });

  it('loads or reports 30 documents of BC and far-future dates', async () => {
    const extremes = fc.oneof(fc.integer({ min: -200_000, max: -1 }), fc.integer({ min: 10_000, max: 200_000 }));
    await checkPlans(documentPlanArb({ minEvents: 1, maxEvents: 8, dates: validDateArb(extremes) }), 30);
  });

  it('loads or reports 10 documents with huge strings', async () => {
    await checkPlans(documentPlanArb({ maxEvents: 3, hugeStrings: true }), 10);
  });

  it('reports 10 values that are not timeline documents at all', async () => {
    await fc.assert(
      fc.asyncProperty(wrongTypeArb.map(materialize), async (raw) => {
        // Only objects can be documents; anything else (or an object without events) is reported.
        await mountAndCheck(raw, raw !== null && typeof raw === 'object' ? undefined : 0);
      }),
      { seed: SEED, numRuns: 10 },
    );
  });
});
