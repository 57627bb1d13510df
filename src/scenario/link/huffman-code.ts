/**
 * Building prefix codes for the compressor: code lengths from symbol frequencies (limited to
 * what DEFLATE can carry), then the canonical codes those lengths define.
 */

/**
 * Huffman code lengths for `frequencies`, none longer than `maxBits`. Symbols with frequency 0
 * get length 0. When the optimal tree is too deep, frequencies are halved (never below 1) and the
 * tree rebuilt: slightly less optimal than package-merge, much smaller, and the code stays complete.
 * Callers give at least two used symbols, so the code is always complete (decoders insist on it).
 */
export function huffmanLengths(frequencies: ArrayLike<number>, maxBits: number): Uint8Array {
  const lengths = new Uint8Array(frequencies.length);
  let weights = Array.from(frequencies);
  for (;;) {
    const leaves: number[] = [];
    for (let s = 0; s < weights.length; s++) if (weights[s] > 0) leaves.push(s);
    if (leaves.length === 0) return lengths;
    if (leaves.length === 1) {
      lengths[leaves[0]] = 1;
      return lengths;
    }
    leaves.sort((a, b) => weights[a] - weights[b] || a - b);
    const depths = treeDepths(leaves.map((s) => weights[s]));
    if (Math.max(...depths) <= maxBits) {
      leaves.forEach((symbol, i) => (lengths[symbol] = depths[i]));
      return lengths;
    }
    weights = weights.map((w) => (w === 0 ? 0 : Math.max(1, w >> 1)));
  }
}

/** Leaf depths of a Huffman tree over ascending weights (the two-queue method, no heap needed). */
function treeDepths(sortedWeights: readonly number[]): number[] {
  const leafCount = sortedWeights.length;
  const weight = [...sortedWeights];
  const parent = new Array<number>(leafCount).fill(-1);
  let nextLeaf = 0;
  let nextInner = leafCount;
  // Internal nodes are created in ascending weight order, so each queue stays sorted.
  const takeSmallest = () =>
    nextLeaf < leafCount && (nextInner >= weight.length || weight[nextLeaf] <= weight[nextInner])
      ? nextLeaf++
      : nextInner++;
  while (weight.length < 2 * leafCount - 1) {
    const a = takeSmallest();
    const b = takeSmallest();
    parent[a] = parent[b] = weight.length;
    weight.push(weight[a] + weight[b]);
    parent.push(-1);
  }
  // A parent is always created after its children, so one pass from the root sets every depth.
  const depth = new Array<number>(weight.length).fill(0);
  for (let node = weight.length - 2; node >= 0; node--) depth[node] = depth[parent[node]] + 1;
  return depth.slice(0, leafCount);
}

/**
 * The canonical codes (RFC 1951 §3.2.2) for these lengths, bit-reversed: DEFLATE packs bits
 * least-significant first but Huffman codes most-significant first.
 */
export function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const maxBits = Math.max(0, ...lengths);
  const count = new Uint16Array(maxBits + 1);
  for (const length of lengths) if (length > 0) count[length]++;
  const next = new Uint16Array(maxBits + 2);
  let code = 0;
  for (let bits = 1; bits <= maxBits; bits++) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol];
    if (length > 0) codes[symbol] = reverseBits(next[length]++, length);
  }
  return codes;
}

function reverseBits(value: number, bits: number): number {
  let out = 0;
  for (let i = 0; i < bits; i++) {
    out = (out << 1) | (value & 1);
    value >>= 1;
  }
  return out;
}
