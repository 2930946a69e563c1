import type { SpokenProfile } from '../../shared/index';

/** The properties of `<voice-profile>`. */
export interface VoiceProfileProps {
  /** The home county on the form (for 本县, 本省, 家附近). */
  county: string;
}

/** `bind:fill`: what the worker said and confirmed, for the form. */
export interface VoiceProfileFill {
  fields: SpokenProfile;
}
