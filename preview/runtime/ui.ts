/**
 * The preview's own overlays: toast, loading, modal, action sheet, bottom sheets for pickers, and
 * the "stand-in" notes that say what WeChat would do (call a phone, open a map…). Plain DOM in the
 * app document, above the page; all text Chinese like WeChat's own UI, with a 预览 tag on stand-ins.
 */

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let toastNode: HTMLElement | undefined;
let toastTimer: ReturnType<typeof setTimeout> | undefined;

export interface ToastOptions {
  title?: string;
  icon?: 'success' | 'error' | 'loading' | 'none' | string;
  duration?: number;
  mask?: boolean;
  loading?: boolean;
}

export function showToast(options: ToastOptions): void {
  hideToast();
  const icon = options.loading ? 'loading' : (options.icon ?? 'success');
  const box = el('div', `xp-toast xp-toast-${icon === 'none' ? 'text' : 'icon'}`);
  box.setAttribute('role', 'alert');
  if (options.mask) box.classList.add('xp-toast-mask');
  if (icon !== 'none') {
    const glyph = icon === 'success' ? '✓' : icon === 'error' ? '✕' : '';
    const i = el('div', `xp-toast-glyph xp-toast-${icon}`, glyph);
    box.appendChild(i);
  }
  box.appendChild(el('div', 'xp-toast-title', options.title ?? ''));
  document.body.appendChild(box);
  toastNode = box;
  if (!options.loading) {
    toastTimer = setTimeout(hideToast, options.duration ?? 1500);
  }
}

export function hideToast(): void {
  if (toastTimer) clearTimeout(toastTimer);
  toastTimer = undefined;
  toastNode?.remove();
  toastNode = undefined;
}

export interface ModalOptions {
  title?: string;
  content?: string;
  showCancel?: boolean;
  cancelText?: string;
  confirmText?: string;
  confirmColor?: string;
  editable?: boolean;
  placeholderText?: string;
  /** A note under the content saying this is the preview's stand-in. */
  standIn?: string;
  /** Extra content (e.g. a list of choices). */
  body?: HTMLElement;
}

export function showModal(
  options: ModalOptions,
): Promise<{ confirm: boolean; cancel: boolean; content?: string }> {
  return new Promise((resolve) => {
    const mask = el('div', 'xp-mask');
    const box = el('div', 'xp-modal');
    box.setAttribute('role', 'dialog');
    if (options.title) box.appendChild(el('div', 'xp-modal-title', options.title));
    if (options.content) box.appendChild(el('div', 'xp-modal-content', options.content));
    let input: HTMLTextAreaElement | undefined;
    if (options.editable) {
      input = el('textarea', 'xp-modal-input');
      input.placeholder = options.placeholderText ?? '';
      input.value = options.content ?? '';
      box.querySelector('.xp-modal-content')?.remove();
      box.appendChild(input);
    }
    if (options.body) box.appendChild(options.body);
    if (options.standIn) box.appendChild(el('div', 'xp-standin-note', `预览：${options.standIn}`));
    const buttons = el('div', 'xp-modal-buttons');
    const done = (confirm: boolean): void => {
      mask.remove();
      resolve({ confirm, cancel: !confirm, ...(input ? { content: input.value } : {}) });
    };
    if (options.showCancel !== false) {
      const cancel = el('button', 'xp-modal-button xp-modal-cancel', options.cancelText || '取消');
      cancel.onclick = () => done(false);
      buttons.appendChild(cancel);
    }
    const ok = el('button', 'xp-modal-button xp-modal-confirm', options.confirmText || '确定');
    if (options.confirmColor) ok.style.color = options.confirmColor;
    ok.onclick = () => done(true);
    buttons.appendChild(ok);
    box.appendChild(buttons);
    mask.appendChild(box);
    document.body.appendChild(mask);
    input?.focus();
  });
}

