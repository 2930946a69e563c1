import { DomainError, type Inviter } from '../../miniprogram/shared/index';
import type { Ctx } from '../context';
import { crashPoint } from '../crash-point';
import { isDuplicateKey } from '../db';
import { newCheckInCode } from './codes';
import type { Roster, RosterEntryDoc } from './entry';
import { inviterOf, proxyInviter } from './inviters';
import { normalName, personKeyOf, phoneTailOf, type Person } from './person';
import { takeSeat, giveSeatBack } from './seats';

/** Who is being put on a roster, and how they came. */
export interface Registration {
  /** The place inside the roster (slot, pick-up point). */
  place: string;
  personKey: string;
  name: string;
  phone: string;
  village?: string;
  inviter: Inviter;
  /** A worker registering from their own account. */
  workerOpenid?: string;
  /** The cadre registering someone (代登记). */
  proxyBy?: string;
  /** Fields of this roster's entries beyond the common ones (a booking's destination…). */
  extra?: Record<string, unknown>;
}

/** A worker putting themself on a roster from their own account. */
export function ownRegistration(
  ctx: Ctx,
  place: string,
  input: { name: string; phone: string; inviter: Inviter },
): Registration {
  const village = ctx.user?.profile?.home.village;
  return {
    place,
    personKey: personKeyOf({ name: input.name, phone: input.phone }),
    name: input.name,
    phone: input.phone,
    ...(village ? { village } : {}),
    inviter: inviterOf(ctx, input.inviter),
    workerOpenid: ctx.openid,
  };
}

/** A cadre's 代登记: with the family's phone or none (the cadre is the contact and the inviter). */
export function proxyRegistration(
  ctx: Ctx,
  place: string,
  input: Person & { village: string },
): Registration {
  return {
    place,
    personKey: personKeyOf(input),
    name: input.name,
    phone: input.phone ?? '',
    village: input.village,
    inviter: proxyInviter(ctx),
    proxyBy: ctx.openid,
  };
}

/** The person's entry on the roster, whatever its status (one per person: the unique index). */
export const findPerson = <D extends RosterEntryDoc>(ctx: Ctx, roster: Roster, personKey: string) =>
  ctx.store.findOne<D>(roster.entries, { [roster.ownerField]: roster.ownerId, personKey });

/**
 * The entry this very request wrote, when `doc` is it (it keeps the caller's retry key): a retry
 * is answered with it as it stands and writes nothing, as a request record would.
 */
export function replayOf<D extends RosterEntryDoc>(ctx: Ctx, doc: D | null): D | null {
  return doc && ctx.requestKey && doc.requestKey === ctx.requestKey ? doc : null;
}

const placeOf = (roster: Roster, doc: RosterEntryDoc): unknown =>
  (doc as unknown as Record<string, unknown>)[roster.placeField];

/**
 * The person is on the roster already (`existing` stands). A retry of one's own registration gets
 * it back; a worker whose cadre registered them claims that entry (it shows in their 我的 with its
 * code); anything else would be a second entry of one person and is refused.
 */
async function sameOrRefuse<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  existing: D,
  reg: Registration,
): Promise<D> {
  const code = roster.words.alreadyCode;
  if (reg.workerOpenid) {
    if (existing.workerOpenid === reg.workerOpenid) {
      if (placeOf(roster, existing) === reg.place) return existing;
      throw new DomainError(code, roster.words.otherPlace);
    }
    if (!existing.workerOpenid) {
      const _ = ctx.store.command;
      const claimed = await ctx.store.update(
        roster.entries,
        { _id: existing._id, workerOpenid: _.exists(false) },
        { workerOpenid: reg.workerOpenid, updatedAt: ctx.now },
      );
      if (claimed === 1) return { ...existing, workerOpenid: reg.workerOpenid };
    }
    throw new DomainError(code, roster.words.already(existing.name));
  }
  throw new DomainError(code, roster.words.alreadyRegistered(existing.name));
}

const stands = (roster: Roster, doc: RosterEntryDoc | null): boolean =>
  !!doc && doc.status !== roster.status.cancelled;

/** True when someone is queued for a seat of the roster: a newcomer queues behind them. */
async function anyoneWaiting(ctx: Ctx, roster: Roster): Promise<boolean> {
  if (!roster.status.waiting) return false;
  const first = await ctx.store.findOne<RosterEntryDoc>(roster.entries, {
    [roster.ownerField]: roster.ownerId,
    status: roster.status.waiting,
  });
  return !!first;
}

