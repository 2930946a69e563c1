/* eslint-disable @typescript-eslint/no-require-imports -- miniprogram-exparser is CommonJS */
/**
 * Mouse clicks as WeChat's `tap`: j-component makes taps only from touches, so a click is sent
 * through the exparser tree from the element it hit (a disabled button swallows it).
 */
const exparser = require('miniprogram-exparser') as {
  Event: {
    create(name: string, detail: unknown, options: Record<string, unknown>): unknown;
    dispatchEvent(target: ExparserElement, event: unknown): void;
  };
};

/** A DOM node that renders an exparser element. */
type ExparserElement = Node & { __wxElement?: unknown };

export function installTap(): void {
  document.addEventListener('click', (evt) => {
    let target = evt.target as ExparserElement | null;
    while (target && !target.__wxElement) target = target.parentNode as ExparserElement | null;
    if (!target) return;
    // A disabled button or a picker handles its own taps.
    const disabled = (target as Partial<HTMLElement>).closest?.('wx-button[disabled]');
    if (disabled) return;
    const node = target;
    const touch = {
      identifier: 0,
      pageX: evt.pageX,
      pageY: evt.pageY,
      clientX: evt.clientX,
      clientY: evt.clientY,
    };
    Promise.resolve()
      .then(() => {
        exparser.Event.dispatchEvent(
          node,
          exparser.Event.create(
            'tap',
            { x: evt.pageX, y: evt.pageY },
            {
              originalEvent: evt,
              bubbles: true,
              capturePhase: true,
              composed: true,
              extraFields: { touches: [touch], changedTouches: [{ ...touch }] },
            },
          ),
        );
      })
      .catch(console.error);
  });
}
