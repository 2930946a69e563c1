/* eslint-disable @typescript-eslint/no-require-imports -- optional modules loaded when present */
/* eslint-disable @typescript-eslint/no-explicit-any -- the runtime drives untyped j-component/exparser objects */
/**
 * Web equivalents of WeChat's built-in components, registered with j-component under the same
 * names miniprogram-simulate uses (`view` → `<wx-view>`). Each keeps its children in a `<slot/>`
 * and adds what the browser needs (a real <input>, a picker sheet, scrolling events…) to its own
 * element; events reach the page through `triggerEvent`, as in WeChat (`bindchange`, `bindinput`…).
 */
import * as navigation from './navigation';
import { share } from './share';
import * as ui from './ui';
import { regionColumns, regionCodes } from './regions';
import { wx } from './wx';
import { openSetting } from './wx/auth';
import { fileUrl } from './wx/files';
import { asWxCanvas } from './wx/media';
import { agreePrivacy } from './wx/privacy';

const jComponent = require('j-component') as { register(def: Record<string, unknown>): string };

const exparser = require('miniprogram-exparser') as any;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Self = Record<string, any> & {
  data: Record<string, any>;
  triggerEvent(name: string, detail?: unknown, options?: Record<string, unknown>): void;
  setData(data: Record<string, unknown>): void;
  _exparserNode: any;
};

const hostOf = (self: Self): HTMLElement => self._exparserNode.$$ as HTMLElement;

interface BuiltinDef {
  properties?: Record<string, unknown>;
  behaviors?: string[];
  /** Builds the element's own DOM once, when attached. */
  setup?(self: Self, host: HTMLElement): void;
  /** Brings the DOM in line with the properties (after setup and on every change). */
  update?(self: Self, host: HTMLElement): void;
  detached?(self: Self, host: HTMLElement): void;
  methods?: Record<string, (this: Self, ...args: any[]) => unknown>;
}

/** WeChat's aria-* attributes on built-ins, reflected to the DOM (role, aria-label…). */
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
];
const ariaProps = Object.fromEntries(ARIA.map((k) => [k, { type: null, value: null }]));

function reflectAria(self: Self, host: HTMLElement): void {
  for (const key of ARIA) {
    const value = self.data[key];
    const name = key === 'ariaRole' ? 'role' : `aria-${key.slice(4).toLowerCase()}`;
    if (value === null || value === undefined || value === '') {
      if (self.__xpAria?.[key] !== undefined) host.removeAttribute(name);
      continue;
    }
    self.__xpAria = self.__xpAria ?? {};
    self.__xpAria[key] = value;
    host.setAttribute(name, String(value));
  }
}

function register(name: string, def: BuiltinDef = {}): void {
  const update = def.update;
  def = {
    ...def,
    update(self, host) {
      update?.(self, host);
      reflectAria(self, host);
    },
  };
  jComponent.register({
    id: name,
    tagName: `wx-${name}`,
    template: '<slot/>',
    properties: { ...ariaProps, ...(def.properties ?? {}) },
    behaviors: def.behaviors ?? [],
    options: { multipleSlots: false },
    methods: def.methods ?? {},
    observers: {
      '**': function (this: Self) {
        if (this.__xpReady && def.update) def.update(this, hostOf(this));
      },
    },
    lifetimes: {
      attached(this: Self) {
        const host = hostOf(this);
        if (!host) return;
        (host as any).__xpSelf = this;
        if (!this.__xpSetup) {
          this.__xpSetup = true;
          def.setup?.(this, host);
        }
        this.__xpReady = true;
        def.update?.(this, host);
      },
      detached(this: Self) {
        const host = hostOf(this);
        if (host) def.detached?.(this, host);
      },
    },
  });
}

function attr(host: HTMLElement, name: string, value: unknown): void {
  if (value === false || value === undefined || value === null || value === '')
    host.removeAttribute(name);
  else host.setAttribute(name, value === true ? '' : String(value));
}

