/** `<view>`: a box; its children and styles do the rest (hover-class: hover.ts). */
import { defineBuiltin } from './define';

export const view = defineBuiltin('view', { properties: { hoverClass: String } });
