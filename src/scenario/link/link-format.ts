/**
 * The constants of the share-link format (docs/links.md): its version, its bounds and the names
 * of its top-level parameters.
 */
import { LIMITS } from '../limits.ts';

/**
 * The link format this build writes and reads. It changes only when the parameter syntax does;
 * a new scenario format alone changes nothing here (compressed links carry the scenario's own
 * `version`, and preset links are upgraded by `parseScenario`'s migrations).
 */
export const LINK_FORMAT_VERSION = 1;

export const LINK_LIMITS = {
  /**
   * Characters of link text read. Preset links are far shorter and a compressed 200-node
   * scenario fits; anything longer is refused before any work is spent on it.
   */
  chars: 65_536,
  /** Bytes a compressed scenario may expand to: the bound `parseScenario` puts on JSON text. */
  expandedBytes: LIMITS.inputChars,
  /** Problems reported for one link; past that, a hostile link is not worth reading further. */
  errors: 50,
  /** A preset link up to this long is kept even when the compressed form would be shorter. */
  readableChars: 1000,
} as const;

/** The `path` of errors about the link as a whole; parameters are `link.seed`, `link["api.workers"]`. */
export const LINK_PATH = 'link';

/** Parameters that are not a node or edge setting. */
export const TOP_LEVEL_PARAMS = ['v', 'preset', 'seed', 'name', 'z', 'fault'] as const;

/** Separates the two ends of an edge in a parameter name: `lb~app-1.latency`. */
export const EDGE_SEPARATOR = '~';
