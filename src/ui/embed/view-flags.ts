/**
 * View flags ride on a link beside the scenario but are not part of it: `&embed=1` asks for the
 * embed view. They are read here and taken out before the link is decoded, so the scenario codec
 * never sees them and the address bar (and so "Copy link") never carries them on.
 */

export interface ViewFlags {
  embed: boolean;
  /** The fragment and query without the view flags. */
  hash: string;
  search: string;
}

const FLAG = /(^|&)embed=([^&]*)/g;

function strip(part: string, prefix: '#' | '?'): { text: string; embed: boolean } {
  if (!part.startsWith(prefix)) return { text: part, embed: false };
  let embed = false;
  const body = part.slice(1).replace(FLAG, (_match, _lead: string, value: string) => {
    if (value === '1' || value === 'true') embed = true;
    return '';
  });
  const clean = body.replace(/^&+/, '').replace(/&{2,}/g, '&');
  return { text: clean ? prefix + clean : '', embed };
}

export function readViewFlags(location: Pick<Location, 'hash' | 'search'>): ViewFlags {
  const hash = strip(location.hash, '#');
  const search = strip(location.search, '?');
  return { embed: hash.embed || search.embed, hash: hash.text, search: search.text };
}

/** The address of an embed: a share address with the flag added to its fragment. */
export function embedAddress(shareAddress: string): string {
  return shareAddress.includes('#') ? `${shareAddress}&embed=1` : `${shareAddress}#embed=1`;
}
