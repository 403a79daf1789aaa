import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline.js';
import { settle, shadow } from '../support/helpers.js';

/** The element follows its page's language after load: `<html lang>` and its ancestors', live. */
const STORY = { title: 'Talks', events: [{ id: 'summit', title: 'Summit', start: '2018-06-12' }] };
/** A language chunk is a request and a module to compile; polling stops as soon as the words change. */
const LOADED = { timeout: 10_000, interval: 20 };

const zoomInLabel = (element: NewsTimeline) => shadow(element).querySelector('[data-action="zoom-in"]')!.getAttribute('aria-label');
const listDate = (element: NewsTimeline) => shadow(element).querySelector('li[data-id="summit"] .list-date')!.textContent!.trim();

async function mountInside(section: HTMLElement): Promise<NewsTimeline> {
  const element = document.createElement('news-timeline');
  const loaded = oneEvent(element, 'nt-load');
  element.data = STORY;
  section.append(element);
  await loaded;
  await settle(element);
  return element;
}

describe('the language, live', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('speaks the language the page switches to after load', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
    const element = await mountInside(box);
    expect(zoomInLabel(element)).to.equal('Zoom in');
    document.documentElement.lang = 'fr';
    await waitUntil(() => zoomInLabel(element) === 'Zoom avant', 'the French words never came', LOADED);
    expect(listDate(element)).to.equal('12 juin 2018');
    document.documentElement.lang = 'en';
    await waitUntil(() => zoomInLabel(element) === 'Zoom in', 'English never came back', LOADED);
  });

  it("follows the nearest ancestor's lang, which outranks the page's", async () => {
    const section = await fixture<HTMLElement>(html`<section lang="en" style="width: 760px"></section>`);
    const element = await mountInside(section);
    document.documentElement.lang = 'fr';
    section.lang = 'de';
    await waitUntil(() => zoomInLabel(element) === 'Vergrößern', 'the German words never came', LOADED);
    await settle(element);
    expect(listDate(element)).to.equal('12. Juni 2018');
  });

  it('follows an ancestor that gains a lang after load, loses it, and gains another', async () => {
    const outer = await fixture<HTMLElement>(html`<main style="width: 760px"><section></section></main>`);
    const element = await mountInside(outer.querySelector('section')!);
    expect(zoomInLabel(element)).to.equal('Zoom in');
    outer.lang = 'de';
    await waitUntil(() => zoomInLabel(element) === 'Vergrößern', 'the German words never came', LOADED);
    outer.removeAttribute('lang');
    await waitUntil(() => zoomInLabel(element) === 'Zoom in', 'English never came back', LOADED);
    outer.querySelector('section')!.lang = 'fr';
    await waitUntil(() => zoomInLabel(element) === 'Zoom avant', 'the French words never came', LOADED);
    await settle(element);
    expect(listDate(element)).to.equal('12 juin 2018');
  });

  it('inside another component’s shadow root, follows the lang of its host and of what is around it', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="es"><span></span></div>`);
    const component = outer.querySelector('span')!;
    const section = document.createElement('section');
    section.style.width = '760px';
    component.attachShadow({ mode: 'open' }).append(section);
    const element = await mountInside(section);
    await waitUntil(() => zoomInLabel(element) === 'Acercar', 'the Spanish words never came', LOADED);
    component.lang = 'de';
    await waitUntil(() => zoomInLabel(element) === 'Vergrößern', 'the German words never came', LOADED);
    await settle(element);
    expect(listDate(element)).to.equal('12. Juni 2018');
    component.removeAttribute('lang');
    outer.lang = 'fr';
    await waitUntil(() => zoomInLabel(element) === 'Zoom avant', 'the French words never came', LOADED);
  });

  it('stops listening once removed', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="en" style="width: 760px"></section>`);
    const element = await mountInside(section);
    element.remove();
    section.lang = 'fr';
    document.documentElement.lang = 'fr';
    // Mutation records are delivered in a microtask; an update, with French dates at once (and
    // the French words, loaded by the first test), would follow.
    await Promise.resolve();
    await element.updateComplete;
    expect(listDate(element)).to.equal('Jun 12, 2018');
    expect(zoomInLabel(element)).to.equal('Zoom in');
  });
});
