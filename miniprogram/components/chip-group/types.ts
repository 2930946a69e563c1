/** One chip: what it sends and what it says. */
export interface ChipOption {
  value: string;
  label: string;
}

/** The properties of `<chip-group>`. */
export interface ChipGroupProps {
  options: ChipOption[];
  /** The chosen value (single choice). */
  value: string;
  /** The chosen values (`multiple`). */
  values: string[];
  multiple: boolean;
  /** A second tap on the chosen chip clears it (single choice). */
  clearable: boolean;
  /** The most values `multiple` takes (0: no limit). */
  max: number;
}

/** `bind:change`: the new value (single choice) or values (`multiple`). */
export type ChipGroupChange = { value: string } | { values: string[] };
