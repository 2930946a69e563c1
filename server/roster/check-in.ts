import { DomainError } from '../../miniprogram/shared/index';
import type { Ctx } from '../context';
import { parseCheckIn } from './codes';
import type { Roster, RosterEntryDoc } from './entry';

/**
 * The entry a door check is for: the scanned or typed code (a QR of another roster says so), or
 * the entry chosen by name / phone tail (its id).
 */
async function entryAtDoor<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  input: DoorInput,
): Promise<D> {
  const { door: words } = roster.words;
  if (input.entryId) {
    const doc = await ctx.store.getById<D>(roster.entries, input.entryId);
    const owner = (doc as unknown as Record<string, unknown> | null)?.[roster.ownerField];
    if (!doc || owner !== roster.ownerId) {
      throw new DomainError('NOT_FOUND', words.notHere, { [words.entryField]: words.notHereField });
    }
    return doc;
  }
  const code = parseCheckIn(input.code ?? '');
  if (!code) {
    throw new DomainError('INVALID_INPUT', `这不是乡聘的${words.code}，请重新扫码或输入6位数字`, {
      code: `${words.code}不对`,
    });
  }
  if (code.inviteCode && code.inviteCode !== input.inviteCode)
    throw new DomainError(words.wrongRoster);
  const doc = await ctx.store.findOne<D>(roster.entries, {
    [roster.ownerField]: roster.ownerId,
    checkInCode: code.checkInCode,
  });
  if (!doc) {
    throw new DomainError('NOT_FOUND', `${words.here}没有这个${words.code}，请核对后再输入`, {
      code: `没有这个${words.code}`,
    });
  }
  return doc;
}

/** What the door is given: a code, or the id of an entry chosen by name; and the roster's own code. */
export interface DoorInput {
  inviteCode: string;
  code?: string | undefined;
  entryId?: string | undefined;
}

/**
 * Checks in the entry a door check is for: once, by one atomic conditional update (active → done);
 * a second check of the same person, from any phone, answers `already`. A cancelled or waiting
 * entry is refused in the roster's words.
 */
export async function checkInAtDoor<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  input: DoorInput,
): Promise<{ doc: D; already: boolean }> {
  const doc = await entryAtDoor<D>(ctx, roster, input);
  const { active, done, waiting } = roster.status;
  if (doc.status === done) return { doc, already: true };
  if (doc.status !== active) {
    const waits = roster.words.door.waiting;
    throw new DomainError(
      'BAD_TRANSITION',
      waits && doc.status === waiting ? waits(doc.name) : roster.words.cancelled,
    );
  }
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
