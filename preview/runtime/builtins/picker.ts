/**
 * `<picker>`: a tap opens the preview's bottom sheet (ui.ts) for the mode — selector,
 * multiSelector (columnchange while choosing), date and time (the browser's own inputs, China
 * time), region (the seed counties, regions.ts) — and `change` carries WeChat's value.
 */
import { regionCodes, regionColumns } from '../regions';
import * as ui from '../ui';
import { attr, defineBuiltin, type BuiltinSelf, type DataOf } from './define';

const properties = {
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
};

type PickerSelf = BuiltinSelf<DataOf<typeof properties>>;

async function pickDate(self: PickerSelf): Promise<string | undefined> {
  const fields = self.data.fields;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const raw = String(self.data.value || today);
  const type = fields === 'year' || fields === 'month' ? 'month' : 'date';
  const v = await ui.pickNative({
    type,
    value: type === 'month' ? raw.slice(0, 7) : raw.slice(0, 10),
    min: self.data.start,
    max: self.data.end,
  });
  if (v === undefined) return undefined;
  return fields === 'year' ? v.slice(0, 4) : fields === 'month' ? v.slice(0, 7) : v;
}

async function pickRegion(self: PickerSelf): Promise<string[] | undefined> {
  const value = (Array.isArray(self.data.value) ? self.data.value : []) as string[];
  const start = regionColumns(value, self.data.customItem);
  const chosen = await ui.pickColumns({
    title: self.data.headerText,
    columns: start.columns,
    value: start.value,
    onColumnChange: (_column, _index, v) =>
      regionColumns(start.namesFor(v), self.data.customItem).columns,
  });
  return chosen && start.namesFor(chosen);
}

async function openPicker(self: PickerSelf): Promise<void> {
  const mode = self.data.mode;
  const cancel = () => self.triggerEvent('cancel', {});
  if (mode === 'date') {
    const value = await pickDate(self);
    if (value === undefined) return cancel();
    self.triggerEvent('change', { value });
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
    const names = await pickRegion(self);
    if (!names) return cancel();
    self.triggerEvent('change', { value: names, code: regionCodes(names), postcode: '' });
    return;
  }
  const labelOf = (item: unknown): string =>
    item !== null && typeof item === 'object' && self.data.rangeKey
      ? String((item as Record<string, unknown>)[self.data.rangeKey])
      : String(item);
  if (mode === 'multiSelector') {
    const columns = () => ((self.data.range ?? []) as unknown[][]).map((col) => col.map(labelOf));
    const chosen = await ui.pickColumns({
      title: self.data.headerText,
      columns: columns(),
      value: ((self.data.value ?? []) as unknown[]).map(Number),
      onColumnChange: (column, index) => {
        self.triggerEvent('columnchange', { column, value: index });
        // The page may setData a new range synchronously (columnchange handler).
        return columns();
      },
    });
    if (!chosen) return cancel();
    self.triggerEvent('change', { value: chosen });
    return;
  }
  const range = self.data.range ?? [];
  if (!range.length) return;
  const chosen = await ui.pickColumns({
    title: self.data.headerText,
    columns: [range.map(labelOf)],
    value: [Number(self.data.value) || 0],
  });
  if (!chosen) return cancel();
  self.triggerEvent('change', { value: String(chosen[0]) });
}

export const picker = defineBuiltin('picker', {
  behaviors: ['wx://form-field'],
  properties,
  setup(self, host) {
    host.setAttribute('role', 'button');
    host.setAttribute('aria-haspopup', 'dialog');
    const state = { open: false };
    host.addEventListener('click', () => {
      if (self.data.disabled || state.open) return;
      state.open = true;
      void openPicker(self).finally(() => (state.open = false));
    });
    return state;
  },
  update(self, host) {
    attr(host, 'disabled', self.data.disabled);
  },
});