/** Resolves an image src the way WeChat does: '/x.png' from the mini-program root, relative to the page. */
export function resolveSrc(src: string): string {
  if (!src) return '';
  if (src.startsWith('wxfile://')) return fileUrl(src) ?? '';
  if (/^(https?:|data:|blob:)/.test(src)) return src;
  if (src.startsWith('cloud://')) return '';
  if (src.startsWith('/')) return `/mp${src}`;
  const route = navigation.top()?.route ?? '';
  const parts = route.split('/');
  parts.pop();
  for (const seg of src.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return `/mp/${parts.join('/')}`;
}

// ------------------------------------------------------------------ taps

/** Sends WeChat's `tap` through the exparser tree for a mouse click (j-component only makes taps from touches). */
/**
 * hover-class: while pressed, the element gets the class, with its owner's class prefix (taken
 * from a prefixed class the element already has, as j-component writes them: `prefix--name`).
 */
function installHover(): void {
  let pressed: { el: HTMLElement; cls: string } | undefined;
  const release = () => {
    if (pressed) pressed.el.classList.remove(pressed.cls);
    pressed = undefined;
  };
  document.addEventListener('pointerdown', (evt) => {
    release();
    let node = evt.target as HTMLElement | null;
    while (node && node !== document.body) {
      const self = (node as any).__xpSelf as Self | undefined;
      const hover = self?.data?.hoverClass as string | undefined;
      if (hover && hover !== 'none' && !self?.data?.disabled) {
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

function installTap(): void {
  document.addEventListener('click', (evt) => {
    let target = evt.target as (Node & { __wxElement?: unknown }) | null;
    while (target && !target.__wxElement) target = target.parentNode as typeof target;
    if (!target) return;
    // A disabled button or a picker handles its own taps.
    const disabled = (target as unknown as HTMLElement).closest?.('wx-button[disabled]');
    if (disabled) return;
    const node = target;
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
              extraFields: {
                touches: [
                  {
                    identifier: 0,
                    pageX: evt.pageX,
                    pageY: evt.pageY,
                    clientX: evt.clientX,
                    clientY: evt.clientY,
                  },
                ],
                changedTouches: [
                  {
                    identifier: 0,
                    pageX: evt.pageX,
                    pageY: evt.pageY,
                    clientX: evt.clientX,
                    clientY: evt.clientY,
                  },
                ],
              },
            },
          ),
        );
      })
      .catch(console.error);
  });
}

// ------------------------------------------------------------------ forms

interface Field {
  name(): string;
  value(): unknown;
  reset(): void;
}

function fieldOf(host: HTMLElement): Field | undefined {
  return (host as any).__xpField as Field | undefined;
}

function collectForm(form: HTMLElement): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  form.querySelectorAll('*').forEach((node) => {
    const field = fieldOf(node as HTMLElement);
    if (field && field.name()) value[field.name()] = field.value();
  });
  return value;
}

function submitForm(from: HTMLElement, type: 'submit' | 'reset', buttonSelf: Self): void {
  const form = from.closest('wx-form') as HTMLElement | null;
  const self = form && ((form as any).__xpSelf as Self | undefined);
  if (!form || !self) return;
  if (type === 'reset') {
    form.querySelectorAll('*').forEach((n) => fieldOf(n as HTMLElement)?.reset());
    self.triggerEvent('reset', {});
    return;
  }
  self.triggerEvent('submit', {
    value: collectForm(form),
    target: { id: buttonSelf._exparserNode.id, dataset: buttonSelf._exparserNode.dataset ?? {} },
  });
}

// ------------------------------------------------------------------ the components

