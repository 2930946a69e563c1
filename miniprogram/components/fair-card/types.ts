import type { FairCardView } from '../../services/view';

/** The properties of `<fair-card>` (no events: the page binds taps on it). */
export interface FairCardProps {
  fair: FairCardView;
}
