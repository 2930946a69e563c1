/**
 * The 返岗直达 part of the demo world (issue 14), loaded through the real actions like the rest:
 * 资中's direct buses to 台州 and 嘉兴 with pick-ups in 太平镇 villages (the 嘉兴 one full, with a
 * waiting list), last week's 台州 bus that has left with its boarding record, a 浦北 专车 to the
 * 泉水工业园, and 婺城's charter train from 贵阳 for a 婺城 factory's hires; travel needs of the
 * demo workers, some matched by a booking, some still open, two registered by the cadre.
 */
import {
  addDays,
  type ActionInput,
  type ActionName,
  type ActionOutput,
  type WorkerProfile,
} from '../../miniprogram/shared/index';
import { POINT, REGION } from './data';

export interface TripDemoKit {
  call<A extends ActionName>(
    openid: string,
    action: A,
    input: ActionInput<A>,
  ): Promise<ActionOutput<A>>;
  /** Moves the clock to `offset` days from today at a China clock time. */
  travel(offset: number, clock: string): void;
  today: string;
  /** Background workers of a county, with their profiles. */
  workers(county: 'zizhong' | 'pubei'): { openid: string; profile: WorkerProfile }[];
}

export interface DemoTrips {
  trips: { title: string; status: string; booked: number; waiting: number; boarded: number }[];
  needs: number;
}

const TAIPING_CADRE = 'o-demo-cadre-taiping';
const PUBEI_CADRE = 'o-demo-cadre-pubei';
/** 金华婺城宜居家具 (verified): its own train for the hires from 贵州. */
const WUCHENG_EMPLOYER = 'o-demo-co-yijia';

const TAIPING_PICKUPS = [
  { name: '太平镇政府门口', time: '06:20', location: POINT.taipingTown },
  { name: '庆荣村村委会', time: '06:35', location: POINT.qingrongVillage },
  { name: '上油坊村文化广场', time: '06:50', location: POINT.shangyoufangVillage },
];

function taizhouBus(day: string): ActionInput<'trip.create'> {
  return {
    mode: 'bus',
    title: '资中→台州返岗直达大巴',
    region: { ...REGION.zizhong },
    town: '太平镇',
    to: {
      city: '台州',
      employerName: '台州市椒江宏泰机电有限公司',
      address: '椒江区洪家街道机电工业园9号',
      location: POINT.jiaojiangHongjia,
    },
    day,
    time: '07:00',
    pickups: TAIPING_PICKUPS,
    seats: 45,
    cost: { kind: 'free' },
    bring: '身份证、换洗衣服，路上有盒饭',
    contact: { name: '杨春兰', phone: '13890521106' },
  };
}

