/**
 * The address to share: this page with the current scenario's link. When the address bar is kept
 * in sync (address-sync.ts) its pending change is written first, so the bar and the copy agree.
 */
import type { AppState } from '../../state/store.ts';
import type { AddressSync } from './address-sync.ts';

let active: AddressSync | null = null;

/** Called by main.tsx with the running address sync (null to detach). */
export function setActiveAddressSync(sync: AddressSync | null): void {
  active = sync;
}

export async function shareUrl(
  state: Pick<AppState, 'scenario' | 'seed'>,
  location: Location = window.location,
): Promise<string> {
  // The link codec loads after the first paint (main.tsx); by a click it is there.
  const { addressFor, currentLink } = await import('./address-sync.ts');
  const link = active ? active.flush() : currentLink(state);
  return `${location.origin}${addressFor(location, link)}`;
}
