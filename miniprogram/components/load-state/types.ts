import type { ListState } from '../../services/list-page';

/** The properties of `<load-state>`; `bind:retry` (no detail) asks the page to load again. */
export interface LoadStateProps {
  state: ListState;
  /** Why loading failed (error state). */
  message: string;
  /** What the empty state says. */
  emptyText: string;
}
