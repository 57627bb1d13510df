/**
 * Where the parameters are in what the user pasted: a whole address, its fragment (`#…`), its
 * query (`?…`), or the bare parameter list.
 */

/** A parameter list names a Flowscope scenario when it sets one of these. */
const MARKER = /(^|&)(v|preset|z)=/;

/**
 * The parameter list in `text`: the fragment if it holds one (the form Flowscope writes), else
 * the query (a link some tool moved into the query string), else the whole text. Undefined when
 * none of them looks like a Flowscope link.
 */
export function findLinkPayload(text: string): string | undefined {
  const hash = text.indexOf('#');
  const beforeHash = hash < 0 ? text : text.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const candidates = [
    hash < 0 ? undefined : text.slice(hash + 1),
    question < 0 ? undefined : beforeHash.slice(question + 1),
    text,
  ];
  return candidates.find((candidate) => candidate !== undefined && MARKER.test(candidate));
}
