/** The job fairs: created, joined, signed up for, checked in, agreements, cancelled or finished. */
import {
  addDays,
  type ActionInput,
  type ActionOutput,
} from '../../../miniprogram/shared/contracts-all';
import {
  CADRES,
  EMPLOYERS,
  FAIRS,
  HOMES,
  PROXY_GIVEN_NAMES,
  REGION,
  SURNAMES,
  type DemoEmployer,
} from '../data';
import { pool, type DemoRun, type Worker } from '../run';
import { jobsForFair, type DemoPosts } from './posts';
import { type DemoWorkers } from './workers';

/** One fair as the load's summary tells it. */
export interface DemoFairSummary {
  key: string;
  title: string;
  day: string;
  status: string;
  signups: number;
  proxy: number;
  checkIns: number;
  agreements: number;
}

/** Fairs: each of FAIRS from its creation to its fate; returns what each came to. */
export async function loadFairs(
  run: DemoRun,
  made: DemoPosts,
  folk: DemoWorkers,
): Promise<DemoFairSummary[]> {
  const { call, housekeeping, travel, r, log, limit, today, employerIds } = run;
  const { phone, worker, background } = folk;
  // ---- Fairs -----------------------------------------------------------------------------
  log('demo: fairs');
  const fairSummaries: DemoFairSummary[] = [];
  const proxyNames = (county: keyof typeof HOMES) =>
    `${r.pick(SURNAMES[county])}${r.pick(PROXY_GIVEN_NAMES)}`;

  for (const f of FAIRS) {
    const cadre = CADRES.find((c) => c.key === f.cadre) as (typeof CADRES)[number];
    const createdOn = f.fate === 'finished' ? f.dayOffset - 5 : Math.min(-1, f.dayOffset - 4);
    travel(createdOn, '10:00');
    const { fairId, inviteCode } = await call(cadre.openid, 'fair.create', {
      title: f.title,
      region: { ...REGION[f.region] },
      ...(f.town ? { town: f.town } : {}),
      village: f.village,
      address: f.address,
      location: f.location,
      day: addDays(today, f.dayOffset),
      slots: f.slots,
      employers: f.invited.map((key) => ({
        employerId: employerIds.get(key) as string,
        jobIds: jobsForFair(made, key, createdOn),
      })),
      description: f.description,
    });
    travel(createdOn + 1, '14:00');
    await pool(f.joining, limit, (key) =>
      call(EMPLOYERS.find((e) => e.key === key)?.openid as string, 'fair.join', {
        fairId,
        jobIds: jobsForFair(made, key, createdOn + 1),
      }),
    );
    const detail = await call(cadre.openid, 'fair.get', { fairId });
    const seats = detail.slots.map((s) => ({ id: s.id, left: s.seatsLeft }));
    /** Next slot with a seat, filling the slots in turn; the first slot is filled first. */
    let turn = 0;
    const nextSlot = (): string => {
      for (let k = 0; k < seats.length; k++) {
        const s = seats[(turn + k) % seats.length] as { id: string; left: number };
        if (s.left > 0) {
          s.left--;
          turn = (turn + k + 1) % seats.length;
          return s.id;
        }
      }
      throw new Error(`demo data: fair ${f.key} has more sign-ups than seats`);
    };

    // Sign-ups: the days before the fair (or before it is cancelled).
    const county = f.region as keyof typeof HOMES;
    const people = r.shuffle(background(county)).slice(0, f.signups);
    const own: { who: Worker; slot?: string }[] = [];
    if (f.key === 'qingrong' || f.key === 'shangyoufang' || f.key === 'hongguang')
      own.push({ who: worker('worker2') });
    if (f.key === 'quanshui' || f.key === 'shichong') own.push({ who: worker('worker') });
    if (f.key === 'daxing') own.push({ who: worker('worker3') });
    const signDay = f.fate === 'finished' ? f.dayOffset - 3 : Math.min(0, createdOn + 1);
    travel(signDay, '19:30');
    // The first few come directly and share the card in the village group; others follow.
    const sharers: Worker[] = people.slice(0, 4);
    type Signed = ActionOutput<'fair.signUp'> & { who?: Worker };
    const signed: Signed[] = [];
    const selfSign = async (who: Worker, i: number, forced?: 'share' | 'poster' | 'direct') => {
      const kind =
        forced ?? (i % 5 === 1 || i % 5 === 3 ? 'share' : i % 5 === 4 ? 'poster' : 'direct');
      const sharer = r.pick(sharers.filter((x) => x !== who));
      const inviter =
        kind === 'share' && sharer
          ? { type: 'share' as const, userId: sharer.shortId }
          : kind === 'poster'
            ? { type: 'poster' as const }
            : { type: 'direct' as const };
      const s = await call(who.openid, 'fair.signUp', {
        fairId,
        slotId: nextSlot(),
        name: who.profile.name,
        phone: who.profile.phone as string,
        inviter,
      });
      signed.push({ ...s, who });
    };
    await pool(people.slice(0, 4), 4, (w, i) => selfSign(w, i, 'direct'));
    await pool(people.slice(4), limit, (w, i) => selfSign(w, i + 4));
    await pool(own, 1, (o) =>
      selfSign(o.who, 0, f.key === 'quanshui' ? 'share' : f.key === 'daxing' ? 'poster' : 'direct'),
    );
    // 代登记: most with their own phone; every fifth a family member on the phone of the one
    // before (一家人用一个手机), and every seventh a villager with no phone (the cadre is contact).
    const proxySpecs: ActionInput<'fair.proxySignUp'>[] = [];
    for (let i = 0; i < f.proxySignups; i++) {
      const home = r.pick(HOMES[county]);
      const before = proxySpecs[i - 1];
      const family = i % 5 === 4 && before?.phone ? before : undefined;
      let name = proxyNames(county);
      while (proxySpecs.some((p) => p.name === name)) name = proxyNames(county);
      proxySpecs.push({
        fairId,
        slotId: nextSlot(),
        name,
        ...(i % 7 === 6 ? {} : { phone: family?.phone ?? phone() }),
        village: family?.village ?? (f.village && i % 3 === 0 ? f.village : r.pick(home.villages)),
      });
    }
    const proxies = await pool(proxySpecs, limit, (spec) =>
      call(cadre.openid, 'fair.proxySignUp', spec),
    );

    let checkIns = 0;
    let agreements = 0;
    if (f.dayOffset === 0 && f.checkIns) {
      // Today's fair: the morning's first people are in, by code and by name; the demo worker
      // 罗志强 is still to come (README: 扫码签到 with his code).
      travel(0, '09:10');
      const arriving = [
        ...signed.filter((s) => !s.who?.openid.startsWith('o-demo-worker')),
        ...proxies,
      ]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .slice(0, f.checkIns);
      await pool(arriving, limit, (s, i) =>
        call(
          cadre.openid,
          'fair.checkIn',
          i % 3 === 2 || !s.checkInCode
            ? { fairId, signupId: s._id }
            : { fairId, code: s.checkInCode },
        ),
      );
      checkIns = arriving.length;
    }
    if (f.fate === 'cancelled') {
      travel(f.dayOffset - 2, '08:00');
      await call(cadre.openid, 'fair.cancel', { fairId, reason: f.cancelReason as string });
    } else if (f.fate === 'finished') {
      // The fair day: the cadre scans people in slot by slot; employers record agreements.
      // Sorted by phone: the same people come, whatever order the calls finished in.
      const everyone = [...signed, ...proxies].sort((a, b) => (a.phone < b.phone ? -1 : 1));
      const bySlot = new Map<string, typeof everyone>();
      for (const s of everyone) bySlot.set(s.slotId, [...(bySlot.get(s.slotId) ?? []), s]);
      const ownIds = new Set(
        signed.filter((s) => s.who && !s.who.openid.startsWith('o-demo-w-')).map((s) => s._id),
      );
      const notComing = r
        .shuffle(everyone.filter((s) => !ownIds.has(s._id)))
        .slice(0, everyone.length - (f.checkIns ?? everyone.length));
      const absent = new Set(notComing.map((s) => s._id));
      const came: typeof everyone = [];
      for (const slot of f.slots) {
        const slotId = detail.slots.find((s) => s.start === slot.start)?.id as string;
        travel(f.dayOffset, slot.start);
        const here = (bySlot.get(slotId) ?? []).filter((s) => !absent.has(s._id));
        await pool(here, limit, (s, i) =>
          call(cadre.openid, 'fair.checkIn', {
            fairId,
            code: i % 2 === 0 ? `XP:${inviteCode}:${s.checkInCode}` : (s.checkInCode as string),
          }),
        );
        came.push(...here);
      }
      checkIns = came.length;
      const participants = [...f.invited, ...f.joining];
      const deals = [
        ...came.filter((s) => ownIds.has(s._id)),
        ...r.shuffle(came.filter((s) => !ownIds.has(s._id))),
      ].slice(0, f.agreements ?? 0);
      travel(f.dayOffset, '16:10');
      await pool(deals, limit, async (s, i) => {
        // The demo worker2 agrees with the 台州 factory, as in the story; others spread out.
        const key = ownIds.has(s._id)
          ? 'hongtai'
          : (participants[i % participants.length] as string);
        const jobs =
          detail.employers.find((e) => e.employerId === employerIds.get(key))?.jobs ?? [];
        const job = jobs[i % Math.max(1, jobs.length)];
        if (!job) throw new Error(`demo data: ${key} has no post at fair ${f.key}`);
        const employer = EMPLOYERS.find((e) => e.key === key) as DemoEmployer;
        const by = i % 4 === 3 ? cadre.openid : employer.openid;
        await call(by, 'fair.recordAgreement', {
          fairId,
          signupId: s._id,
          jobId: job._id,
          ...(i % 7 === 0 ? { note: '签了协议，坐点对点大巴返岗' } : {}),
        });
      });
      agreements = deals.length;
      // The daily timer the evening after: the fair is marked finished, old posts expire.
      travel(f.dayOffset + 1, '20:00');
      await housekeeping();
    }
    fairSummaries.push({
      key: f.key,
      title: f.title,
      day: addDays(today, f.dayOffset),
      status: f.fate,
      signups: signed.length + proxies.length,
      proxy: proxies.length,
      checkIns,
      agreements,
    });
  }
  return fairSummaries;
}
