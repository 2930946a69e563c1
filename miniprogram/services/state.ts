/**
 * Per-instance state a page keeps out of `data` (cursors, request counters), so setData carries
 * only what the view renders. A WeakMap, because the same page may be open twice in the stack.
 */
export function privateState<S>(init: () => S): (self: object) => S {
  const map = new WeakMap<object, S>();
  return (self) => {
    let s = map.get(self);
    if (!s) {
      s = init();
      map.set(self, s);
    }
    return s;
  };
}
