import { addDays, chinaDay, DomainError } from '../../../../miniprogram/shared/index';
import {
  COLLECTIONS,
  type WorkforcePersonDoc,
  type WorkforceVisitDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { offsetOf, offsetPageOf, PAGE_SIZE } from '../../../../server/cursor';
import { isDuplicateKey } from '../../../../server/db';
import { normalName, personKeyOf } from '../../../../server/roster/person';
import type { Handler } from '../../../../server/router';
import { areaWhere, loadManagedPerson, requireTown, townKeyOf } from '../domain/access';
import { timelineOf } from '../domain/timeline';
import { ledgerPersonOf, ledgerRowOf, visitOf } from '../domain/views';

/** Still looking for work: not placed, and back home without work or in odd jobs. */
export function isLooking(p: Pick<WorkforcePersonDoc, 'placed' | 'situation'>): boolean {
  return !p.placed && (p.situation === 'returnedIdle' || p.situation === 'flexible');
}

const SAME_NAME = '同村已有同名的人，请填上身份证后4位或手机号区分';

/**
 * 登记 / 修改 a person of the cadre's town. Without `personId`, a person with the same key (name
 * and phone, or name and village) is the same person: their record is updated, so a retry or a
 * second entry of one villager never makes two records (unique index townKey + personKey).
 */
export const upsertPerson: Handler<'ledger.upsertPerson'> = async (input, ctx) => {
  requireTown(ctx, input.region, input.town);
  const _ = ctx.store.command;
  const townKey = townKeyOf(input.region, input.town);
  const personKey = personKeyOf({
    name: input.name,
    ...(input.phone ? { phone: input.phone } : {}),
    village: input.village,
    ...(input.idTail ? { idTail: input.idTail } : {}),
  });
  const existing = input.personId
    ? await loadManagedPerson(ctx, input.personId)
    : await ctx.store.findOne<WorkforcePersonDoc>(COLLECTIONS.workforcePeople, {
        townKey,
        personKey,
      });
  const placed = input.placed === undefined ? (existing?.placed ?? null) : (input.placed ?? null);
  const focusKept = !!existing?.focusGroup && existing.focusGroup === input.focusGroup;
  const fields = {
    region: input.region,
    town: input.town,
    village: input.village,
    townKey,
    personKey,
    name: input.name,
    nameKey: normalName(input.name),
    phone: input.phone ?? '',
    ageBand: input.ageBand,
    situation: input.situation,
    workArea: input.workArea,
    cities: input.workArea === 'cities' ? input.cities : [],
    categories: input.categories,
    skills: input.skills,
    placed,
    looking: isLooking({ placed, situation: input.situation }),
    updatedAt: ctx.now,
  };
  const optional = {
    idTail: input.idTail?.toUpperCase(),
    expectedPayYuan: input.expectedPayYuan,
    availableFrom: input.availableFrom,
    focusGroup: input.focusGroup,
    focusConsentAt: input.focusGroup ? (focusKept ? existing?.focusConsentAt : ctx.now) : undefined,
    placedMonth: placed?.day.slice(0, 7),
  };

  if (!existing) {
    const doc: Omit<WorkforcePersonDoc, '_id'> = {
      ...fields,
      ...(Object.fromEntries(
        Object.entries(optional).filter(([, v]) => v !== undefined),
      ) as Partial<WorkforcePersonDoc>),
      createdBy: ctx.openid,
      createdAt: ctx.now,
    };
    try {
      return { personId: await ctx.store.insert(COLLECTIONS.workforcePeople, doc), created: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Entered twice at once: the first stands, this one updates it below.
      const again = await ctx.store.findOne<WorkforcePersonDoc>(COLLECTIONS.workforcePeople, {
        townKey,
        personKey,
      });
      if (!again) throw err;
      await update(ctx, again, fields, optional);
      return { personId: again._id, created: false };
    }
  }
  if (existing.townKey !== townKey) requireTown(ctx, existing.region, existing.town);
  await update(ctx, existing, fields, optional);
  return { personId: existing._id, created: false };

  async function update(
    c: Ctx,
    doc: WorkforcePersonDoc,
    set: object,
    maybe: Record<string, unknown>,
  ): Promise<void> {
    const data = {
      ...set,
      ...Object.fromEntries(
        Object.entries(maybe).map(([k, v]) => [k, v === undefined ? _.remove() : v]),
      ),
    };
    try {
      await c.store.update(COLLECTIONS.workforcePeople, { _id: doc._id }, data);
    } catch (err) {
      if (isDuplicateKey(err)) {
        throw new DomainError('CONFLICT', SAME_NAME, { name: '同村有同名的人' });
      }
      throw err;
    }
  }
};

/**
 * 导入: every person of the list checked for the town first (nothing is written when one is not
 * the caller's), then recorded one by one as ledger.upsertPerson does; a retry updates the same
 * records.
 */
export const importPeople: Handler<'ledger.importPeople'> = async ({ people }, ctx) => {
  for (const p of people) requireTown(ctx, p.region, p.town);
  let created = 0;
  for (const p of people) {
    if ((await upsertPerson(p, ctx)).created) created++;
  }
  return { created, updated: people.length - created };
};

const ORDER: [string, 'asc' | 'desc'][] = [
  ['village', 'asc'],
  ['nameKey', 'asc'],
  ['_id', 'asc'],
];

/** The ledger of the caller's area (a town cadre: their town), by village and name. */
export const list: Handler<'ledger.list'> = async (input, ctx) => {
  const _ = ctx.store.command;
  const where: Record<string, unknown> = areaWhere(ctx, input.town);
  if (input.village) where.village = input.village;
  if (input.situation) where.situation = input.situation;
  if (input.looking !== undefined) {
    if (input.looking) where.looking = true;
    else where.placed = _.neq(null);
  }
  if (input.focusOnly) where.focusGroup = _.exists(true);
  if (input.deletionRequested) where.deletionRequestedAt = _.exists(true);
  if (input.q) where.nameKey = ctx.store.pattern(normalName(input.q), 'q', { prefix: true });
  const offset = offsetOf(input.cursor);
  const rows = await ctx.store.find<WorkforcePersonDoc>(COLLECTIONS.workforcePeople, where, {
    orderBy: ORDER,
    skip: offset,
    limit: PAGE_SIZE + 1,
  });
  const page = offsetPageOf(rows, offset, PAGE_SIZE);
  return { items: page.items.map(ledgerRowOf), nextCursor: page.nextCursor };
};

/** Per village: people, placed this month, still looking (counted by the database). */
export const villageCounts: Handler<'ledger.villageCounts'> = async (input, ctx) => {
  const month = chinaDay(ctx.now).slice(0, 7);
  const $ = ctx.store.db.command.aggregate;
  const rows = await ctx.store.aggregate<{
    _id: string;
    total: number;
    placedThisMonth: number;
    stillLooking: number;
  }>(COLLECTIONS.workforcePeople, (agg) =>
    agg.match(areaWhere(ctx, input.town)).group({
      _id: '$village',
      total: $.sum(1),
      placedThisMonth: $.sum($.cond({ if: $.eq(['$placedMonth', month]), then: 1, else: 0 })),
      stillLooking: $.sum($.cond({ if: $.eq(['$looking', true]), then: 1, else: 0 })),
    }),
  );
  return {
    month,
    villages: rows
      .map((r) => ({
        village: r._id,
        total: r.total,
        placedThisMonth: r.placedThisMonth,
        stillLooking: r.stillLooking,
      }))
      .sort((a, b) => (a.village < b.village ? -1 : a.village > b.village ? 1 : 0)),
  };
};

/** How many visits a person's page shows (newest first). */
const VISITS_SHOWN = 50;

export const get: Handler<'ledger.get'> = async ({ personId }, ctx) => {
  const person = await loadManagedPerson(ctx, personId);
  const visits = await ctx.store.find<WorkforceVisitDoc>(
    COLLECTIONS.workforceVisits,
    { personId },
    { orderBy: [['createdAt', 'desc']], limit: VISITS_SHOWN },
  );
  return {
    person: ledgerPersonOf(person),
    visits: visits.map(visitOf),
    timeline: await timelineOf(ctx, person, visits),
  };
};

/** Deletes the record and its visits; a second call finds nothing and is done. */
export const remove: Handler<'ledger.remove'> = async ({ personId }, ctx) => {
  const person = await ctx.store.getById<WorkforcePersonDoc>(COLLECTIONS.workforcePeople, personId);
  if (!person) return {};
  requireTown(ctx, person.region, person.town);
  await ctx.store.remove(COLLECTIONS.workforceVisits, { personId });
  await ctx.store.remove(COLLECTIONS.workforcePeople, { _id: personId });
  return {};
};

export const logVisit: Handler<'ledger.logVisit'> = async (input, ctx) => {
  const person = await loadManagedPerson(ctx, input.personId);
  const today = chinaDay(ctx.now);
  if (input.day > today) {
    throw new DomainError('INVALID_INPUT', '走访日期不能晚于今天', { day: '请选今天或以前' });
  }
  if (input.remindOn && input.remindOn <= today) {
    throw new DomainError('INVALID_INPUT', '提醒日期要在今天以后', { remindOn: '请选以后的日子' });
  }
  const doc: Omit<WorkforceVisitDoc, '_id'> = {
    personId: person._id,
    townKey: person.townKey,
    kind: input.kind,
    day: input.day,
    visitNote: input.visitNote,
    nextStep: input.nextStep ?? '',
    ...(input.remindOn ? { remindOn: input.remindOn } : {}),
    by: ctx.openid,
    createdAt: ctx.now,
  };
  const visitId = await ctx.store.insert(COLLECTIONS.workforceVisits, doc);
  const _ = ctx.store.command;
  const lastVisitDay =
    person.lastVisitDay && person.lastVisitDay > input.day ? person.lastVisitDay : input.day;
  await ctx.store.update(
    COLLECTIONS.workforcePeople,
    { _id: person._id },
    {
      lastVisitDay,
      nextVisitDay: input.remindOn ?? _.remove(),
      updatedAt: ctx.now,
    },
  );
  return { visitId };
};

/** How far ahead 本周要走访 looks. */
const DUE_DAYS = 6;

/** Who is due a visit: reminders up to six days ahead, and the overdue, soonest first. */
export const dueVisits: Handler<'ledger.dueVisits'> = async (input, ctx) => {
  const _ = ctx.store.command;
  const until = addDays(chinaDay(ctx.now), DUE_DAYS);
  const offset = offsetOf(input.cursor);
  const rows = await ctx.store.find<WorkforcePersonDoc>(
    COLLECTIONS.workforcePeople,
    { ...areaWhere(ctx, input.town), nextVisitDay: _.lte(until) },
    {
      orderBy: [
        ['nextVisitDay', 'asc'],
        ['_id', 'asc'],
      ],
      skip: offset,
      limit: PAGE_SIZE + 1,
    },
  );
  const page = offsetPageOf(rows, offset, PAGE_SIZE);
  return { items: page.items.map(ledgerRowOf), nextCursor: page.nextCursor };
};
