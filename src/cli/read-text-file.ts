/** Reads a scenario file, refusing huge files before reading them into memory. */
import { readFileSync, statSync } from 'node:fs';
import { LIMITS } from '../scenario/limits.ts';

/** UTF-8 needs at most 4 bytes a character, so a larger file cannot be within the character limit. */
const MAX_BYTES = LIMITS.inputChars * 4;

export function readTextFile(path: string): string {
  const { size } = statSync(path);
  if (size > MAX_BYTES) {
    throw new Error(
      `it is too large (${size.toLocaleString('en')} bytes); a scenario may have at most ${LIMITS.inputChars.toLocaleString('en')} characters`,
    );
  }
  return readFileSync(path, 'utf8');
}
