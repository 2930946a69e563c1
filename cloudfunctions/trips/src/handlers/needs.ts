import {
  chinaDay,
  DomainError,
  weekOf,
  type NeedGroup,
  type ParsedInput,
} from '../../../../miniprogram/shared/contracts-all';
import { areaWhere } from '../../../../server/admins';
import {
  COLLECTIONS,
  type ApplicationDoc,
  type TravelNeedDoc,
} from '../../../../server/collections';
import type { Ctx } from '../../../../server/context';
import { readAll } from '../../../../server/cursor';
import { isDuplicateKey } from '../../../../server/db';
import { managesArea } from '../../../../server/ownership';
import { personKeyOf } from '../../../../server/roster/person';
import type { Handler } from '../../../../server/router';
import { needView } from '../domain/views';

type NeedForm = ParsedInput<'travel.proxyNeed'> | ParsedInput<'travel.registerNeed'>;

/** An application linked to a need must be the worker's own. */
async function checkApplication(ctx: Ctx, applicationId: string | undefined): Promise<void> {
  if (!applicationId) return;
  const app = await ctx.store.getById<ApplicationDoc>(COLLECTIONS.applications, applicationId);
  if (!app || app.workerOpenid !== ctx.openid)
    throw new DomainError('INVALID_INPUT', '这条报名不是您的，请重新选择', {
      applicationId: '不是您的报名',
    });
}

function checkDay(day: string, now: number): void {
  if (day < chinaDay(now))
    throw new DomainError('INVALID_INPUT', '出发日期不能早于今天', {
      earliestDay: '日期不能早于今天',
    });
}

/** The need's fields from the form; nested objects whole (`_.set`), so a cleared field goes. */
function formFields(ctx: Ctx, input: NeedForm) {
  const _ = ctx.store.command;
  return {
    name: input.name,
    phone: input.phone ?? '',
    from: _.set({ ...input.from }),
    to: _.set({ ...input.to }),
    earliestDay: input.earliestDay,
    people: input.people,
    hasJob: input.hasJob || !!input.applicationId,
    applicationId: input.applicationId ?? _.remove(),
    updatedAt: ctx.now,
  };
}

