/* eslint-disable @typescript-eslint/no-require-imports -- j-component is CommonJS */
/**
 * How a built-in is written and registered with j-component under the name miniprogram-simulate
 * uses (`view` → `<wx-view>`). Its children stay in a `<slot/>`; `setup` adds what the browser
 * needs (a real <input>, a picker sheet…) to its own element once, when attached, and returns the
 * instance's state; `update` brings the element in line with the properties after setup and on
 * every change. Events reach the page through `triggerEvent`, as in WeChat. WeChat's aria-*
 * attributes become DOM `role`/`aria-*` on every built-in.
 */
const jComponent = require('j-component') as { register(def: Record<string, unknown>): string };

/** A WeChat property type: a constructor, or null for any value. */
type PropertyType =
  | StringConstructor
  | NumberConstructor
  | BooleanConstructor
  | ArrayConstructor
  | ObjectConstructor
  | null;
type PropertySpec = PropertyType | { type: PropertyType; value: unknown };
export type Properties = Record<string, PropertySpec>;

type ValueOf<T> = T extends StringConstructor
  ? string
  : T extends NumberConstructor
    ? number
    : T extends BooleanConstructor
      ? boolean
      : T extends ArrayConstructor
        ? unknown[]
        : unknown;
type SpecValue<S> = S extends { type: infer T } ? ValueOf<T> : ValueOf<S>;
/** The `data` a built-in's properties give its instances. */
export type DataOf<P extends Properties> = { [K in keyof P]: SpecValue<P[K]> };

const ARIA = [
  'ariaRole',
  'ariaLabel',
  'ariaChecked',
  'ariaSelected',
  'ariaHidden',
  'ariaDisabled',
  'ariaExpanded',
  'ariaLive',
  'ariaValuenow',
  'ariaValuemin',
  'ariaValuemax',
  'ariaLabelledby',
  'ariaDescribedby',
  'ariaPressed',
  'ariaReadonly',
  'ariaRequired',
  'ariaHaspopup',
] as const;
type AriaData = Record<(typeof ARIA)[number], unknown>;
const ariaProperties = Object.fromEntries(ARIA.map((k) => [k, { type: null, value: null }]));

/** The exparser node behind an instance: its DOM element and what WXML gave it. */
export interface ExparserNode {
  $$: HTMLElement;
  id: string;
  dataset?: Record<string, unknown>;
}

/** `this` of a built-in's instance, as j-component makes it. */
export interface BuiltinSelf<Data = Record<string, unknown>> {
  data: Data & AriaData;
  triggerEvent(name: string, detail?: unknown, options?: Record<string, unknown>): void;
  _exparserNode: ExparserNode;
}

export interface BuiltinDef<P extends Properties, State> {
  properties: P;
  /** j-component's built-in behaviors ('wx://form-field' adds `name` and `value`). */
  behaviors?: string[];
  setup?(self: BuiltinSelf<DataOf<P>>, host: HTMLElement): State;
  update?(self: BuiltinSelf<DataOf<P>>, host: HTMLElement, state: State): void;
}

export interface Builtin {
  name: string;
  register(): void;
}

const selves = new WeakMap<HTMLElement, BuiltinSelf>();

/** The instance a built-in's element belongs to (hover-class reads its data). */
export const selfOf = (host: HTMLElement): BuiltinSelf | undefined => selves.get(host);

/** Sets a boolean or string attribute, or removes it for false, '', null and undefined. */
export function attr(host: HTMLElement, name: string, value: unknown): void {
  if (value === false || value === undefined || value === null || value === '')
    host.removeAttribute(name);
  else host.setAttribute(name, value === true ? '' : String(value));
}

interface Instance<State> {
  state: State;
  ready: boolean;
  /** The aria attributes this instance has written (only those are removed again). */
  aria: Set<string>;
}

function reflectAria(self: { data: AriaData }, host: HTMLElement, aria: Set<string>): void {
  for (const key of ARIA) {
    const value = self.data[key];
    const name = key === 'ariaRole' ? 'role' : `aria-${key.slice(4).toLowerCase()}`;
    if (value === null || value === undefined || value === '') {
      if (aria.has(key)) host.removeAttribute(name);
      continue;
    }
    aria.add(key);
    host.setAttribute(name, String(value));
  }
}

export function defineBuiltin<P extends Properties, State = undefined>(
  name: string,
  def: BuiltinDef<P, State>,
): Builtin {
  type Self = BuiltinSelf<DataOf<P>>;
  const instances = new WeakMap<Self, Instance<State>>();
  const update = (self: Self, host: HTMLElement, instance: Instance<State>): void => {
    def.update?.(self, host, instance.state);
    reflectAria(self, host, instance.aria);
  };
  const register = (): void => {
    jComponent.register({
      id: name,
      tagName: `wx-${name}`,
      template: '<slot/>',
      properties: { ...ariaProperties, ...def.properties },
      behaviors: def.behaviors ?? [],
      options: { multipleSlots: false },
      methods: {},
      observers: {
        '**': function (this: Self) {
          const instance = instances.get(this);
          if (instance?.ready) update(this, this._exparserNode.$$, instance);
        },
      },
      lifetimes: {
        attached(this: Self) {
          const host = this._exparserNode.$$;
          if (!host) return;
          selves.set(host, this);
          let instance = instances.get(this);
          if (!instance) {
            instance = { state: undefined as State, ready: false, aria: new Set() };
            instances.set(this, instance);
            if (def.setup) instance.state = def.setup(this, host);
          }
          instance.ready = true;
          update(this, host, instance);
        },
      },
    });
  };
  return { name, register };
}
