import { markedPieces, type ReviewFlag } from '../../../shared/models/review';

/** A flag as the card renders it: what was found where, and the text cut at the marked words. */
export interface FlagView {
  heading: string;
  pieces: { t: string; m: boolean }[];
}

export function flagViews(flags: readonly ReviewFlag[]): FlagView[] {
  return flags.map((f) => ({ heading: `${f.fieldLabel}：${f.label}`, pieces: markedPieces(f) }));
}

/** The text a reviewer judges, with the flagged words marked (what msgSecCheck or a rule found). */
Component({
  properties: {
    flags: { type: Array, value: [] as FlagView[] },
  },
});