export function showActionSheet(options: {
  itemList: string[];
  itemColor?: string;
  alertText?: string;
}): Promise<number | undefined> {
  return new Promise((resolve) => {
    const mask = el('div', 'xp-mask xp-mask-bottom');
    const sheet = el('div', 'xp-sheet');
    sheet.setAttribute('role', 'menu');
    if (options.alertText) sheet.appendChild(el('div', 'xp-sheet-alert', options.alertText));
    const done = (index: number | undefined): void => {
      mask.remove();
      resolve(index);
    };
    options.itemList.forEach((item, index) => {
      const b = el('button', 'xp-sheet-item', item);
      b.setAttribute('role', 'menuitem');
      if (options.itemColor) b.style.color = options.itemColor;
      b.onclick = () => done(index);
      sheet.appendChild(b);
    });
    const cancel = el('button', 'xp-sheet-item xp-sheet-cancel', '取消');
    cancel.onclick = () => done(undefined);
    sheet.appendChild(cancel);
    mask.onclick = (e) => {
      if (e.target === mask) done(undefined);
    };
    mask.appendChild(sheet);
    document.body.appendChild(mask);
  });
}

/** A bottom sheet with columns of choices (the picker); resolves with the chosen indexes. */
export function pickColumns(options: {
  title?: string;
  columns: string[][];
  value: number[];
  /** Called when a column's choice changes; may return new columns (multiSelector, region). */
  onColumnChange?: (column: number, index: number, value: number[]) => string[][] | undefined;
}): Promise<number[] | undefined> {
  return new Promise((resolve) => {
    let columns = options.columns;
    const value = columns.map((_c, i) =>
      Math.max(0, Math.min(options.value[i] ?? 0, columns[i].length - 1)),
    );
    const mask = el('div', 'xp-mask xp-mask-bottom');
    const sheet = el('div', 'xp-sheet xp-picker');
    sheet.setAttribute('role', 'dialog');
    const bar = el('div', 'xp-picker-bar');
    const cancel = el('button', 'xp-picker-cancel', '取消');
    const ok = el('button', 'xp-picker-ok', '确定');
    bar.append(cancel, el('div', 'xp-picker-title', options.title ?? ''), ok);
    const body = el('div', 'xp-picker-columns');
    sheet.append(bar, body);
    const render = (): void => {
      body.textContent = '';
      columns.forEach((column, c) => {
        const col = el('div', 'xp-picker-column');
        col.setAttribute('role', 'listbox');
        column.forEach((label, i) => {
          const option = el(
            'div',
            `xp-picker-option${value[c] === i ? ' xp-picker-on' : ''}`,
            label,
          );
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', String(value[c] === i));
          option.onclick = () => {
            value[c] = i;
            const next = options.onColumnChange?.(c, i, [...value]);
            if (next) {
              columns = next;
              for (let k = c + 1; k < columns.length; k++)
                value[k] = Math.min(value[k] ?? 0, columns[k].length - 1);
            }
            render();
          };
          col.appendChild(option);
        });
        body.appendChild(col);
        const on = col.querySelector('.xp-picker-on') as HTMLElement | null;
        if (on)
          requestAnimationFrame(() => (col.scrollTop = on.offsetTop - col.clientHeight / 2 + 22));
      });
    };
    render();
    const done = (result: number[] | undefined): void => {
      mask.remove();
      resolve(result);
    };
    cancel.onclick = () => done(undefined);
    ok.onclick = () => done([...value]);
    mask.onclick = (e) => {
      if (e.target === mask) done(undefined);
    };
    mask.appendChild(sheet);
    document.body.appendChild(mask);
  });
}

