/** The properties of `<status-tag>`. */
export interface StatusTagProps {
  kind: 'application' | 'signup' | 'job' | 'fair';
  /** A status of that kind (`hired`, `checkedIn`, …). */
  status: string;
}
