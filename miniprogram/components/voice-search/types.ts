import type { JobFilters } from '../../services/filters';
import type { GeoPoint } from '../../shared/index';

/** The properties of `<voice-search>`. */
export interface VoiceSearchProps {
  /** The search on screen: a chip shows only while its filter still holds. */
  filters: JobFilters;
  /** Show the chips (the page is on its search list). */
  showChips: boolean;
}

/**
 * `bind:search`: the filters to apply — all of them after a new sentence, one part after a chip
 * was removed — and, for 离家近, where home is.
 */
export interface VoiceSearchChange {
  filters: Partial<JobFilters>;
  near?: GeoPoint;
}
