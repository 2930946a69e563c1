import {
  APPLICATION_STATUS_LABELS,
  FAIR_STATUS_LABELS,
  JOB_STATUS_LABELS,
  SIGNUP_STATUS_LABELS,
} from '../../shared/catalog/statuses';

const LABELS: Record<string, Record<string, string>> = {
  application: APPLICATION_STATUS_LABELS,
  signup: SIGNUP_STATUS_LABELS,
  job: JOB_STATUS_LABELS,
  fair: FAIR_STATUS_LABELS,
};

const TONES: Record<string, 'good' | 'warn' | 'bad' | 'plain'> = {
  hired: 'good',
  checkedIn: 'good',
  published: 'good',
  upcoming: 'good',
  interview: 'warn',
  viewed: 'warn',
  reviewing: 'warn',
  paused: 'warn',
  rejected: 'bad',
  cancelled: 'bad',
  closed: 'bad',
  expired: 'bad',
  filled: 'bad',
};

/** A status in words and colour: `kind` is application | signup | job | fair. */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    kind: { type: String, value: 'application' },
    status: { type: String, value: '' },
  },
  data: { label: '', tone: 'plain' },
  observers: {
    'kind, status'(kind: string, status: string) {
      this.setData({
        label: LABELS[kind]?.[status] ?? '',
        tone: TONES[status] ?? 'plain',
      });
    },
  },
});