export function installBuiltins(): void {
  installTap();
  installHover();

  for (const name of [
    'view',
    'cover-view',
    'movable-area',
    'movable-view',
    'swiper-item',
    'block',
    'picker-view-column',
    'navigation-bar',
    'official-account',
    'open-data',
    'ad',
    'ad-custom',
    'match-media',
    'root-portal',
    'page-container',
    'keyboard-accessory',
    'grid-view',
    'list-view',
    'sticky-header',
    'sticky-section',
    'share-element',
    'functional-page-navigator',
    'voip-room',
    'channel-live',
    'channel-video',
    'live-player',
    'live-pusher',
    'camera',
    'audio',
    'editor',
  ]) {
    register(name, { properties: { hoverClass: String } });
  }

  register('text', {
    properties: { selectable: Boolean, userSelect: Boolean, space: String, decode: Boolean },
    update(self, host) {
      attr(host, 'space', self.data.space);
      attr(host, 'selectable', self.data.selectable || self.data.userSelect);
    },
  });

  register('image', {
    properties: {
      src: String,
      mode: { type: String, value: 'scaleToFill' },
      lazyLoad: Boolean,
      showMenuByLongpress: Boolean,
      webp: Boolean,
    },
    setup(self, host) {
      const img = document.createElement('img');
      img.className = 'xp-img';
      img.draggable = false;
      img.onload = () => {
        self.triggerEvent('load', { width: img.naturalWidth, height: img.naturalHeight });
        if (self.data.mode === 'widthFix' || self.data.mode === 'heightFix')
          host.style.setProperty('--xp-ratio', String(img.naturalWidth / img.naturalHeight));
      };
      img.onerror = () => self.triggerEvent('error', { errMsg: `GET ${img.src} failed` });
      host.appendChild(img);
      (self as any).__img = img;
    },
    update(self, host) {
      const img = (self as any).__img as HTMLImageElement;
      const src = resolveSrc(self.data.src || '');
      if (img.getAttribute('src') !== src) {
        if (src) img.setAttribute('src', src);
        else img.removeAttribute('src');
      }
      host.setAttribute('mode', self.data.mode || 'scaleToFill');
    },
  });

  register('icon', {
    properties: { type: String, size: { type: null, value: 23 }, color: String },
    update(self, host) {
      const glyphs: Record<string, [string, string]> = {
        success: ['✓', '#07c160'],
        success_no_circle: ['✓', '#07c160'],
        info: ['i', '#10aeff'],
        warn: ['!', '#f76260'],
        waiting: ['◷', '#10aeff'],
        cancel: ['✕', '#f43530'],
        download: ['↓', '#07c160'],
        search: ['⌕', '#b2b2b2'],
        clear: ['✕', '#b2b2b2'],
        info_circle: ['i', '#10aeff'],
        success_circle: ['✓', '#07c160'],
      };
      const [glyph, color] = glyphs[self.data.type] ?? ['•', '#999'];
      const size =
        typeof self.data.size === 'number'
          ? `${self.data.size}px`
          : String(self.data.size).replace(/(\d+)rpx/, (_m, n) => `${Number(n) / 2}px`);
      host.textContent = glyph;
      host.setAttribute('type', self.data.type || '');
      host.style.setProperty('--xp-icon-size', size);
      host.style.setProperty('--xp-icon-color', self.data.color || color);
    },
  });

  register('button', {
    behaviors: ['wx://form-field-button'],
    properties: {
      size: String,
      type: String,
      plain: Boolean,
      disabled: Boolean,
      loading: Boolean,
      formType: String,
      openType: String,
      hoverClass: String,
      sessionFrom: String,
      sendMessageTitle: String,
      sendMessagePath: String,
      appParameter: String,
      showMessageCard: Boolean,
      lang: String,
    },
    setup(self, host) {
      host.setAttribute('role', 'button');
      host.tabIndex = 0;
      host.addEventListener('click', () => {
        if (self.data.disabled) return;
        const openType = self.data.openType as string;
        if (self.data.formType === 'submit' || self.data.formType === 'reset')
          submitForm(host, self.data.formType, self);
        if (!openType) return;
        const target = { id: self._exparserNode.id, dataset: self._exparserNode.dataset ?? {} };
        switch (openType) {
          case 'share':
            void share('button', target);
            break;
          case 'agreePrivacyAuthorization':
            agreePrivacy(self._exparserNode.id);
            self.triggerEvent('agreeprivacyauthorization', {});
            break;
          case 'contact':
            void ui
              .standIn('客服会话', ['微信会在这里打开与“乡聘”客服的会话。'])
              .then(() => self.triggerEvent('contact', {}));
            break;
          case 'getPhoneNumber':
          case 'getRealtimePhoneNumber':
            void ui
              .standIn(
                '手机号快速验证',
                ['微信会在这里请用户同意提供手机号。预览给一个演示 code。'],
                [{ text: '拒绝' }, { text: '允许', primary: true }],
              )
              .then((i) =>
                self.triggerEvent(
                  openType === 'getPhoneNumber' ? 'getphonenumber' : 'getrealtimephonenumber',
                  i === 1
                    ? { errMsg: 'getPhoneNumber:ok', code: 'preview-phone-code' }
                    : { errMsg: 'getPhoneNumber:fail user deny' },
                ),
              );
            break;
          case 'openSetting':
            openSetting({
              success: (res: unknown) => self.triggerEvent('opensetting', res),
            });
            break;
          case 'feedback':
            void ui.standIn('意见反馈', ['微信会在这里打开“意见反馈”页面。']);
            break;
          case 'chooseAvatar':
            self.triggerEvent('chooseavatar', { avatarUrl: '' });
            break;
          case 'launchApp':
            self.triggerEvent('error', {
              errMsg: 'launchApp:fail not supported in the browser preview',
            });
            break;
          default:
            console.warn(
              `[preview] <button open-type="${openType}"> is not available in the browser preview`,
            );
        }
      });
    },
    update(self, host) {
      attr(host, 'type', self.data.type);
      attr(host, 'size', self.data.size);
      attr(host, 'plain', self.data.plain);
      attr(host, 'disabled', self.data.disabled);
      attr(host, 'loading', self.data.loading);
      host.setAttribute('aria-disabled', String(!!self.data.disabled));
    },
  });

  const textField = (multiline: boolean): BuiltinDef => ({
    behaviors: ['wx://form-field'],
    properties: {
      value: { type: null, value: '' },
      type: { type: String, value: 'text' },
      password: Boolean,
      placeholder: String,
      placeholderStyle: String,
      placeholderClass: String,
      disabled: Boolean,
      maxlength: { type: Number, value: 140 },
      focus: Boolean,
      autoFocus: Boolean,
      confirmType: { type: String, value: multiline ? 'return' : 'done' },
      autoHeight: Boolean,
      cursorSpacing: null,
      adjustPosition: null,
      holdKeyboard: Boolean,
      alwaysEmbed: Boolean,
      showConfirmBar: null,
      fixed: Boolean,
      cursor: Number,
      selectionStart: Number,
      selectionEnd: Number,
      confirmHold: Boolean,
      disableDefaultPadding: Boolean,
      controlled: Boolean,
    },
    setup(self, host) {
      const input = document.createElement(multiline ? 'textarea' : 'input') as
        HTMLInputElement | HTMLTextAreaElement;
      input.className = multiline ? 'xp-textarea' : 'xp-input';
      (self as any).__input = input;
      (self as any).__value = String(self.data.value ?? '');
      input.addEventListener('input', () => {
        (self as any).__value = input.value;
        if (multiline && self.data.autoHeight) {
          input.style.height = 'auto';
          input.style.height = `${input.scrollHeight}px`;
        }
        self.triggerEvent('input', {
          value: input.value,
          cursor: input.selectionStart ?? input.value.length,
          keyCode: 0,
        });
      });
      input.addEventListener('focus', () =>
        self.triggerEvent('focus', { value: input.value, height: 0 }),
      );
      input.addEventListener('blur', () =>
        self.triggerEvent('blur', { value: input.value, cursor: input.selectionStart ?? 0 }),
      );
      input.addEventListener('keydown', (e) => {
        const k = e as KeyboardEvent;
        if (
          k.key === 'Enter' &&
          (!multiline || self.data.confirmType !== 'return') &&
          !k.isComposing
        ) {
          if (multiline) e.preventDefault();
          self.triggerEvent('confirm', { value: input.value });
          if (!self.data.confirmHold && !multiline) input.blur();
        }
        self.triggerEvent('keyboardheightchange', { height: 0, duration: 0 });
      });
      host.appendChild(input);
      (host as any).__xpField = {
        name: () => String(self._exparserNode.name ?? self.data.name ?? ''),
        value: () => input.value,
        reset: () => {
          input.value = '';
          (self as any).__value = '';
        },
      } satisfies Field;
    },
    update(self, host) {
      const input = (self as any).__input as HTMLInputElement;
      const value =
        self.data.value === undefined || self.data.value === null ? '' : String(self.data.value);
      if (value !== (self as any).__lastProp) {
        (self as any).__lastProp = value;
        if (input.value !== value) input.value = value;
      }
      if (!multiline) {
        const t = self.data.type as string;
        input.type = self.data.password
          ? 'password'
          : t === 'number' || t === 'digit'
            ? 'text'
            : 'text';
        input.inputMode =
          t === 'number' ? 'numeric' : t === 'digit' ? 'decimal' : t === 'idcard' ? 'text' : 'text';
        (input as HTMLInputElement).enterKeyHint =
          self.data.confirmType === 'search'
            ? 'search'
            : self.data.confirmType === 'next'
              ? 'next'
              : self.data.confirmType === 'send'
                ? 'send'
                : 'done';
      }
      input.placeholder = self.data.placeholder ?? '';
      input.disabled = !!self.data.disabled;
      const max = Number(self.data.maxlength);
      if (max >= 0) input.maxLength = max;
      else input.removeAttribute('maxlength');
      if (self.data.placeholderStyle)
        host.style.setProperty(
          '--xp-placeholder-color',
          /color:\s*([^;]+)/.exec(self.data.placeholderStyle)?.[1] ?? '',
        );
      if ((self.data.focus || self.data.autoFocus) && !(self as any).__focused) {
        (self as any).__focused = true;
        setTimeout(() => input.focus(), 0);
      }
      if (!self.data.focus) (self as any).__focused = false;
      attr(host, 'disabled', self.data.disabled);
      attr(host, 'auto-height', self.data.autoHeight);
    },
  });
  register('input', textField(false));
  register('textarea', textField(true));

  register('picker', {
    behaviors: ['wx://form-field'],
    properties: {
      mode: { type: String, value: 'selector' },
      range: { type: Array, value: [] },
      rangeKey: String,
      value: { type: null, value: null },
      start: String,
      end: String,
      fields: { type: String, value: 'day' },
      disabled: Boolean,
      customItem: String,
      headerText: String,
      level: { type: String, value: 'region' },
    },
    setup(self, host) {
      host.setAttribute('role', 'button');
      host.setAttribute('aria-haspopup', 'dialog');
      host.addEventListener('click', () => {
        if (self.data.disabled || (self as any).__open) return;
        (self as any).__open = true;
        void openPicker(self).finally(() => ((self as any).__open = false));
      });
      (host as any).__xpField = {
        name: () => String(self._exparserNode.name ?? ''),
        value: () => self.data.value,
        reset: () => undefined,
      } satisfies Field;
    },
    update(self, host) {
      attr(host, 'disabled', self.data.disabled);
    },
  });

  register('picker-view', {
    behaviors: ['wx://form-field'],
    properties: {
      value: { type: Array, value: [] },
      indicatorStyle: String,
      indicatorClass: String,
      maskStyle: String,
      maskClass: String,
      immediateChange: Boolean,
    },
    setup(self, host) {
      host.addEventListener('click', (e) => {
        const item = (e.target as HTMLElement).closest(
          'wx-picker-view-column > *',
        ) as HTMLElement | null;
        if (!item) return;
        const column = item.parentElement as HTMLElement;
        const columns = Array.from(host.querySelectorAll(':scope > wx-picker-view-column'));
        const c = columns.indexOf(column);
        const i = Array.from(column.children).indexOf(item);
        const value = [...(self.data.value ?? [])];
        while (value.length < columns.length) value.push(0);
        value[c] = i;
        self.triggerEvent('change', { value });
      });
    },
    update(self, host) {
      const value = (self.data.value ?? []) as number[];
      host.querySelectorAll(':scope > wx-picker-view-column').forEach((column, c) => {
        Array.from(column.children).forEach((child, i) =>
          child.classList.toggle('xp-picker-view-on', value[c] === i),
        );
      });
    },
  });

  register('switch', {
    behaviors: ['wx://form-field'],
    properties: {
      checked: Boolean,
      disabled: Boolean,
      type: { type: String, value: 'switch' },
      color: String,
    },
    setup(self, host) {
      host.setAttribute('role', 'switch');
      host.tabIndex = 0;
      (self as any).__checked = !!self.data.checked;
      host.addEventListener('click', () => {
        if (self.data.disabled) return;
        (self as any).__checked = !(self as any).__checked;
        host.toggleAttribute('checked', (self as any).__checked);
        host.setAttribute('aria-checked', String((self as any).__checked));
        self.triggerEvent('change', { value: (self as any).__checked });
      });
      (host as any).__xpField = {
        name: () => String(self._exparserNode.name ?? ''),
        value: () => !!(self as any).__checked,
        reset: () => ((self as any).__checked = false),
      } satisfies Field;
    },
    update(self, host) {
      if (self.data.checked !== (self as any).__lastChecked) {
        (self as any).__lastChecked = self.data.checked;
        (self as any).__checked = !!self.data.checked;
      }
      host.toggleAttribute('checked', !!(self as any).__checked);
      host.setAttribute('aria-checked', String(!!(self as any).__checked));
      attr(host, 'disabled', self.data.disabled);
      attr(host, 'type', self.data.type);
      if (self.data.color) host.style.setProperty('--xp-switch-color', self.data.color);
    },
  });

  const choice = (kind: 'checkbox' | 'radio'): BuiltinDef => ({
    properties: {
      value: { type: null, value: '' },
      checked: Boolean,
      disabled: Boolean,
      color: String,
    },
    setup(self, host) {
      host.setAttribute('role', kind);
      host.tabIndex = 0;
      (self as any).__checked = !!self.data.checked;
      (host as any).__xpToggle = () => {
        if (self.data.disabled) return;
        const group = host.closest(`wx-${kind}-group`) as HTMLElement | null;
        if (kind === 'radio') {
          if ((self as any).__checked) return;
          group?.querySelectorAll('wx-radio').forEach((r) => {
            const other = (r as any).__xpSelf as Self | undefined;
            if (other && other !== self) {
              (other as any).__checked = false;
              r.toggleAttribute('checked', false);
              r.setAttribute('aria-checked', 'false');
            }
          });
          (self as any).__checked = true;
        } else (self as any).__checked = !(self as any).__checked;
        host.toggleAttribute('checked', (self as any).__checked);
        host.setAttribute('aria-checked', String((self as any).__checked));
        const groupSelf = group && ((group as any).__xpSelf as Self | undefined);
        groupSelf?.triggerEvent('change', { value: groupValue(group as HTMLElement, kind) });
      };
      host.addEventListener('click', (e) => {
        if ((e as any).__xpHandled) return;
        (e as any).__xpHandled = true;
        (host as any).__xpToggle();
      });
    },
    update(self, host) {
      if (self.data.checked !== (self as any).__lastChecked) {
        (self as any).__lastChecked = self.data.checked;
        (self as any).__checked = !!self.data.checked;
      }
      host.toggleAttribute('checked', !!(self as any).__checked);
      host.setAttribute('aria-checked', String(!!(self as any).__checked));
      attr(host, 'disabled', self.data.disabled);
      if (self.data.color) host.style.setProperty('--xp-choice-color', self.data.color);
    },
  });
  const groupValue = (group: HTMLElement, kind: 'checkbox' | 'radio'): unknown => {
    const values: unknown[] = [];
    group.querySelectorAll(`wx-${kind}`).forEach((n) => {
      const s = (n as any).__xpSelf as Self | undefined;
      if (s && (s as any).__checked) values.push(s.data.value);
    });
    return kind === 'radio' ? (values[0] ?? '') : values;
  };
  register('checkbox', choice('checkbox'));
  register('radio', choice('radio'));
  for (const kind of ['checkbox', 'radio'] as const) {
    register(`${kind}-group`, {
      behaviors: ['wx://form-field'],
      properties: { name: String },
      setup(self, host) {
        (host as any).__xpField = {
          name: () => String(self._exparserNode.name ?? ''),
          value: () => groupValue(host, kind),
          reset: () => undefined,
        } satisfies Field;
      },
    });
  }

  register('label', {
    properties: { for: String },
    setup(self, host) {
      host.addEventListener('click', (e) => {
        if ((e as any).__xpHandled) return;
        if (
          (e.target as HTMLElement).closest(
            'wx-checkbox, wx-radio, wx-switch, wx-input, wx-textarea, wx-button',
          )
        )
          return;
        (e as any).__xpHandled = true;
        const target = self.data.for
          ? (document.getElementById(self.data.for) as HTMLElement | null)
          : (host.querySelector(
              'wx-checkbox, wx-radio, wx-switch, wx-button',
            ) as HTMLElement | null);
        if (target && (target as any).__xpToggle) (target as any).__xpToggle();
        else target?.click();
      });
    },
  });

  register('form', {
    properties: { reportSubmit: Boolean, reportSubmitTimeout: Number },
  });

  register('scroll-view', {
    properties: {
      scrollX: Boolean,
      scrollY: Boolean,
      upperThreshold: { type: Number, value: 50 },
      lowerThreshold: { type: Number, value: 50 },
      scrollTop: null,
      scrollLeft: null,
      scrollIntoView: String,
      scrollWithAnimation: Boolean,
      enableBackToTop: Boolean,
      enableFlex: Boolean,
      refresherEnabled: Boolean,
      refresherTriggered: Boolean,
      showScrollbar: { type: Boolean, value: true },
      type: String,
      enhanced: Boolean,
      pagingEnabled: Boolean,
      bounces: Boolean,
    },
    setup(self, host) {
      let lastTop = 0;
      let lastLeft = 0;
      let lower = false;
      let upper = true;
      host.addEventListener(
        'scroll',
        () => {
          const detail = {
            scrollTop: host.scrollTop,
            scrollLeft: host.scrollLeft,
            scrollHeight: host.scrollHeight,
            scrollWidth: host.scrollWidth,
            deltaX: host.scrollLeft - lastLeft,
            deltaY: host.scrollTop - lastTop,
          };
          lastTop = host.scrollTop;
          lastLeft = host.scrollLeft;
          self.triggerEvent('scroll', detail);
          const vertical = self.data.scrollY || !self.data.scrollX;
          const remaining = vertical
            ? host.scrollHeight - host.clientHeight - host.scrollTop
            : host.scrollWidth - host.clientWidth - host.scrollLeft;
          const fromStart = vertical ? host.scrollTop : host.scrollLeft;
          const nowLower = remaining <= Number(self.data.lowerThreshold ?? 50);
          if (nowLower && !lower)
            self.triggerEvent('scrolltolower', { direction: vertical ? 'bottom' : 'right' });
          lower = nowLower;
          const nowUpper = fromStart <= Number(self.data.upperThreshold ?? 50);
          if (nowUpper && !upper)
            self.triggerEvent('scrolltoupper', { direction: vertical ? 'top' : 'left' });
          upper = nowUpper;
        },
        { passive: true },
      );
    },
    update(self, host) {
      attr(host, 'scroll-x', self.data.scrollX);
      attr(host, 'scroll-y', self.data.scrollY);
      attr(host, 'enable-flex', self.data.enableFlex);
      const behavior = self.data.scrollWithAnimation ? 'smooth' : 'auto';
      if (
        self.data.scrollTop !== undefined &&
        self.data.scrollTop !== null &&
        self.data.scrollTop !== (self as any).__st
      ) {
        (self as any).__st = self.data.scrollTop;
        requestAnimationFrame(() =>
          host.scrollTo({ top: Number(String(self.data.scrollTop).replace('px', '')), behavior }),
        );
      }
      if (
        self.data.scrollLeft !== undefined &&
        self.data.scrollLeft !== null &&
        self.data.scrollLeft !== (self as any).__sl
      ) {
        (self as any).__sl = self.data.scrollLeft;
        requestAnimationFrame(() =>
          host.scrollTo({ left: Number(String(self.data.scrollLeft).replace('px', '')), behavior }),
        );
      }
      if (self.data.scrollIntoView && self.data.scrollIntoView !== (self as any).__siv) {
        (self as any).__siv = self.data.scrollIntoView;
        requestAnimationFrame(() => {
          const target = host.querySelector(
            `#${CSS.escape(self.data.scrollIntoView)}`,
          ) as HTMLElement | null;
          if (target)
            host.scrollTo({
              top: target.offsetTop - host.offsetTop,
              left: target.offsetLeft - host.offsetLeft,
              behavior,
            });
        });
      }
    },
  });

  register('navigator', {
    properties: {
      url: String,
      openType: { type: String, value: 'navigate' },
      delta: { type: Number, value: 1 },
      hoverClass: String,
      target: String,
      appId: String,
    },
    setup(self, host) {
      host.setAttribute('role', 'link');
      host.addEventListener('click', () => {
        const url = self.data.url as string;
        const w = wx as any;
        const done = {
          success: () => self.triggerEvent('success', {}),
          fail: (e: unknown) => {
            console.warn('[preview] navigator', e);
            self.triggerEvent('fail', e);
          },
          complete: () => self.triggerEvent('complete', {}),
        };
        switch (self.data.openType) {
          case 'redirect':
            w.redirectTo({ url, ...done });
            break;
          case 'switchTab':
            w.switchTab({ url, ...done });
            break;
          case 'reLaunch':
            w.reLaunch({ url, ...done });
            break;
          case 'navigateBack':
            w.navigateBack({ delta: self.data.delta, ...done });
            break;
          case 'exit':
            break;
          default:
            w.navigateTo({ url, ...done });
        }
      });
    },
  });

  register('swiper', {
    properties: {
      indicatorDots: Boolean,
      indicatorColor: { type: String, value: 'rgba(0,0,0,.3)' },
      indicatorActiveColor: { type: String, value: '#000000' },
      autoplay: Boolean,
      current: { type: Number, value: 0 },
      interval: { type: Number, value: 5000 },
      duration: { type: Number, value: 500 },
      circular: Boolean,
      vertical: Boolean,
      previousMargin: String,
      nextMargin: String,
      displayMultipleItems: { type: Number, value: 1 },
      easingFunction: String,
    },
    setup(self, host) {
      const dots = document.createElement('div');
      dots.className = 'xp-swiper-dots';
      host.appendChild(dots);
      (self as any).__dots = dots;
      (self as any).__cur = self.data.current ?? 0;
      let startX = 0;
      host.addEventListener('pointerdown', (e) => (startX = e.clientX));
      host.addEventListener('pointerup', (e) => {
        const dx = e.clientX - startX;
        if (Math.abs(dx) > 30) go(self, host, (self as any).__cur + (dx < 0 ? 1 : -1), 'touch');
      });
    },
    update(self, host) {
      if (self.data.current !== (self as any).__lastCurrent) {
        (self as any).__lastCurrent = self.data.current;
        (self as any).__cur = self.data.current ?? 0;
      }
      layoutSwiper(self, host);
      clearInterval((self as any).__timer);
      if (self.data.autoplay)
        (self as any).__timer = setInterval(
          () => go(self, host, (self as any).__cur + 1, 'autoplay'),
          Math.max(1000, self.data.interval),
        );
    },
    detached(self) {
      clearInterval((self as any).__timer);
    },
  });
  const items = (host: HTMLElement) =>
    Array.from(host.children).filter(
      (c) => c.tagName.toLowerCase() === 'wx-swiper-item',
    ) as HTMLElement[];
  const layoutSwiper = (self: Self, host: HTMLElement) => {
    const list = items(host);
    const cur = (self as any).__cur as number;
    list.forEach((item, i) => {
      item.style.transform = self.data.vertical
        ? `translateY(${(i - cur) * 100}%)`
        : `translateX(${(i - cur) * 100}%)`;
      item.style.transition = `transform ${self.data.duration}ms`;
    });
    const dots = (self as any).__dots as HTMLElement;
    dots.style.display = self.data.indicatorDots ? '' : 'none';
    dots.textContent = '';
    list.forEach((_x, i) => {
      const d = document.createElement('span');
      d.className = 'xp-swiper-dot';
      d.style.background = i === cur ? self.data.indicatorActiveColor : self.data.indicatorColor;
      dots.appendChild(d);
    });
  };
  const go = (self: Self, host: HTMLElement, to: number, source: string) => {
    const n = items(host).length;
    if (!n) return;
    let next = to;
    if (next >= n) next = self.data.circular || source === 'autoplay' ? 0 : n - 1;
    if (next < 0) next = self.data.circular ? n - 1 : 0;
    if (next === (self as any).__cur) return;
    (self as any).__cur = next;
    layoutSwiper(self, host);
    self.triggerEvent('change', { current: next, currentItemId: '', source });
  };

  register('page-meta', {
    properties: {
      rootFontSize: String,
      pageFontSize: String,
      pageStyle: String,
      backgroundColor: String,
      backgroundTextStyle: String,
      scrollTop: String,
      scrollDuration: Number,
      pageOrientation: String,
      rootBackgroundColor: String,
      backgroundColorTop: String,
      backgroundColorBottom: String,
    },
    update(self, host) {
      const wrapper = host.closest('.xp-page') as HTMLElement | null;
      if (!wrapper) return;
      wrapper.dataset.rootFontSize = self.data.rootFontSize || '';
      wrapper.style.fontSize =
        self.data.pageFontSize && self.data.pageFontSize !== 'system' ? self.data.pageFontSize : '';
      if (self.data.pageStyle !== (self as any).__ps) {
        (self as any).__ps = self.data.pageStyle;
        if (self.data.pageStyle)
          wrapper.style.cssText += `;${self.data.pageStyle.replace(/(-?\d*\.?\d+)rpx/g, (_m: string, n: string) => `${Number(n) / 2}px`)}`;
      }
      if (self.data.backgroundColor) wrapper.style.backgroundColor = self.data.backgroundColor;
      if (self.data.scrollTop) window.scrollTo({ top: parseFloat(self.data.scrollTop) });
      navigation.pageMetaChanged(wrapper);
    },
  });

  register('rich-text', {
    properties: { nodes: { type: null, value: '' }, space: String, userSelect: Boolean },
    update(self, host) {
      const nodes = self.data.nodes;
      const html =
        typeof nodes === 'string' ? nodes : renderNodes(Array.isArray(nodes) ? nodes : []);
      host.innerHTML = html
        .replace(/<script[\s\S]*?<\/script>/gi, '')
        .replace(/\son\w+=/gi, ' data-x=');
    },
  });

  register('progress', {
    properties: {
      percent: { type: Number, value: 0 },
      showInfo: Boolean,
      borderRadius: null,
      fontSize: null,
      strokeWidth: { type: null, value: 6 },
      activeColor: { type: String, value: '#09BB07' },
      backgroundColor: { type: String, value: '#EBEBEB' },
      active: Boolean,
    },
    update(self, host) {
      const p = Math.max(0, Math.min(100, Number(self.data.percent) || 0));
      host.innerHTML = `<div class="xp-progress-bar" style="height:${parseFloat(String(self.data.strokeWidth)) || 6}px;background:${self.data.backgroundColor}"><div style="width:${p}%;height:100%;background:${self.data.activeColor}"></div></div>${self.data.showInfo ? `<span class="xp-progress-info">${p}%</span>` : ''}`;
    },
  });

  register('slider', {
    behaviors: ['wx://form-field'],
    properties: {
      min: { type: Number, value: 0 },
      max: { type: Number, value: 100 },
      step: { type: Number, value: 1 },
      value: { type: Number, value: 0 },
      disabled: Boolean,
      showValue: Boolean,
      activeColor: String,
      backgroundColor: String,
      blockSize: Number,
      blockColor: String,
    },
    setup(self, host) {
      const input = document.createElement('input');
      input.type = 'range';
      input.className = 'xp-slider';
      input.addEventListener('input', () =>
        self.triggerEvent('changing', { value: Number(input.value) }),
      );
      input.addEventListener('change', () =>
        self.triggerEvent('change', { value: Number(input.value) }),
      );
      host.appendChild(input);
      (self as any).__input = input;
      (host as any).__xpField = {
        name: () => String(self._exparserNode.name ?? ''),
        value: () => Number(input.value),
        reset: () => (input.value = String(self.data.min)),
      } satisfies Field;
    },
    update(self) {
      const input = (self as any).__input as HTMLInputElement;
      input.min = String(self.data.min);
      input.max = String(self.data.max);
      input.step = String(self.data.step);
      input.value = String(self.data.value);
      input.disabled = !!self.data.disabled;
    },
  });

  register('cover-image', {
    properties: { src: String },
    update(self, host) {
      host.style.backgroundImage = self.data.src ? `url("${resolveSrc(self.data.src)}")` : '';
    },
  });

  register('canvas', {
    properties: { type: String, canvasId: String, disableScroll: Boolean },
    setup(self, host) {
      const canvas = document.createElement('canvas');
      canvas.className = 'xp-canvas';
      host.appendChild(canvas);
      (self as any).__canvas = canvas;
      // WeChat's 2d canvas node is a canvas with createImage.
      asWxCanvas(canvas);
    },
  });

  for (const name of ['map', 'video', 'web-view']) {
    register(name, {
      properties: { src: String, latitude: Number, longitude: Number, markers: Array },
      update(self, host) {
        host.dataset.placeholder =
          name === 'map'
            ? `地图（预览不显示）${self.data.latitude ? ` ${self.data.latitude}, ${self.data.longitude}` : ''}`
            : `${name}（预览不支持）`;
      },
    });
  }
}

