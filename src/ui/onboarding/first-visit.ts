/**
 * The first minute (DESIGN §10): a visit that opens no link, by someone who has not dismissed the
 * welcome before, is shown where to start. The dismissal is remembered in localStorage; where that
 * is missing or refused (private modes, sandboxed frames) the welcome simply shows once per load.
 */
export const WELCOMED_KEY = 'flowscope.welcomed';
export const HEADLINE_LESSON_ID = 'queue-30-vs-5';

let welcome = false;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function wasWelcomed(): boolean {
  try {
    return storage()?.getItem(WELCOMED_KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberWelcomed(): void {
  welcome = false;
  try {
    storage()?.setItem(WELCOMED_KEY, '1');
  } catch {
    // Not remembered across visits; dismissed for this one.
  }
}

/** Called once at start, before the address bar is rewritten: did the visit open a link? */
export function noteOpening(location: { hash: string; search: string }, embed: boolean): void {
  const openedLink = location.hash.length > 1 || new URLSearchParams(location.search).has('preset');
  welcome = !embed && !openedLink && !wasWelcomed();
}

export function shouldWelcome(): boolean {
  return welcome;
}
