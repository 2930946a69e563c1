/** The properties of `<read-aloud>`. */
export interface ReadAloudProps {
  /** What to read, one short sentence each (shared/speech readAloudText). */
  sentences: string[];
}
