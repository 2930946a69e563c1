import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { checkInQrText, chinaDay } from '../../miniprogram/shared/index';
import type { FairAgreementDoc } from '../../server/collections';
import {
  CADRE,
  docs,
  EMPLOYER,
  OTHER_CADRE,
  startWorld,
  WORKER,
  type World,
} from '../fixtures/backend/fairs-world';
import { ADMIN, ADMIN_ZIZHONG } from '../fixtures/backend/harness';
import { login, publishedJob } from '../fixtures/backend/flows';

jest.setTimeout(180_000);

let w: World & { jobId: string };
let employerId: string;
beforeAll(async () => {
  w = await startWorld();
  await w.worker(WORKER);
  employerId = (await w.b.ok(EMPLOYER, 'employer.mine', {}))!._id;
});
afterAll(() => w?.b.stop());

/** A fair today (Saturday in 资中) with the employer's post, and 李春梅 signed up for the afternoon. */
async function todayFair() {
  const fair = await w.fair({
    day: chinaDay(w.clock.now),
    employers: [{ employerId, jobIds: [w.jobId] }],
  });
  const signup = await w.b.ok(WORKER, 'fair.signUp', {
    fairId: fair.fairId,
    slotId: 's3',
    name: '李春梅',
    phone: '13977745678',
  });
  return { ...fair, signup: { ...signup, checkInCode: codeOf(signup) } };
}

/** The code of a sign-up that is still to be used (the API gives one only then). */
function codeOf(signup: { checkInCode?: string }): string {
  if (!signup.checkInCode) throw new Error('the sign-up has no check-in code');
  return signup.checkInCode;
}

describe('fair.checkIn', () => {
  test('the cadre scans the QR code at the gate: checked in with the time', async () => {
    const { fairId, inviteCode, signup } = await todayFair();
    const out = await w.b.ok(CADRE, 'fair.checkIn', {
      fairId,
      code: checkInQrText(inviteCode, signup.checkInCode),
    });
    expect(out).toMatchObject({
      alreadyCheckedIn: false,
      signup: {
        _id: signup._id,
        name: '李春梅',
        status: 'checkedIn',
        checkedInAt: w.clock.now,
        slotLabel: '14:00-16:00',
      },
    });
  });

  test('the six digits typed by hand work too, spaces and all', async () => {
    const { fairId, signup } = await todayFair();
    const typed = `${signup.checkInCode.slice(0, 3)} ${signup.checkInCode.slice(3)}`;
    expect((await w.b.ok(CADRE, 'fair.checkIn', { fairId, code: typed })).signup.status).toBe(
      'checkedIn',
    );
  });

  test('scanning twice is harmless and says so', async () => {
    const { fairId, signup } = await todayFair();
    await w.b.ok(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode });
    const before = await w.b.snapshot();
    const again = await w.b.ok(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode });
    expect(again.alreadyCheckedIn).toBe(true);
    expect(await w.b.snapshot()).toEqual(before);
  });

  test("another fair's code is refused as WRONG_FAIR and nothing is written", async () => {
    const a = await todayFair();
    const other = await w.fair({ title: '太平镇第二场', day: chinaDay(w.clock.now) });
    const before = await w.b.snapshot();
    const res = await w.b.fail(CADRE, 'fair.checkIn', {
      fairId: other.fairId,
      code: checkInQrText(a.inviteCode, a.signup.checkInCode),
    });
    expect(res).toMatchObject({ code: 'WRONG_FAIR', message: '这个签到码不是本场招聘会的' });
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('an unknown code, or something that is not a code, is refused', async () => {
    const { fairId, signup } = await todayFair();
    const unknown = signup.checkInCode === '000000' ? '000001' : '000000';
    expect((await w.b.fail(CADRE, 'fair.checkIn', { fairId, code: unknown })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await w.b.fail(CADRE, 'fair.checkIn', { fairId, code: 'https://example.com' })).code,
    ).toBe('INVALID_INPUT');
  });

  test('a cancelled sign-up cannot check in; a checked-in one cannot be cancelled', async () => {
    const { fairId, signup } = await todayFair();
    const wang = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's3',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    await w.b.ok(CADRE, 'fair.cancelSignUp', { signupId: wang._id });
    expect((await w.b.fail(CADRE, 'fair.checkIn', { fairId, code: wang.checkInCode })).code).toBe(
      'BAD_TRANSITION',
    );
    await w.b.ok(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode });
    expect((await w.b.fail(WORKER, 'fair.cancelSignUp', { signupId: signup._id })).code).toBe(
      'BAD_TRANSITION',
    );
  });

  test('by name: the cadre finds the person and checks them in with the sign-up itself', async () => {
    const { fairId, signup } = await todayFair();
    const found = await w.b.ok(CADRE, 'fair.listSignups', { fairId, q: '李春' });
    expect(found.items.map((s) => s._id)).toEqual([signup._id]);
    const out = await w.b.ok(CADRE, 'fair.checkIn', { fairId, signupId: signup._id });
    expect(out).toMatchObject({
      alreadyCheckedIn: false,
      signup: { _id: signup._id, status: 'checkedIn', checkedInAt: w.clock.now },
    });
    expect(JSON.stringify(out)).not.toContain(signup.checkInCode);
  });

  test('one check-in per person: the code scanned and the name tapped at the same moment', async () => {
    const { fairId, signup } = await todayFair();
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () =>
        w.b.ok(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode }),
      ),
      ...Array.from({ length: 5 }, () =>
        w.b.ok(CADRE, 'fair.checkIn', { fairId, signupId: signup._id }),
      ),
    ]);
    expect(results.filter((r) => !r.alreadyCheckedIn)).toHaveLength(1);
    const times = new Set(results.map((r) => r.signup.checkedInAt));
    expect(times.size).toBe(1);
  });

  test("by name, another fair's sign-up is not found and nothing is written", async () => {
    const a = await todayFair();
    const other = await w.fair({ title: '太平镇第三场', day: chinaDay(w.clock.now) });
    const before = await w.b.snapshot();
    const res = await w.b.fail(CADRE, 'fair.checkIn', {
      fairId: other.fairId,
      signupId: a.signup._id,
    });
    expect(res.code).toBe('NOT_FOUND');
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('check-in opens on the day of the fair only', async () => {
    const { fairId } = await w.fair();
    const signup = await w.b.ok(WORKER, 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '李春梅',
      phone: '13977745678',
    });
    const res = await w.b.fail(CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode });
    expect(res).toMatchObject({ code: 'INVALID_INPUT', message: '招聘会当天才能签到' });
  });

  test('only the cadres of the fair check people in', async () => {
    const { fairId, signup } = await todayFair();
    expect(
      (await w.b.fail(OTHER_CADRE, 'fair.checkIn', { fairId, code: signup.checkInCode })).code,
    ).toBe('FORBIDDEN');
    expect(
      (await w.b.fail(WORKER, 'fair.checkIn', { fairId, code: signup.checkInCode })).code,
    ).toBe('FORBIDDEN');
    expect(
      (await w.b.fail(EMPLOYER, 'fair.checkIn', { fairId, code: signup.checkInCode })).code,
    ).toBe('FORBIDDEN');
  });
});

