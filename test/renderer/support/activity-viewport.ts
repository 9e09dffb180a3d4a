// jsdom does no layout: give the Activity list's scroll box the height a window would give it,
// so the virtualizer has a viewport to fill (everything else keeps jsdom's zero). Call once at
// the top of a test file; the real clientHeight comes back after the file's tests.
import { afterAll, beforeAll } from 'vitest';

export function useActivityViewport(heightPx = 480): void {
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('activity-list') ? heightPx : 0;
      },
    });
  });
  afterAll(() => {
    if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  });
}
