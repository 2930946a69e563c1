/**
 * A small in-memory B+tree of distinct items under a total order: O(log n) insert and delete,
 * ordered walks in both directions from a position found by a monotone predicate. Leaves are
 * linked. A node that empties is unlinked; partly filled nodes are not merged, so the height stays
 * bounded by the largest size the tree has had.
 */
const MAX_ITEMS = 64;

interface Leaf<T> {
  leaf: true;
  items: T[];
  next?: Leaf<T>;
  prev?: Leaf<T>;
}

interface Inner<T> {
  leaf: false;
  /** mins[i] (i ≥ 1) is ≤ every item of children[i] and > every item of children[i - 1]. */
  mins: T[];
  children: Node<T>[];
}

type Node<T> = Leaf<T> | Inner<T>;

export interface Position<T> {
  leaf: Leaf<T>;
  at: number;
}

export class BTree<T> {
  private root: Node<T> = { leaf: true, items: [] };
  private count = 0;

  constructor(private readonly cmp: (a: T, b: T) => number) {}

  get size(): number {
    return this.count;
  }

  /** Index of the first item of `items` for which `cmp(item, probe) >= 0`. */
  private lower(items: T[], probe: T): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(items[mid], probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The child that holds (or would hold) `probe`. */
  private route(node: Inner<T>, probe: T): number {
    let lo = 1;
    let hi = node.mins.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(node.mins[mid], probe) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Inserts `item`; returns false (changing nothing) when an equal item is already there. */
  insert(item: T): boolean {
    const split = this.insertInto(this.root, item);
    if (split === false) return false;
    if (split) {
      this.root = {
        leaf: false,
        mins: [this.firstOf(this.root), split.min],
        children: [this.root, split.node],
      };
    }
    this.count++;
    return true;
  }

  private firstOf(node: Node<T>): T {
    return node.leaf ? node.items[0] : node.mins[0];
  }

  /** Returns false for a duplicate, a new right sibling when the node split, else undefined. */
  private insertInto(node: Node<T>, item: T): false | { min: T; node: Node<T> } | undefined {
    if (node.leaf) {
      const at = this.lower(node.items, item);
      if (at < node.items.length && this.cmp(node.items[at], item) === 0) return false;
      node.items.splice(at, 0, item);
      if (node.items.length <= MAX_ITEMS) return undefined;
      const right: Leaf<T> = {
        leaf: true,
        items: node.items.splice(node.items.length >>> 1),
        next: node.next,
        prev: node,
      };
      if (node.next) node.next.prev = right;
      node.next = right;
      return { min: right.items[0], node: right };
    }
    const i = this.route(node, item);
    const split = this.insertInto(node.children[i], item);
    if (i === 0 && split !== false && this.cmp(item, node.mins[0]) < 0) node.mins[0] = item;
    if (!split) return split;
    node.mins.splice(i + 1, 0, split.min);
    node.children.splice(i + 1, 0, split.node);
    if (node.children.length <= MAX_ITEMS) return undefined;
    const half = node.children.length >>> 1;
    const right: Inner<T> = {
      leaf: false,
      mins: node.mins.splice(half),
      children: node.children.splice(half),
    };
    return { min: right.mins[0], node: right };
  }

  /** Removes the item equal to `item`; returns whether there was one. */
  delete(item: T): boolean {
    const res = this.deleteFrom(this.root, item);
    if (!res) return false;
    this.count--;
    while (!this.root.leaf && this.root.children.length === 1) this.root = this.root.children[0];
    if (!this.root.leaf && this.root.children.length === 0) this.root = { leaf: true, items: [] };
    return true;
  }

  /** 0: not found, 1: removed, 2: removed and the node is now empty. */
  private deleteFrom(node: Node<T>, item: T): 0 | 1 | 2 {
    if (node.leaf) {
      const at = this.lower(node.items, item);
      if (at >= node.items.length || this.cmp(node.items[at], item) !== 0) return 0;
      node.items.splice(at, 1);
      if (node.items.length > 0 || node === this.root) return 1;
      if (node.prev) node.prev.next = node.next;
      if (node.next) node.next.prev = node.prev;
      return 2;
    }
    const i = this.route(node, item);
    const res = this.deleteFrom(node.children[i], item);
    if (res !== 2) return res;
    node.children.splice(i, 1);
    node.mins.splice(i, 1);
    return node.children.length === 0 ? 2 : 1;
  }

  /** The first i ≥ 1 whose separator fails `test` (separators pass it, then fail it), minus one. */
  private static child<T>(node: Inner<T>, test: (item: T) => boolean): number {
    let lo = 1;
    let hi = node.mins.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (test(node.mins[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The first item (in tree order) for which `atOrAfter` is true; `atOrAfter` must be false for a
   * prefix of the order and true for the rest.
   */
  seekFirst(atOrAfter: (item: T) => boolean): Position<T> | undefined {
    let node = this.root;
    while (!node.leaf) {
      node = node.children[BTree.child(node, (m) => !atOrAfter(m))];
    }
    let leaf: Leaf<T> | undefined = node;
    let at = leaf.items.findIndex(atOrAfter);
    if (at < 0) {
      leaf = leaf.next;
      at = 0;
    }
    return leaf && leaf.items.length ? { leaf, at } : undefined;
  }

  /**
   * The last item for which `atOrBefore` is true; `atOrBefore` must be true for a prefix of the
   * order and false for the rest.
   */
  seekLast(atOrBefore: (item: T) => boolean): Position<T> | undefined {
    let node = this.root;
    while (!node.leaf) {
      node = node.children[BTree.child(node, atOrBefore)];
    }
    let leaf: Leaf<T> | undefined = node;
    let at = leaf.items.length - 1;
    while (at >= 0 && !atOrBefore(leaf.items[at])) at--;
    if (at < 0) {
      leaf = leaf.prev;
      at = leaf ? leaf.items.length - 1 : -1;
    }
    return leaf && at >= 0 ? { leaf, at } : undefined;
  }

  /** The first position, or the last one with `reverse`. */
  edge(reverse = false): Position<T> | undefined {
    return reverse ? this.seekLast(() => true) : this.seekFirst(() => true);
  }

  /** Items from `from` on, in tree order or, with `reverse`, backwards. */
  *walk(from: Position<T> | undefined, reverse = false): Generator<T> {
    let leaf: Leaf<T> | undefined = from?.leaf;
    let at = from?.at ?? 0;
    while (leaf) {
      if (reverse) {
        for (; at >= 0; at--) yield leaf.items[at];
        leaf = leaf.prev;
        at = leaf ? leaf.items.length - 1 : 0;
      } else {
        for (; at < leaf.items.length; at++) yield leaf.items[at];
        leaf = leaf.next;
        at = 0;
      }
    }
  }

  /** The item `k` places after `from` in tree order, without visiting those in between leaf by leaf. */
  ahead(from: Position<T> | undefined, k: number): T | undefined {
    let leaf: Leaf<T> | undefined = from?.leaf;
    let at = (from?.at ?? 0) + k;
    while (leaf && at >= leaf.items.length) {
      at -= leaf.items.length;
      leaf = leaf.next;
    }
    return leaf?.items[at];
  }

  /** Every item in order (tests and debugging). */
  toArray(): T[] {
    return [...this.walk(this.edge())];
  }
}