/** Loads the trips and needs; the clock is left wherever the last step put it. */
export async function loadTrips(kit: TripDemoKit): Promise<DemoTrips> {
  const { call, travel } = kit;
  const zizhong = kit.workers('zizhong');
  const pubei = kit.workers('pubei');
  const day = (offset: number) => addDays(kit.today, offset);
  const book = (w: { openid: string; profile: WorkerProfile }, tripId: string, pickupId: string) =>
    call(w.openid, 'trip.book', {
      tripId,
      pickupId,
      name: w.profile.name,
      phone: w.profile.phone as string,
    });
  const pickupOf = (i: number) => `p${(i % 3) + 1}`;

  // ---- Last week: the 台州 bus that has left, with its boarding record -------------------------
  travel(-9, '10:00');
  const gone = await call(TAIPING_CADRE, 'trip.create', taizhouBus(day(-4)));
  const goneRiders = zizhong.slice(0, 14);
  const goneBookings = [];
  for (const [i, w] of goneRiders.entries())
    goneBookings.push(await book(w, gone.tripId, pickupOf(i)));
  const villager = await call(TAIPING_CADRE, 'trip.proxyBook', {
    tripId: gone.tripId,
    pickupId: 'p2',
    name: '罗德华',
    village: '庆荣村',
  });
  travel(-4, '06:25');
  // Everyone but two came; 罗德华 was found by name (no phone).
  for (const b of goneBookings.slice(0, -2))
    await call(TAIPING_CADRE, 'trip.board', {
      tripId: gone.tripId,
      code: b.boardingCode as string,
    });
  await call(TAIPING_CADRE, 'trip.board', { tripId: gone.tripId, bookingId: villager._id });
  travel(-4, '07:02');
  await call(TAIPING_CADRE, 'trip.depart', { tripId: gone.tripId });

  // ---- The last days: needs come in ------------------------------------------------------------
  travel(-3, '19:30');
  const needers = zizhong.slice(14, 44);
  for (const [i, w] of needers.entries()) {
    const home = w.profile.home;
    await call(w.openid, 'travel.registerNeed', {
      from: { ...REGION.zizhong, town: home.town ?? '太平镇', village: home.village ?? '庆荣村' },
      to:
        i % 3 === 2
          ? { city: '嘉兴' }
          : { city: '台州', employerName: '台州市椒江宏泰机电有限公司' },
      earliestDay: day(4 + (i % 4)),
      people: 1 + (i % 5 === 0 ? 1 : 0),
      hasJob: i % 3 !== 2,
      name: w.profile.name,
      phone: w.profile.phone as string,
    });
  }
  for (const [name, village] of [
    ['罗国富', '庆荣村'],
    ['陈玉芬', '上油坊村'],
  ] as const) {
    await call(TAIPING_CADRE, 'travel.proxyNeed', {
      from: { ...REGION.zizhong, town: '太平镇', village },
      to: { city: '台州' },
      earliestDay: day(5),
      people: 1,
      hasJob: false,
      name,
    });
  }
  for (const [i, w] of pubei.slice(0, 8).entries()) {
    const home = w.profile.home;
    await call(w.openid, 'travel.registerNeed', {
      from: { ...REGION.pubei, town: home.town ?? '泉水镇', village: home.village ?? '石冲村' },
      to: i % 2 ? { city: '佛山' } : { city: '东莞' },
      earliestDay: day(6 + i),
      people: 1,
      hasJob: false,
      name: w.profile.name,
      phone: w.profile.phone as string,
    });
  }

  // ---- Yesterday: the organisers charter what the needs call for ------------------------------
  travel(-1, '10:00');
  const taizhou = await call(TAIPING_CADRE, 'trip.create', taizhouBus(day(5)));
  const jiaxing = await call(TAIPING_CADRE, 'trip.create', {
    ...taizhouBus(day(6)),
    mode: 'charter',
    title: '资中→嘉兴返岗包车',
    to: {
      city: '嘉兴',
      employerName: '嘉兴秀洲王江泾纺织园',
      address: '秀洲区王江泾镇工业园',
      location: POINT.xiuzhouWangjiangjing,
    },
    seats: 8,
    cost: { kind: 'subsidised', yuan: 50 },
  });
  const quanshui = await call(PUBEI_CADRE, 'trip.create', {
    mode: 'charter',
    title: '泉水镇→泉水工业园返岗专车',
    region: { ...REGION.pubei },
    town: '泉水镇',
    to: {
      city: '钦州',
      employerName: '浦北县泉森木业有限公司',
      address: '泉水镇林业循环经济产业园（泉水工业园）3号',
      location: POINT.quanshuiPark,
    },
    day: day(2),
    time: '07:30',
    pickups: [{ name: '泉水镇汽车站', time: '07:10', location: POINT.quanshuiTown }],
    seats: 20,
    cost: { kind: 'free' },
    bring: '身份证',
    contact: { name: '覃志明', phone: '13977760312' },
  });
  const train = await call(WUCHENG_EMPLOYER, 'trip.create', {
    mode: 'train',
    title: '贵阳→金华返岗专列（宜居家具）',
    region: { province: '贵州省', city: '贵阳市', county: '南明区' },
    to: {
      city: '金华',
      employerName: '金华婺城宜居家具制造有限公司',
      address: '婺城区临江工业园金帆街666号',
      location: POINT.linjiangPark,
    },
    day: day(9),
    time: '09:30',
    pickups: [{ name: '贵阳站东广场', time: '08:30', location: { lat: 26.5636, lng: 106.7096 } }],
    seats: 300,
    cost: { kind: 'free' },
    bring: '身份证、录用短信，专列和接站大巴都免费',
    contact: { name: '厉海军', phone: '13967915528' },
  });

  // ---- Today: bookings (those who registered a need to 台州 are matched by booking) -------------
  travel(0, '08:00');
  const toTaizhou = needers.filter((_, i) => i % 3 !== 2).slice(0, 12);
  for (const [i, w] of toTaizhou.entries()) await book(w, taizhou.tripId, pickupOf(i));
  await call(TAIPING_CADRE, 'trip.proxyBook', {
    tripId: taizhou.tripId,
    pickupId: 'p2',
    name: '罗国富',
    village: '庆荣村',
  });
  const toJiaxing = [...needers.filter((_, i) => i % 3 === 2), ...zizhong.slice(44, 48)];
  for (const [i, w] of toJiaxing.slice(0, 11).entries()) await book(w, jiaxing.tripId, pickupOf(i)); // 8 seats: the last three wait
  for (const w of pubei.slice(8, 14)) await book(w, quanshui.tripId, 'p1');

  const summary = async (openid: string, tripId: string) => {
    const t = await call(openid, 'trip.get', { tripId });
    const r = await call(openid, 'trip.roster', { tripId });
    return {
      title: t.title,
      status: t.status,
      booked: r.counts.booked,
      waiting: r.counts.waiting,
      boarded: r.counts.boarded,
    };
  };
  return {
    trips: [
      await summary(TAIPING_CADRE, gone.tripId),
      await summary(TAIPING_CADRE, taizhou.tripId),
      await summary(TAIPING_CADRE, jiaxing.tripId),
      await summary(PUBEI_CADRE, quanshui.tripId),
      await summary(WUCHENG_EMPLOYER, train.tripId),
    ],
    needs: needers.length + 2 + 8,
  };
}