function newDoc(ctx: Ctx, input: NeedForm, personKey: string): Omit<TravelNeedDoc, '_id'> {
  return {
    personKey,
    openKey: personKey,
    name: input.name,
    phone: input.phone ?? '',
    from: { ...input.from },
    to: { ...input.to },
    earliestDay: input.earliestDay,
    people: input.people,
    hasJob: input.hasJob || !!input.applicationId,
    ...(input.applicationId ? { applicationId: input.applicationId } : {}),
    status: 'open',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

const taken = (name: string) =>
  new DomainError('ALREADY_REGISTERED', `${name}的出行需求已经登记过了，不用再登记`);

/**
 * My need: one open need per person (unique openKey). Saving again edits the open one; a need a
 * cadre registered for me (代登记, same name and phone) becomes mine.
 */
export const registerNeed: Handler<'travel.registerNeed'> = async (input, ctx) => {
  checkDay(input.earliestDay, ctx.now);
  await checkApplication(ctx, input.applicationId);
  const personKey = personKeyOf({ name: input.name, phone: input.phone });
  const _ = ctx.store.command;
  for (let attempt = 0; attempt < 3; attempt++) {
    const mine = await ctx.store.findOne<TravelNeedDoc>(COLLECTIONS.travelNeeds, {
      workerOpenid: ctx.openid,
      status: 'open',
    });
    const theirs = mine
      ? null
      : await ctx.store.findOne<TravelNeedDoc>(COLLECTIONS.travelNeeds, { openKey: personKey });
    if (theirs?.workerOpenid && theirs.workerOpenid !== ctx.openid) throw taken(input.name);
    const current = mine ?? theirs;
    if (current) {
      try {
        const n = await ctx.store.update(
          COLLECTIONS.travelNeeds,
          mine
            ? { _id: current._id, status: 'open' }
            : { _id: current._id, openKey: personKey, workerOpenid: _.exists(false) },
          { ...formFields(ctx, input), personKey, openKey: personKey, workerOpenid: ctx.openid },
        );
        if (n !== 1) continue;
      } catch (err) {
        if (isDuplicateKey(err)) throw taken(input.name);
        throw err;
      }
      const saved = await ctx.store.getById<TravelNeedDoc>(COLLECTIONS.travelNeeds, current._id);
      if (saved) return needView(saved);
      continue;
    }
    const doc = { ...newDoc(ctx, input, personKey), workerOpenid: ctx.openid };
    try {
      const id = await ctx.store.insert(COLLECTIONS.travelNeeds, doc);
      return needView({ _id: id, ...doc });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new DomainError('CONFLICT');
};

/** 代登记 of a villager's need by a cadre (or admin) of the place they leave from. */
export const proxyNeed: Handler<'travel.proxyNeed'> = async (input, ctx) => {
  if (!managesArea(ctx, input.from, input.from.town))
    throw new DomainError('FORBIDDEN', '只能为您负责的乡镇登记出行需求', {
      'from.town': '不是您负责的乡镇',
    });
  checkDay(input.earliestDay, ctx.now);
  const personKey = personKeyOf({
    name: input.name,
    ...(input.phone ? { phone: input.phone } : {}),
    village: input.from.village,
    ...(input.idTail ? { idTail: input.idTail } : {}),
  });
  const doc = {
    ...newDoc(ctx, { ...input, applicationId: undefined }, personKey),
    proxyBy: ctx.openid,
  };
  try {
    const id = await ctx.store.insert(COLLECTIONS.travelNeeds, doc);
    return needView({ _id: id, ...doc });
  } catch (err) {
    if (isDuplicateKey(err)) throw taken(input.name);
    throw err;
  }
};

/** My current need (open, or matched to a trip), if any. */
export const myNeed: Handler<'travel.myNeed'> = async (_input, ctx) => {
  const _ = ctx.store.command;
  const rows = await ctx.store.find<TravelNeedDoc>(
    COLLECTIONS.travelNeeds,
    { workerOpenid: ctx.openid, status: _.in(['open', 'matched']) },
    { orderBy: [['updatedAt', 'desc']], limit: 1 },
  );
  return { need: rows[0] ? needView(rows[0]) : null };
};

/** Withdraws a need: the worker's own, or one a cadre of its place looks after. */
export const withdrawNeed: Handler<'travel.withdrawNeed'> = async ({ needId }, ctx) => {
  const doc = await ctx.store.getById<TravelNeedDoc>(COLLECTIONS.travelNeeds, needId);
  if (!doc || (doc.workerOpenid !== ctx.openid && !managesArea(ctx, doc.from, doc.from.town)))
    throw new DomainError('NOT_FOUND', '没有找到这条出行需求');
  if (doc.status === 'withdrawn') return { status: 'withdrawn' as const };
  const _ = ctx.store.command;
  await ctx.store.update(
    COLLECTIONS.travelNeeds,
    { _id: doc._id, status: _.in(['open', 'matched']) },
    { status: 'withdrawn', openKey: `closed:${doc._id}`, updatedAt: ctx.now },
  );
  return { status: 'withdrawn' as const };
};

/** The area whose needs the caller sees: an admin's, else a cadre's (county, and town). */
function areaOf(ctx: Ctx): { where: Record<string, string>; town?: string } {
  if (ctx.admin) return { where: areaWhere('from', ctx.admin) };
  const cadre = ctx.roles.has('cadre') ? ctx.user?.cadre : undefined;
  if (!cadre) throw new DomainError('FORBIDDEN', '只有村干部和人社局能看出行需求汇总');
  return {
    where: areaWhere('from', cadre),
    ...(cadre.town ? { town: cadre.town } : {}),
  };
}

/**
 * The open needs of the caller's area by destination city and departure week: how many needs,
 * how many people (families travel together), how many have a job waiting, which employers and
 * towns — what decides where a bus or a carriage is worth chartering.
 */
export const summary: Handler<'travel.summary'> = async (input, ctx) => {
  const area = areaOf(ctx);
  const _ = ctx.store.command;
  const fromWeek = weekOf(input.fromWeek ?? chinaDay(ctx.now));
  const needs = (
    await readAll((skip, limit) =>
      ctx.store.find<TravelNeedDoc>(
        COLLECTIONS.travelNeeds,
        { ...area.where, status: 'open', earliestDay: _.gte(fromWeek) },
        { orderBy: [['earliestDay', 'asc']], skip, limit },
      ),
    )
  ).filter((n) => !area.town || n.from.town === area.town);

  const groups = new Map<string, NeedGroup>();
  const add = (list: { name: string; people: number }[], name: string, people: number) => {
    const row = list.find((x) => x.name === name);
    if (row) row.people += people;
    else list.push({ name, people });
  };
  for (const n of needs) {
    const week = weekOf(n.earliestDay);
    const key = `${n.to.city}|${week}`;
    const g = groups.get(key) ?? {
      city: n.to.city,
      week,
      needs: 0,
      people: 0,
      withJob: 0,
      employers: [],
      towns: [],
    };
    g.needs += 1;
    g.people += n.people;
    if (n.hasJob) g.withJob += n.people;
    if (n.to.employerName) add(g.employers, n.to.employerName, n.people);
    add(g.towns, n.from.town, n.people);
    groups.set(key, g);
  }
  const byPeople = (a: { people: number }, b: { people: number }) => b.people - a.people;
  const list = [...groups.values()]
    .map((g) => ({ ...g, employers: g.employers.sort(byPeople), towns: g.towns.sort(byPeople) }))
    .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : byPeople(a, b)));
  return {
    groups: list,
    totals: { needs: needs.length, people: needs.reduce((s, n) => s + n.people, 0) },
  };
};
