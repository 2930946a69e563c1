/**
 * hover-class: while pressed, the element gets the class, with its owner's class prefix (taken
 * from a prefixed class the element already has, as j-component writes them: `prefix--name`).
 */
import { selfOf } from './define';

export function installHover(): void {
  let pressed: { el: HTMLElement; cls: string } | undefined;
  const release = () => {
    if (pressed) pressed.el.classList.remove(pressed.cls);
    pressed = undefined;
  };
  document.addEventListener('pointerdown', (evt) => {
    release();
    let node = evt.target as HTMLElement | null;
    while (node && node !== document.body) {
      const data = selfOf(node)?.data;
      const hover = data?.hoverClass;
      if (typeof hover === 'string' && hover && hover !== 'none' && !data?.disabled) {
        const prefixed = Array.from(node.classList).find((c) => c.includes('--'));
        const cls = prefixed ? `${prefixed.split('--')[0]}--${hover}` : hover;
        node.classList.add(cls);
        pressed = { el: node, cls };
        return;
      }
      node = node.parentElement;
    }
  });
  document.addEventListener('pointerup', () => setTimeout(release, 70));
  document.addEventListener('pointercancel', release);
}
