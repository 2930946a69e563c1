import type { Doc } from './ejson';

/** A document slot: collection name and document key. */
export const slot = (collection: string, key: string): string => `${collection}\u0000${key}`;
export const splitSlot = (s: string): [string, string] => s.split('\u0000') as [string, string];

/** An open transaction: its own writes and the snapshot images of documents others changed since its snapshot. */
export class Transaction {
  /** Documents this transaction wrote (null = deleted). */
  readonly writes = new Map<string, Doc | null>();
  /** Committed images as of the snapshot, for documents changed after it began (null = absent). */
  readonly before = new Map<string, Doc | null>();
  /** Set at the first operation: from then on, committed changes by others are kept out of view. */
  snapshotTaken = false;
  timer?: NodeJS.Timeout;

  constructor(
    readonly id: string,
    readonly startedAt: number,
  ) {}
}
