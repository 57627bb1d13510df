/** A command-line value quoted for a message, cut to 80 characters (a bad value may be huge). */
export function quoteArg(text: string, max = 80): string {
  return `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}
