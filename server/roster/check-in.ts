import { DomainError } from '../../miniprogram/shared/index';
import type { Ctx } from '../context';
import { parseCheckIn } from './codes';
import type { Roster, RosterEntryDoc } from './entry';

/** The refusals of the door, in the roster's words. */
export interface DoorRefusals {
  /** The chosen entry is not on this roster. */
  notHere(): DomainError;
  /** Neither a QR of the app nor six digits. */
  badCode(): DomainError;
  /** No entry of this roster has the code. */
  noSuchCode(): DomainError;
  /** The QR belongs to another roster. */
  wrongRoster(): DomainError;
}

/**
 * The entry a door check is for: the scanned or typed code (a QR of another roster says so with
 * `wrongRoster`), or the entry chosen by name / phone tail (its id).
 */
export async function entryAtDoor<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  inviteCode: string,
  input: { code?: string | undefined; entryId?: string | undefined },
  refuse: DoorRefusals,
): Promise<D> {
  if (input.entryId) {
    const doc = await ctx.store.getById<D>(roster.entries, input.entryId);
    const owner = (doc as unknown as Record<string, unknown> | null)?.[roster.ownerField];
    if (!doc || owner !== roster.ownerId) throw refuse.notHere();
    return doc;
  }
  const code = parseCheckIn(input.code ?? '');
  if (!code) throw refuse.badCode();
  if (code.inviteCode && code.inviteCode !== inviteCode) throw refuse.wrongRoster();
  const doc = await ctx.store.findOne<D>(roster.entries, {
    [roster.ownerField]: roster.ownerId,
    checkInCode: code.checkInCode,
  });
  if (!doc) throw refuse.noSuchCode();
  return doc;
}

/**
 * Checks a person in at the door: once, by one atomic conditional update (active → done); a
 * second check of the same person, from any phone, answers `already`. A cancelled (or waiting)
 * entry is refused with `refused`.
 */
export async function checkInEntry<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  doc: D,
  refused: (doc: D) => DomainError,
): Promise<{ doc: D; already: boolean }> {
  const { active, done } = roster.status;
  if (doc.status === done) return { doc, already: true };
  if (doc.status !== active) throw refused(doc);
  const n = await ctx.store.update(
    roster.entries,
    { _id: doc._id, status: active },
    { status: done, checkedInAt: ctx.now, updatedAt: ctx.now },
  );
  if (n !== 1) {
    const now = await ctx.store.getById<D>(roster.entries, doc._id);
    if (now?.status === done) return { doc: now, already: true };
    throw new DomainError('CONFLICT');
  }
  return { doc: { ...doc, status: done, checkedInAt: ctx.now }, already: false };
}
