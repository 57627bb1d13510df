import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  noteOpening,
  rememberWelcomed,
  shouldWelcome,
  WELCOMED_KEY,
} from '../../../src/ui/onboarding/first-visit.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('the first visit', () => {
  it('is welcomed only when it opens no link, is not an embed, and was not dismissed before', () => {
    noteOpening({ hash: '', search: '' }, false);
    expect(shouldWelcome()).toBe(true);
    noteOpening({ hash: '#v=1&preset=full&seed=1', search: '' }, false);
    expect(shouldWelcome()).toBe(false);
    noteOpening({ hash: '', search: '?preset=monolith' }, false);
    expect(shouldWelcome()).toBe(false);
    noteOpening({ hash: '', search: '' }, true);
    expect(shouldWelcome()).toBe(false);
    noteOpening({ hash: '', search: '' }, false);
    rememberWelcomed();
    expect(localStorage.getItem(WELCOMED_KEY)).toBe('1');
    expect(shouldWelcome()).toBe(false);
    noteOpening({ hash: '', search: '' }, false);
    expect(shouldWelcome()).toBe(false);
  });

  it('works without localStorage (refused or missing): shown, and dismissed for this visit', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    noteOpening({ hash: '', search: '' }, false);
    expect(shouldWelcome()).toBe(true);
    expect(() => rememberWelcomed()).not.toThrow();
    expect(shouldWelcome()).toBe(false);
  });
});
