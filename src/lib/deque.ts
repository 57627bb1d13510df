/**
 * A first-in-first-out line on a growable ring buffer: O(1) push and shift, no `Array.shift`
 * copies. `pushedCount - shiftedCount` is the length, and `sequence - shiftedCount` is an item's
 * place in line, so a waiting request's position is known without scanning.
 */
export class Deque<T> {
  private items: (T | undefined)[];
  private head = 0;
  private size = 0;
  /** How many items were ever pushed; the next pushed item gets this as its sequence number. */
  pushedCount = 0;
  /** How many items were ever shifted from the head. */
  shiftedCount = 0;

  constructor(initialCapacity = 16) {
    this.items = new Array<T | undefined>(Math.max(4, initialCapacity));
  }

  get length(): number {
    return this.size;
  }

  push(item: T): void {
    if (this.size === this.items.length) this.grow();
    this.items[(this.head + this.size) % this.items.length] = item;
    this.size++;
    this.pushedCount++;
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.items.length;
    this.size--;
    this.shiftedCount++;
    return item;
  }

  peek(): T | undefined {
    return this.size === 0 ? undefined : this.items[this.head];
  }

  /** The item `index` places behind the head. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.items[(this.head + index) % this.items.length];
  }

  private grow(): void {
    const next = new Array<T | undefined>(this.items.length * 2);
    for (let i = 0; i < this.size; i++) next[i] = this.items[(this.head + i) % this.items.length];
    this.items = next;
    this.head = 0;
  }
}
