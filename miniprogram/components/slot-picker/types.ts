import type { SlotView } from '../../shared/index';

/** The properties of `<slot-picker>`. */
export interface SlotPickerProps {
  slots: SlotView[];
  /** The chosen slot's id. */
  value: string;
  disabled: boolean;
}

/** `bind:change`: the slot chosen. */
export interface SlotPickerChange {
  slotId: string;
}
