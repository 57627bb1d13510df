/**
 * The future event list: a binary heap ordered by (time, sequence). The sequence number is given
 * when an event is scheduled, so events at the same instant run in the order they were scheduled,
 * whatever the heap's internal layout: this is what makes a run replay event for event.
 *
 * Events live in parallel typed arrays indexed by an event slot, so scheduling allocates nothing
 * once the arrays have grown to the run's working size.
 */
export class EventQueue {
  private times = new Float64Array(64);
  private seqs = new Float64Array(64);
  private kinds = new Uint8Array(64);
  private nodes = new Int32Array(64);
  private refs = new Int32Array(64);
  /** A second reference (a timer id), so a stale timer can be told from a live one. */
  private auxes = new Float64Array(64);
  /** Heap of event slots. */
  private heap = new Int32Array(64);
  private free: number[] = [];
  private slotsUsed = 0;
  private nextSeq = 0;
  size = 0;

  /** Schedules an event; returns its slot, valid for `cancel` until the event is popped. */
  schedule(timeS: number, kind: number, node: number, ref: number, aux = 0): number {
    return this.insert(timeS, this.nextSeq++, kind, node, ref, aux);
  }

  /**
   * Schedules an event that runs after every ordinary event at the same instant (faults): a fault
   * injected live at the current instant is applied after the events of that instant, and a run
   * that replays it from the scenario must apply it at the same point.
   */
  scheduleLate(timeS: number, kind: number, node: number, ref: number): number {
    return this.insert(timeS, LATE + this.nextSeq++, kind, node, ref);
  }

  /** Turns a scheduled event into one that does nothing (`EV_CANCELLED`) when its time comes. */
  cancel(slot: number, cancelledKind: number): void {
    this.kinds[slot] = cancelledKind;
  }

  private insert(timeS: number, seq: number, kind: number, node: number, ref: number, aux = 0): number {
    const slot = this.free.length > 0 ? (this.free.pop() as number) : this.newSlot();
    this.times[slot] = timeS;
    this.seqs[slot] = seq;
    this.kinds[slot] = kind;
    this.nodes[slot] = node;
    this.refs[slot] = ref;
    this.auxes[slot] = aux;
    if (this.size === this.heap.length) this.heap = grow(this.heap, Int32Array);
    this.siftUp(this.size++, slot);
    return slot;
  }

  /** Time of the next event, or Infinity when there is none. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.times[this.heap[0]];
  }

  /** Removes the next event; read it with `kindOf`/`nodeOf`/`refOf`/`timeOf` before the next schedule. */
  pop(): number {
    const top = this.heap[0];
    const last = this.heap[--this.size];
    if (this.size > 0) this.siftDown(0, last);
    this.free.push(top);
    return top;
  }

  timeOf(slot: number): number {
    return this.times[slot];
  }
  kindOf(slot: number): number {
    return this.kinds[slot];
  }
  nodeOf(slot: number): number {
    return this.nodes[slot];
  }
  refOf(slot: number): number {
    return this.refs[slot];
  }
  auxOf(slot: number): number {
    return this.auxes[slot];
  }

  private newSlot(): number {
    if (this.slotsUsed === this.times.length) {
      this.times = grow(this.times, Float64Array);
      this.seqs = grow(this.seqs, Float64Array);
      this.kinds = grow(this.kinds, Uint8Array);
      this.nodes = grow(this.nodes, Int32Array);
      this.refs = grow(this.refs, Int32Array);
      this.auxes = grow(this.auxes, Float64Array);
    }
    return this.slotsUsed++;
  }

  private before(a: number, b: number): boolean {
    const ta = this.times[a];
    const tb = this.times[b];
    return ta < tb || (ta === tb && this.seqs[a] < this.seqs[b]);
  }

  private siftUp(index: number, slot: number): void {
    const heap = this.heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(slot, heap[parent])) break;
      heap[index] = heap[parent];
      index = parent;
    }
    heap[index] = slot;
  }

  private siftDown(index: number, slot: number): void {
    const heap = this.heap;
    const size = this.size;
    for (;;) {
      let child = 2 * index + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(heap[child + 1], heap[child])) child++;
      if (!this.before(heap[child], slot)) break;
      heap[index] = heap[child];
      index = child;
    }
    heap[index] = slot;
  }
}

/** Sequence offset of late events: above any ordinary sequence number, still exact in a double. */
const LATE = 2 ** 50;

type TypedArray = Float64Array | Int32Array | Uint8Array;
function grow<T extends TypedArray>(array: T, Ctor: new (length: number) => T): T {
  const next = new Ctor(array.length * 2);
  next.set(array);
  return next;
}
