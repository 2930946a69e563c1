/** One button of an action row: `main` is the filled one, `danger` the red outline (不合适, 下架). */
export interface RowAction {
  key: string;
  label: string;
  tone?: 'main' | 'plain' | 'danger';
}
