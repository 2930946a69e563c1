import type { ActionName } from '../../miniprogram/shared/index';
import { TRIP_RULES, type TripAction, type TripRule } from '../../server/rights';
import { needInput, tripInput } from '../fixtures/trips';
import { refusedUnchanged } from './expect-unchanged';
import {
  CADRE,
  EMPLOYER,
  OTHER_CADRE,
  OTHER_TOWN_CADRE,
  startTripWorld,
  WORKER,
  type TripWorld,
} from './trips-world';

/**
 * TRIP_RULES (server/rights.ts) as a table: for every trips action with a record-level rule, the
 * trip's or need's own organiser is let through, and a cadre of another county, a cadre of
 * another town of the county and a verified employer whose trip it is not are refused with
 * nothing written. Rows are checked against the table, so a new action needs a row here.
 */

jest.setTimeout(240_000);

/** Trips leave today at 20:00 so boarding is open. */
const TODAY = { day: '2026-11-21', time: '20:00' };

let w: TripWorld;
let tripId: string;
let bookingId: string;
let code: string;
let needId: string;
beforeAll(async () => {
  w = await startTripWorld();
  await w.worker(WORKER);
  ({ tripId } = await w.trip({
    ...TODAY,
    pickups: [{ name: '太平镇政府门口', time: '19:30', location: { lat: 29.66, lng: 104.88 } }],
  }));
  const mine = await w.b.ok(WORKER, 'trip.book', {
    tripId,
    pickupId: 'p1',
    name: '李春梅',
    phone: '13977745678',
  });
  bookingId = mine._id;
  code = mine.boardingCode as string;
  needId = (await w.b.ok(CADRE, 'travel.proxyNeed', needInput(w.clock.now, { name: '王德贵' })))
    ._id;
});
afterAll(() => w?.b.stop());

type Input = () => Record<string, unknown>;

/** One row per action whose rule names whose records it touches; `open`/`own` need none. */
const ROWS: Partial<Record<TripAction, { rule: TripRule; input: Input }>> = {
  'trip.update': {
    rule: 'tripOrganiser',
    input: () => ({ ...tripInput(w.clock.now), tripId, rev: 0 }),
  },
  'trip.cancel': { rule: 'tripOrganiser', input: () => ({ tripId, reason: '不去了' }) },
  'trip.depart': { rule: 'tripOrganiser', input: () => ({ tripId }) },
  'trip.proxyBook': {
    rule: 'tripOrganiser',
    input: () => ({ tripId, pickupId: 'p1', name: '赵大', village: '庆荣村' }),
  },
  'trip.board': { rule: 'tripOrganiser', input: () => ({ tripId, code }) },
  'trip.roster': { rule: 'tripOrganiser', input: () => ({ tripId }) },
  'trip.exportRoster': { rule: 'tripOrganiser', input: () => ({ tripId }) },
  'trip.invitePoster': { rule: 'tripOrganiser', input: () => ({ tripId }) },
  'trip.cancelBooking': { rule: 'ownOrTripOrganiser', input: () => ({ bookingId }) },
  'trip.create': { rule: 'newTrip', input: () => tripInput(w.clock.now) },
  'travel.proxyNeed': { rule: 'needArea', input: () => needInput(w.clock.now, { name: '钱多' }) },
  'travel.withdrawNeed': { rule: 'ownOrNeedArea', input: () => ({ needId }) },
};

test('every action whose rule reaches into records has a row, with the rule of the table', () => {
  // open/own touch nobody else's records; travel.summary's area is proven in trips-needs.
  const recordRules = (Object.keys(TRIP_RULES) as TripAction[]).filter(
    (a) => !['open', 'own'].includes(TRIP_RULES[a]) && a !== 'travel.summary',
  );
  expect(Object.keys(ROWS).sort()).toEqual(recordRules.sort());
  for (const [action, row] of Object.entries(ROWS)) {
    expect(row.rule).toBe(TRIP_RULES[action as TripAction]);
  }
});

const OUTSIDERS = [
  ['a cadre of another county', OTHER_CADRE],
  ['a cadre of another town', OTHER_TOWN_CADRE],
  ['a verified employer whose trip it is not', EMPLOYER],
] as const;

describe.each(Object.entries(ROWS) as [ActionName, { rule: TripRule; input: Input }][])(
  '%s',
  (action, row) => {
    test.each(OUTSIDERS)('%s is refused, nothing written', async (_who, openid) => {
      if (openid === EMPLOYER && (action === 'travel.proxyNeed' || action === 'trip.proxyBook'))
        return; // not an employer's right at all: the rights table refuses it (rights.test.ts)
      const res = await refusedUnchanged(w.b, () => w.b.call(openid, action, row.input() as never));
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(res.code);
      expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
    });
  },
);

test('the trip’s own cadre is let through every organiser action', async () => {
  for (const action of ['trip.roster', 'trip.exportRoster', 'trip.invitePoster'] as const) {
    expect((await w.b.call(CADRE, action, { tripId })).ok).toBe(true);
  }
  expect((await w.b.call(CADRE, 'trip.board', { tripId, code })).ok).toBe(true);
  expect((await w.b.call(CADRE, 'travel.withdrawNeed', { needId })).ok).toBe(true);
});
