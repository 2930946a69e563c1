/** One button of an action row: `main` is the filled one, `danger` the red outline (不合适, 下架). */
export interface RowAction {
  key: string;
  label: string;
  tone?: 'main' | 'plain' | 'danger';
}

/** The properties of `<action-row>`. */
export interface ActionRowProps {
  actions: RowAction[];
  /** The key of the action whose button spins. */
  busy: string;
  /** Button ids are `prefix + key + suffix`. */
  prefix: string;
  suffix: string;
}

/** `bind:act`: which action was tapped. */
export interface ActionRowAct {
  key: string;
}
