/** The properties of `<voice-button>`. */
export interface VoiceButtonProps {
  /** What to say, under the button (e.g. 说您想找的活，如：浦北附近 木工 包吃住). */
  hint: string;
}

/** `bind:heard`: the final words the worker said. */
export interface VoiceHeard {
  text: string;
}
