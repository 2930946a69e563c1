import type { JobCardView } from '../../services/view';

/** The properties of `<job-card>` (no events: the page binds taps on it). */
export interface JobCardProps {
  job: JobCardView;
}
