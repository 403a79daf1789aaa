/**
 * What a key does inside the timeline. Keys are only ever read from events inside the
 * element, never from `document`.
 */
export type KeyAction =
  | 'zoom-in'
  | 'zoom-out'
  | 'fit'
  | 'pan-earlier'
  | 'pan-later'
  | 'previous'
  | 'next'
  | 'lane-up'
  | 'lane-down'
  | 'first'
  | 'last'
  | 'open';

export function keyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): KeyAction | undefined {
  // Leave the browser's and the screen reader's own shortcuts alone.
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'fit';
    case 'ArrowLeft':
      return event.shiftKey ? 'pan-earlier' : 'previous';
    case 'ArrowRight':
      return event.shiftKey ? 'pan-later' : 'next';
    case 'ArrowUp':
      return 'lane-up';
    case 'ArrowDown':
      return 'lane-down';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
    case ' ':
      return 'open';
    default:
      return undefined;
  }
}