/**
 * Puts a person on a roster: a seat with an atomic conditional decrement, the person once per
 * roster by the unique index (owner, personKey) — never by reading first and writing after; a lost
 * race gives the seat back. When no seat is left the roster refuses (`full`), or, when it keeps a
 * waiting list, queues the person without a seat (status `waiting`, `queuedAt`), behind anyone
 * already queued. A crash between the seat and the document leaves a seat taken by nobody:
 * housekeeping's reconciliation (seats recounted from documents) gives it back.
 */
export async function register<D extends RosterEntryDoc>(
  ctx: Ctx,
  roster: Roster,
  reg: Registration,
  full: () => DomainError,
  /** The person's entry (or null), when the caller read it already (findPerson). */
  known?: D | null,
): Promise<D> {
  const [existing, queued]: [D | null, boolean] = await Promise.all([
    known === undefined ? findPerson<D>(ctx, roster, reg.personKey) : known,
    anyoneWaiting(ctx, roster),
  ]);
  const replay = replayOf(ctx, existing);
  if (replay) return replay;
  if (stands(roster, existing)) return sameOrRefuse(ctx, roster, existing as D, reg);

  let seated = false;
  if (!queued) seated = await takeSeat(ctx, roster, reg.place);
  if (!seated) {
    // Concurrent retries of one registration may have used the last seats themselves.
    const again = await findPerson<D>(ctx, roster, reg.personKey);
    if (stands(roster, again)) return sameOrRefuse(ctx, roster, again as D, reg);
    if (!roster.status.waiting) throw full();
  }
  if (seated) crashPoint(roster.crashPoints.afterSeat);

  const fields = {
    [roster.placeField]: reg.place,
    name: reg.name,
    nameKey: normalName(reg.name),
    phone: reg.phone,
    phoneTail: phoneTailOf(reg.phone),
    inviter: reg.inviter,
    status: seated ? roster.status.active : (roster.status.waiting as string),
    proxy: !!reg.proxyBy,
    updatedAt: ctx.now,
    ...(seated ? {} : { queuedAt: ctx.now }),
    ...(reg.village ? { village: reg.village } : {}),
    ...(reg.proxyBy ? { proxyBy: reg.proxyBy } : {}),
    ...(reg.workerOpenid ? { workerOpenid: reg.workerOpenid } : {}),
    ...(ctx.requestKey ? { requestKey: ctx.requestKey } : {}),
    ...reg.extra,
  };
  const release = async () => {
    if (seated) await giveSeatBack(ctx, roster, reg.place);
  };
  /** Someone else got there first: give the seat back and answer as for an existing entry. */
  const lostRace = async (): Promise<D> => {
    await release();
    const again = await findPerson<D>(ctx, roster, reg.personKey);
    if (stands(roster, again)) return sameOrRefuse(ctx, roster, again as D, reg);
    throw new DomainError('CONFLICT');
  };
  try {
    if (existing) {
      // Registering again after cancelling: the same document (the unique key) comes back to life.
      const _ = ctx.store.command;
      const n = await ctx.store.update(
        roster.entries,
        { _id: existing._id, status: roster.status.cancelled },
        seated && roster.status.waiting ? { ...fields, queuedAt: _.remove() } : fields,
      );
      if (n === 1) {
        const { queuedAt: _q, ...rest } = existing;
        return { ...(seated ? rest : existing), ...fields, createdAt: existing.createdAt } as D;
      }
      return await lostRace();
    }
    for (let attempt = 0; attempt < 6; attempt++) {
      const doc = {
        [roster.ownerField]: roster.ownerId,
        personKey: reg.personKey,
        ...fields,
        checkInCode: newCheckInCode(),
        createdAt: ctx.now,
      };
      try {
        const _id = await ctx.store.insert(roster.entries, doc);
        return { _id, ...doc } as unknown as D;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const again = await findPerson<D>(ctx, roster, reg.personKey);
        if (!again) continue; // the check-in code was taken: draw another
        return await lostRace();
      }
    }
    await release();
    throw new DomainError('INTERNAL');
  } catch (err) {
    if (!(err instanceof DomainError)) await release().catch(() => undefined);
    throw err;
  }
}