function renderNodes(nodes: any[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return escapeHtml(String(n.text ?? ''));
      const name = String(n.name ?? 'div').replace(/[^a-z0-9]/gi, '');
      const attrs = Object.entries((n.attrs ?? {}) as Record<string, string>)
        .filter(([k]) => !/^on/i.test(k))
        .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
        .join('');
      return `<${name}${attrs}>${renderNodes(n.children ?? [])}</${name}>`;
    })
    .join('');
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );
}

// ------------------------------------------------------------------ picker sheets

async function openPicker(self: Self): Promise<void> {
  const mode = self.data.mode as string;
  const cancel = () => self.triggerEvent('cancel', {});
  if (mode === 'date') {
    const fields = self.data.fields as string;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const raw = String(self.data.value || today);
    const type = fields === 'year' || fields === 'month' ? 'month' : 'date';
    const v = await ui.pickNative({
      type,
      value: type === 'month' ? raw.slice(0, 7) : raw.slice(0, 10),
      min: self.data.start,
      max: self.data.end,
    });
    if (v === undefined) return cancel();
    self.triggerEvent('change', {
      value: fields === 'year' ? v.slice(0, 4) : fields === 'month' ? v.slice(0, 7) : v,
    });
    return;
  }
  if (mode === 'time') {
    const v = await ui.pickNative({
      type: 'time',
      value: String(self.data.value || '09:00'),
      min: self.data.start,
      max: self.data.end,
    });
    if (v === undefined) return cancel();
    self.triggerEvent('change', { value: v });
    return;
  }
  if (mode === 'region') {
    const value = (Array.isArray(self.data.value) ? self.data.value : []) as string[];
    const start = regionColumns(value, self.data.customItem);
    const chosen = await ui.pickColumns({
      title: self.data.headerText,
      columns: start.columns,
      value: start.value,
      onColumnChange: (c, i, v) => {
        const names = start.namesFor(v);
        void c;
        void i;
        return regionColumns(names, self.data.customItem).columns;
      },
    });
    if (!chosen) return cancel();
    const names = start.namesFor(chosen);
    self.triggerEvent('change', { value: names, code: regionCodes(names), postcode: '' });
    return;
  }
  const labelOf = (item: unknown): string =>
    item !== null && typeof item === 'object' && self.data.rangeKey
      ? String((item as Record<string, unknown>)[self.data.rangeKey])
      : String(item);
  if (mode === 'multiSelector') {
    const range = (self.data.range ?? []) as unknown[][];
    const value = ((self.data.value ?? []) as number[]).map(Number);
    const chosen = await ui.pickColumns({
      title: self.data.headerText,
      columns: range.map((col) => col.map(labelOf)),
      value,
      onColumnChange: (column, index) => {
        self.triggerEvent('columnchange', { column, value: index });
        // The page may setData a new range synchronously (columnchange handler).
        return ((self.data.range ?? []) as unknown[][]).map((col) => col.map(labelOf));
      },
    });
    if (!chosen) return cancel();
    self.triggerEvent('change', { value: chosen });
    return;
  }
  const range = (self.data.range ?? []) as unknown[];
  if (!range.length) return;
  const chosen = await ui.pickColumns({
    title: self.data.headerText,
    columns: [range.map(labelOf)],
    value: [Number(self.data.value) || 0],
  });
  if (!chosen) return cancel();
  self.triggerEvent('change', { value: String(chosen[0]) });
}
