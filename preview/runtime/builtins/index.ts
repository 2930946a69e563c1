/**
 * Web equivalents of the WeChat built-in components this mini-program renders — its pages and
 * the TDesign components they use (t-button renders `<button>`, t-icon `<label>` and `<image>`,
 * t-qrcode `<canvas>`) — one file each, written with define.ts; mouse clicks are taps (tap.ts),
 * pressing and letting go are touchstart and touchend (press.ts), and hover-class applies while
 * pressed (hover.ts). A built-in no page renders is not here:
 * add its file and list it below when a page starts to use one.
 */
import { button } from './button';
import { canvas } from './canvas';
import type { Builtin } from './define';
import { installHover } from './hover';
import { image } from './image';
import { input } from './input';
import { label } from './label';
import { pageMeta } from './page-meta';
import { picker } from './picker';
import { installPress } from './press';
import { switchBuiltin } from './switch';
import { installTap } from './tap';
import { text } from './text';
import { textarea } from './textarea';
import { view } from './view';

export const BUILTINS: readonly Builtin[] = [
  view,
  text,
  image,
  button,
  input,
  textarea,
  picker,
  switchBuiltin,
  label,
  pageMeta,
  canvas,
];

export function installBuiltins(): void {
  installTap();
  installPress();
  installHover();
  for (const builtin of BUILTINS) builtin.register();
}