describe('fair.recordAgreement', () => {
  test('the employer records 达成意向 with a person signed up at its table', async () => {
    const { fairId, signup } = await todayFair();
    const { agreementId } = await w.b.ok(EMPLOYER, 'fair.recordAgreement', {
      fairId,
      signupId: signup._id,
      jobId: w.jobId,
      note: '月底坐点对点大巴去台州',
    });
    const doc = docs<FairAgreementDoc>(await w.b.snapshot(), 'fairAgreements').find(
      (a) => a._id === agreementId,
    );
    expect(doc).toMatchObject({
      fairId,
      signupId: signup._id,
      jobId: w.jobId,
      employerId,
      recordedBy: EMPLOYER,
      note: '月底坐点对点大巴去台州',
    });
  });

  test('recording the same agreement twice keeps one', async () => {
    const { fairId, signup } = await todayFair();
    const a = await w.b.ok(CADRE, 'fair.recordAgreement', {
      fairId,
      signupId: signup._id,
      jobId: w.jobId,
    });
    const b = await w.b.ok(EMPLOYER, 'fair.recordAgreement', {
      fairId,
      signupId: signup._id,
      jobId: w.jobId,
    });
    expect(b.agreementId).toBe(a.agreementId);
    expect(
      docs<FairAgreementDoc>(await w.b.snapshot(), 'fairAgreements').filter(
        (x) => x.fairId === fairId,
      ),
    ).toHaveLength(1);
  });

  test('a person signed up for another fair is refused and nothing is written', async () => {
    const { fairId } = await todayFair();
    const other = await w.fair({ title: '太平镇第三场' });
    const stranger = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId: other.fairId,
      slotId: 's1',
      name: '刘光明',
      phone: '13600001111',
      village: '庆荣村',
    });
    const before = await w.b.snapshot();
    const res = await w.b.fail(EMPLOYER, 'fair.recordAgreement', {
      fairId,
      signupId: stranger._id,
      jobId: w.jobId,
    });
    expect(res).toMatchObject({ code: 'NOT_FOUND', fields: { signupId: '不是本场的报名' } });
    expect(await w.b.snapshot()).toEqual(before);
  });

  test('a post of another company, or an employer not at the fair, is refused', async () => {
    const { fairId, signup } = await todayFair();
    const other = await publishedJob(w.b, 'o-emp-not-at-fair', w.clock.now, {
      title: '电子厂 流水线',
    });
    expect(
      (
        await w.b.fail(EMPLOYER, 'fair.recordAgreement', {
          fairId,
          signupId: signup._id,
          jobId: other,
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await w.b.fail('o-emp-not-at-fair', 'fair.recordAgreement', {
          fairId,
          signupId: signup._id,
          jobId: other,
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await w.b.fail(CADRE, 'fair.recordAgreement', {
          fairId,
          signupId: signup._id,
          jobId: other,
        })
      ).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await w.b.fail(WORKER, 'fair.recordAgreement', {
          fairId,
          signupId: signup._id,
          jobId: w.jobId,
        })
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('fair.stats and fair.exportLedger', () => {
  let fairId: string;
  beforeAll(async () => {
    const fair = await todayFair();
    fairId = fair.fairId;
    const cadre = await login(w.b, CADRE);
    await w.worker('o-worker-zhang', '张国强', '13800001111');
    const zhang = await w.b.ok('o-worker-zhang', 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '张国强',
      phone: '13800001111',
      inviter: { type: 'share', userId: cadre.userId },
    });
    await w.worker('o-worker-quote', '王"小二", 外号=老王', '13800002222');
    await w.b.ok('o-worker-quote', 'fair.signUp', {
      fairId,
      slotId: 's1',
      name: '王"小二", 外号=老王',
      phone: '13800002222',
      inviter: { type: 'poster' },
    });
    const proxy = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '王德顺',
      phone: '13700005678',
      village: '庆荣村',
    });
    const gone = await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId,
      slotId: 's2',
      name: '赵大妈',
      phone: '13700009999',
      village: '庆荣村',
    });
    await w.b.ok(CADRE, 'fair.cancelSignUp', { signupId: gone._id });
    await w.b.ok(CADRE, 'fair.checkIn', { fairId, code: codeOf(zhang) });
    await w.b.ok(CADRE, 'fair.checkIn', { fairId, code: proxy.checkInCode });
    await w.b.ok(EMPLOYER, 'fair.recordAgreement', { fairId, signupId: zhang._id, jobId: w.jobId });
    await w.b.ok(CADRE, 'fair.recordAgreement', { fairId, signupId: proxy._id, jobId: w.jobId });
  });

  test('stats: per slot signed up and checked in, per inviter by name, totals and agreements', async () => {
    const stats = await w.b.ok(CADRE, 'fair.stats', { fairId });
    expect(stats.slots).toEqual([
      { slotId: 's1', label: '09:00-10:30', capacity: 30, signedUp: 2, checkedIn: 1 },
      { slotId: 's2', label: '10:30-12:00', capacity: 30, signedUp: 1, checkedIn: 1 },
      { slotId: 's3', label: '14:00-16:00', capacity: 30, signedUp: 1, checkedIn: 0 },
    ]);
    // The cadre has no 求职意向 name: people know them as their town's cadre.
    const cadreName = '太平镇村干部';
    expect(stats.inviters).toEqual(
      expect.arrayContaining([
        { label: '自己报名', count: 1 },
        { label: `${cadreName}（分享）`, count: 1 },
        { label: `${cadreName}（代登记）`, count: 1 },
        { label: '海报二维码', count: 1 },
      ]),
    );
    expect(stats.totals).toEqual({ signedUp: 4, checkedIn: 2, proxy: 1, agreements: 2 });
    expect(stats.agreements.map((a) => [a.workerName, a.jobTitle, a.companyName])).toEqual([
      ['张国强', '制鞋 针车工', '浦北县泉兴家具有限公司'],
      ['王德顺', '制鞋 针车工', '浦北县泉兴家具有限公司'],
    ]);
  });

  test('the ledger CSV opens in Excel: BOM, CRLF, quoted fields, phones kept as text', async () => {
    const ledger = await w.b.ok(CADRE, 'fair.exportLedger', { fairId });
    expect(ledger.fileName).toBe(`庆荣村院坝招聘会-${chinaDay(w.clock.now)}-台账.csv`);
    expect(ledger.rows).toBe(5);
    expect(
      ledger.csv.startsWith(
        '\uFEFF"姓名","电话","村","时段","报名方式","邀请人","状态","签到时间","达成意向"\r\n',
      ),
    ).toBe(true);
    expect(ledger.csv.endsWith('\r\n')).toBe(true);
    expect(ledger.csv.replace(/\r\n/g, '')).not.toMatch(/\n|\r/);
    const lines = ledger.csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(6);
    const rows = lines.slice(1).map(parseCsvLine);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(byName['张国强']).toEqual([
      '张国强',
      '\t13800001111',
      '庆荣村',
      '09:00-10:30',
      '本人报名',
      expect.stringContaining('（分享）'),
      '已签到',
      `${chinaDay(w.clock.now)} 10:00`,
      '浦北县泉兴家具有限公司 制鞋 针车工',
    ]);
    // A name with quotes, a comma and an equals sign stays one field, as written.
    expect(byName['王"小二", 外号=老王']?.slice(0, 2)).toEqual([
      '王"小二", 外号=老王',
      '\t13800002222',
    ]);
    expect(lines.some((l) => l.startsWith('"王""小二"", 外号=老王",'))).toBe(true);
    expect(byName['王德顺']?.slice(2, 5)).toEqual(['庆荣村', '10:30-12:00', '代登记']);
    expect(byName['赵大妈']?.[6]).toBe('已取消');
  });

  test('a name that looks like a formula is defused in the ledger', async () => {
    const fair = await w.fair({ title: '公式测试, "场"' });
    await w.b.ok(CADRE, 'fair.proxySignUp', {
      fairId: fair.fairId,
      slotId: 's1',
      name: '=HYPERLINK("x")',
      phone: '13700001111',
      village: '庆荣村',
    });
    const ledger = await w.b.ok(CADRE, 'fair.exportLedger', { fairId: fair.fairId });
    expect(ledger.fileName).toBe(
      `公式测试,场-${chinaDay(w.clock.now + 3 * 24 * 3600_000)}-台账.csv`,
    );
    const row = parseCsvLine(ledger.csv.slice(1).split('\r\n')[1] ?? '');
    expect(row[0]).toBe(`'=HYPERLINK("x")`);
  });

  test('only the cadres of the fair read its figures and ledger', async () => {
    for (const who of [OTHER_CADRE, WORKER, EMPLOYER, ADMIN]) {
      expect((await w.b.fail(who, 'fair.stats', { fairId })).code).toBe('FORBIDDEN');
      expect((await w.b.fail(who, 'fair.exportLedger', { fairId })).code).toBe('FORBIDDEN');
    }
    expect((await w.b.ok(ADMIN_ZIZHONG, 'fair.stats', { fairId })).totals.signedUp).toBe(4);
  });
});

describe('fair.invitePoster', () => {
  test('a wxacode PNG whose scene carries the invite code and the inviter', async () => {
    const { fairId, inviteCode } = await w.fair();
    const cadre = await login(w.b, CADRE);
    const poster = await w.b.ok(CADRE, 'fair.invitePoster', { fairId });
    expect(poster.scene).toBe(`f=${inviteCode}&i=${cadre.userId}`);
    expect(poster.scene.length).toBeLessThanOrEqual(32);
    expect(poster.page).toBe('pages/fair/index');
    const png = PNG.sync.read(Buffer.from(poster.imageBase64, 'base64'));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr?.data).toContain(encodeURIComponent(poster.scene));
    // A formal deployment (no MINIPROGRAM_STATE) makes codes that open the released version.
    expect(new URL(String(qr?.data)).searchParams.get('env')).toBe('release');
  });

  test('a trial deployment (MINIPROGRAM_STATE=trial) makes posters that open the trial version', async () => {
    const trial = await startWorld({
      employer: false,
      functionEnv: { MINIPROGRAM_STATE: 'trial' },
    });
    try {
      const { fairId } = await trial.fair();
      await trial.b.ok(CADRE, 'fair.invitePoster', { fairId });
      expect(trial.b.cloud.wxacodes().map((c) => c.envVersion)).toEqual(['trial']);
    } finally {
      await trial.b.stop();
    }
  });

  test('no poster for a cancelled fair, and none for workers', async () => {
    const { fairId } = await w.fair();
    expect((await w.b.fail(WORKER, 'fair.invitePoster', { fairId })).code).toBe('FORBIDDEN');
    await w.b.ok(CADRE, 'fair.cancel', { fairId, reason: '场地冲突' });
    expect((await w.b.fail(CADRE, 'fair.invitePoster', { fairId })).code).toBe('FAIR_NOT_OPEN');
  });
});

/** RFC 4180 reading of one line (no embedded newlines in this ledger). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else value += line[i++];
      }
      out.push(value);
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end === -1 ? undefined : end));
      i = end === -1 ? line.length : end;
    }
    if (line[i] === ',') i++;
  }
  return out;
}
