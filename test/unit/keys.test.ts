// The timeline's key map (src/element/keys.ts): which key does what, and which it leaves to the
// browser and the screen reader. What the element then does with each is in
// test/element/keyboard-view.test.ts and test/element/element-popover.test.ts.
import { expect } from '@open-wc/testing';
import { keyAction } from '../../src/element/keys.js';

const press = (key: string, modifiers: { shiftKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) =>
  keyAction({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('keyAction', () => {
  it('maps each key a reader uses to what it does', () => {
    const map = Object.fromEntries(
      ['+', '=', '-', '_', '0', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' '].map((key) => [key, press(key)]),
    );
    expect(map).to.deep.equal({
      '+': 'zoom-in',
      '=': 'zoom-in',
      '-': 'zoom-out',
      _: 'zoom-out',
      '0': 'fit',
      ArrowLeft: 'previous',
      ArrowRight: 'next',
      ArrowUp: 'lane-up',
      ArrowDown: 'lane-down',
      Home: 'first',
      End: 'last',
      Enter: 'open',
      ' ': 'open',
    });
  });

  it('pans with Shift and the left and right arrows, instead of moving between events', () => {
    expect(press('ArrowLeft', { shiftKey: true })).to.equal('pan-earlier');
    expect(press('ArrowRight', { shiftKey: true })).to.equal('pan-later');
    // Shift changes nothing else: Shift+= is "+" on many keyboards.
    expect(press('+', { shiftKey: true })).to.equal('zoom-in');
    expect(press('Home', { shiftKey: true })).to.equal('first');
  });

  it('leaves every shortcut with Ctrl, Cmd or Alt to the browser and the screen reader', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      for (const key of ['+', '-', '0', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', ' ']) {
        expect(press(key, { [modifier]: true }), `${modifier} + ${JSON.stringify(key)}`).to.equal(undefined);
      }
    }
  });

  it('ignores every other key (Tab and Escape keep their own meaning)', () => {
    for (const key of ['Tab', 'Escape', 'a', 'PageDown', 'PageUp', '1', 'Shift', 'F5']) {
      expect(press(key), key).to.equal(undefined);
    }
  });
});
