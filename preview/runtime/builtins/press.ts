/* eslint-disable @typescript-eslint/no-require-imports -- miniprogram-exparser is CommonJS */
/**
 * Mouse presses as WeChat's `touchstart` / `touchend`: pressing sends touchstart through the
 * exparser tree from the element under the pointer; letting go — wherever the pointer is then,
 * as with a finger — sends touchend to that same element (hold-to-talk buttons need both).
 */
const exparser = require('miniprogram-exparser') as {
  Event: {
    create(name: string, detail: unknown, options: Record<string, unknown>): unknown;
    dispatchEvent(target: ExparserElement, event: unknown): void;
  };
};

type ExparserElement = Node & { __wxElement?: unknown };

function send(
  name: 'touchstart' | 'touchend' | 'touchcancel',
  node: ExparserElement,
  evt: PointerEvent,
) {
  const touch = {
    identifier: 0,
    pageX: evt.pageX,
    pageY: evt.pageY,
    clientX: evt.clientX,
    clientY: evt.clientY,
  };
  const touches = name === 'touchstart' ? [touch] : [];
  exparser.Event.dispatchEvent(
    node,
    exparser.Event.create(
      name,
      {},
      {
        originalEvent: evt,
        bubbles: true,
        capturePhase: true,
        composed: true,
        extraFields: { touches, changedTouches: [{ ...touch }] },
      },
    ),
  );
}

export function installPress(): void {
  let pressed: ExparserElement | undefined;
  document.addEventListener(
    'pointerdown',
    (evt) => {
      let target = evt.target as ExparserElement | null;
      while (target && !target.__wxElement) target = target.parentNode as ExparserElement | null;
      pressed = target ?? undefined;
      if (pressed) send('touchstart', pressed, evt);
    },
    true,
  );
  const release = (name: 'touchend' | 'touchcancel') => (evt: PointerEvent) => {
    const node = pressed;
    pressed = undefined;
    if (node) send(name, node, evt);
  };
  document.addEventListener('pointerup', release('touchend'), true);
  document.addEventListener('pointercancel', release('touchcancel'), true);
}