/** A bottom sheet with a native date or time input. */
export function pickNative(options: {
  type: 'date' | 'time' | 'month';
  value: string;
  min?: string;
  max?: string;
}): Promise<string | undefined> {
  return new Promise((resolve) => {
    const mask = el('div', 'xp-mask xp-mask-bottom');
    const sheet = el('div', 'xp-sheet xp-picker');
    sheet.setAttribute('role', 'dialog');
    const bar = el('div', 'xp-picker-bar');
    const cancel = el('button', 'xp-picker-cancel', '取消');
    const ok = el('button', 'xp-picker-ok', '确定');
    bar.append(cancel, el('div', 'xp-picker-title', ''), ok);
    const input = el('input', 'xp-picker-native');
    input.type = options.type;
    input.value = options.value;
    if (options.min) input.min = options.min;
    if (options.max) input.max = options.max;
    sheet.append(bar, input);
    const done = (result: string | undefined): void => {
      mask.remove();
      resolve(result);
    };
    cancel.onclick = () => done(undefined);
    ok.onclick = () => done(input.value || options.value);
    mask.appendChild(sheet);
    document.body.appendChild(mask);
  });
}

/** A short visible note for an API the browser cannot really do. */
export function standIn(
  title: string,
  lines: string[],
  actions: { text: string; primary?: boolean }[] = [{ text: '知道了', primary: true }],
): Promise<number> {
  return new Promise((resolve) => {
    const mask = el('div', 'xp-mask');
    const box = el('div', 'xp-modal xp-standin');
    box.setAttribute('role', 'dialog');
    box.appendChild(el('div', 'xp-standin-tag', '预览替身'));
    box.appendChild(el('div', 'xp-modal-title', title));
    for (const line of lines) box.appendChild(el('div', 'xp-modal-content', line));
    const buttons = el('div', 'xp-modal-buttons');
    actions.forEach((a, i) => {
      const b = el(
        'button',
        `xp-modal-button${a.primary ? ' xp-modal-confirm' : ' xp-modal-cancel'}`,
        a.text,
      );
      b.onclick = () => {
        mask.remove();
        resolve(i);
      };
      buttons.appendChild(b);
    });
    box.appendChild(buttons);
    mask.appendChild(box);
    document.body.appendChild(mask);
  });
}

/**
 * Asks for a line of text (scanCode's stand-in); `choices` are ready answers to pick (spoken
 * sentences for the voice stand-in), `okText` names the confirm button.
 */
export function promptText(
  title: string,
  note: string,
  placeholder: string,
  options: { choices?: readonly string[]; okText?: string } = {},
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const mask = el('div', 'xp-mask');
    const box = el('div', 'xp-modal xp-standin');
    box.setAttribute('role', 'dialog');
    box.appendChild(el('div', 'xp-standin-tag', '预览替身'));
    box.appendChild(el('div', 'xp-modal-title', title));
    box.appendChild(el('div', 'xp-modal-content', note));
    const input = el('input', 'xp-prompt-input');
    input.placeholder = placeholder;
    box.appendChild(input);
    const done = (v: string | undefined): void => {
      mask.remove();
      resolve(v);
    };
    if (options.choices?.length) {
      const list = el('div', 'xp-prompt-choices');
      list.setAttribute('role', 'list');
      for (const choice of options.choices) {
        const b = el('button', 'xp-prompt-choice', choice);
        b.onclick = () => done(choice);
        list.appendChild(b);
      }
      box.appendChild(list);
    }
    const buttons = el('div', 'xp-modal-buttons');
    const cancel = el('button', 'xp-modal-button xp-modal-cancel', '取消');
    const ok = el('button', 'xp-modal-button xp-modal-confirm', options.okText ?? '确定');
    cancel.onclick = () => done(undefined);
    ok.onclick = () => done(input.value.trim());
    input.onkeydown = (e) => {
      if (e.key === 'Enter') done(input.value.trim());
    };
    buttons.append(cancel, ok);
    box.appendChild(buttons);
    mask.appendChild(box);
    document.body.appendChild(mask);
    input.focus();
  });
}

/**
 * A caption at the bottom of the screen (read-aloud's words, shown as they are spoken); returns
 * the function that removes it.
 */
export function caption(text: string, note: string): () => void {
  const box = el('div', 'xp-caption');
  box.setAttribute('role', 'status');
  box.appendChild(el('span', 'xp-standin-tag xp-caption-tag', note));
  box.appendChild(el('div', 'xp-caption-text', text));
  document.body.appendChild(box);
  return () => box.remove();
}
