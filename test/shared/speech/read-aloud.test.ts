import {
  fairDetail,
  jobDetail,
  readAloudText,
  sayClockRange,
  sayDay,
  type FairDetail,
  type JobCard,
  type JobDetail,
} from '../../../miniprogram/shared/index';

const PUBEI = { province: '广西壮族自治区', city: '钦州市', county: '浦北县' };
const ZIZHONG = { province: '四川省', city: '内江市', county: '资中县' };

/** A published post as job.get returns it (checked against the contract). */
function job(patch: Partial<JobDetail> = {}): JobDetail {
  return jobDetail.parse({
    _id: 'job1',
    title: '木工 板材开料',
    category: 'woodwork',
    headcount: 8,
    requirements: '会看图纸，有家具厂经验',
    duties: '板材开料、封边',
    workplace: {
      region: PUBEI,
      address: '泉水镇林业循环经济产业园8号',
      location: { lat: 22.3205, lng: 109.601 },
    },
    pay: { minYuan: 4500, maxYuan: 6500, unit: 'month' },
    payCycle: 'monthly',
    benefits: ['meals', 'housing', 'overtimePay'],
    validUntil: '2026-12-21',
    isRepost: false,
    status: 'published',
    employer: { _id: 'emp1', companyName: '浦北县宏林木业有限公司', intro: '', verified: true },
    contact: { name: '黄经理', phone: '13800000001' },
    publishedAt: 1_780_000_000_000,
    updatedAt: 1_780_000_000_000,
    myApplication: null,
    ...patch,
  });
}

function slot(id: string, start: string, end: string, seatsLeft: number) {
  return { id, start, end, capacity: 100, seatsLeft };
}

/** An upcoming fair as fair.get returns it (checked against the contract). */
function fair(patch: Partial<FairDetail> = {}): FairDetail {
  return fairDetail.parse({
    _id: 'fair1',
    title: '庆荣村院坝招聘会',
    region: ZIZHONG,
    town: '太平镇',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    location: { lat: 29.6553, lng: 104.8917 },
    day: '2026-03-03',
    status: 'upcoming',
    inviteCode: 'QR2026',
    rev: 3,
    slots: [
      slot('s1', '09:00', '10:00', 20),
      slot('s2', '10:00', '11:30', 0),
      slot('s3', '14:00', '15:00', 55),
    ],
    employers: [
      { employerId: 'e1', companyName: '台州某鞋业', verified: true, jobs: [] },
      { employerId: 'e2', companyName: '嘉兴某纺织', verified: true, jobs: [] },
    ],
    mySignup: null,
    canManage: false,
    ...patch,
  });
}

describe('读给我听 for a job', () => {
  it('says title, company, pay in words, place, benefits, how to apply and that it is free', () => {
    expect(readAloudText(job())).toEqual([
      '木工 板材开料。',
      '浦北县宏林木业有限公司招八个人，单位已认证。',
      '工资每月四千五百到六千五百元，月结。',
      '工作地点在广西壮族自治区钦州市浦北县。',
      '地址：泉水镇林业循环经济产业园8号。',
      '福利有：包吃住、加班费。',
      '想报名，就点下面的“我要报名”。',
      '也可以点“打电话”，找黄经理问问。',
      '求职不收取任何费用。',
    ]);
  });

  it('says a day wage per day and a piece rate as a monthly estimate', () => {
    const daily = readAloudText(
      job({ pay: { minYuan: 200, maxYuan: 200, unit: 'day' }, payCycle: 'daily' }),
    );
    expect(daily).toContain('工资每天两百元，日结。');
    const piece = readAloudText(job({ pay: { minYuan: 5500, maxYuan: 7500, unit: 'piece' } }));
    expect(piece).toContain('工资计件，每月大约五千五百到七千五百元，月结。');
  });

  it('says the post cannot be applied to when it is no longer open', () => {
    const text = readAloudText(job({ status: 'filled', contact: null }));
    expect(text).toContain('这个岗位已招满，现在不能报名。');
    expect(text.join('')).not.toContain('我要报名');
  });

  it('tells a worker who applied where their application stands', () => {
    const text = readAloudText(job({ myApplication: { _id: 'a1', status: 'interview' } }));
    expect(text).toContain('您已经报名了，现在是“邀约面试”。');
  });

  it('says an unverified employer is not verified, and leaves out benefits when there are none', () => {
    const text = readAloudText(
      job({
        benefits: [],
        employer: { _id: 'e', companyName: '某某家具厂', intro: '', verified: false },
      }),
    );
    expect(text).toContain('某某家具厂招八个人，单位还没有认证。');
    expect(text.join('')).not.toContain('福利');
  });
});

describe('读给我听 for a fair', () => {
  it('says the day with 星期, the place, every slot with its seats and how to sign up', () => {
    expect(readAloudText(fair())).toEqual([
      '庆荣村院坝招聘会。',
      '时间：三月三日，星期二。',
      '地点：资中县太平镇庆荣村。',
      '地址：庆荣村村委会院坝。',
      '分三个时段进场。',
      '上午九点到十点，还能报二十人。',
      '上午十点到十一点半，已经约满了。',
      '下午两点到三点，还能报五十五人。',
      '想去的话，选一个时段，点“报名这个时段”。',
      '有两家单位来招人。',
      '求职不收取任何费用。',
    ]);
  });

  it('counts the posts the employers bring', () => {
    const card: JobCard = {
      _id: 'j1',
      title: '平车工',
      category: 'garment',
      pay: { minYuan: 5000, maxYuan: 8000, unit: 'piece' },
      payCycle: 'monthly',
      benefits: [],
      county: '温岭市',
      city: '台州市',
      companyName: '台州某鞋业',
      verified: true,
      publishedAt: 1_780_000_000_000,
    };
    const employers = [
      {
        employerId: 'e1',
        companyName: '台州某鞋业',
        verified: true,
        jobs: [card, { ...card, _id: 'j2' }],
      },
    ];
    expect(readAloudText(fair({ employers }))).toContain('有一家单位来招人，一共两个岗位。');
  });

  it('says the slot the worker picked', () => {
    const f = fair();
    const text = readAloudText(f, f.slots[2]);
    expect(text).toContain('您选的是下午两点到三点，还能报五十五人。');
    expect(text.join('')).not.toContain('分三个时段');
  });

  it('says the worker’s own slot and the check-in code once signed up', () => {
    const mySignup = {
      _id: 'sg1',
      fairId: 'fair1',
      slotId: 's1',
      slotLabel: '09:00-10:00',
      name: '李桂兰',
      phone: '13900000007',
      status: 'signed' as const,
      checkInCode: '123456',
      createdAt: 1_780_000_000_000,
    };
    const text = readAloudText(fair({ mySignup }));
    expect(text).toContain('您的时段是上午九点到十点，请按时到场。');
    expect(text).toContain('到了门口，打开签到码给工作人员看。');
  });

  it('says only that a cancelled fair is cancelled', () => {
    expect(readAloudText(fair({ status: 'cancelled' }))).toEqual([
      '庆荣村院坝招聘会。',
      '这场招聘会已取消。',
    ]);
  });
});

describe('spoken days and times', () => {
  it.each([
    ['2026-03-03', '三月三日，星期二'],
    ['2026-11-22', '十一月二十二日，星期日'],
  ])('%s is %s', (day, said) => {
    expect(sayDay(day)).toBe(said);
  });

  it.each([
    ['09:00', '10:30', '上午九点到十点半'],
    ['11:00', '13:00', '上午十一点到下午一点'],
    ['12:00', '12:45', '中午十二点到十二点四十五分'],
    ['08:05', '09:15', '上午八点零五分到九点十五分'],
    ['18:30', '20:00', '晚上六点半到八点'],
  ])('%s–%s is %s', (start, end, said) => {
    expect(sayClockRange(start, end)).toBe(said);
  });
});

describe('sentence length', () => {
  it('keeps every sentence short enough for text-to-speech, even with the longest fields', () => {
    const long = (n: number) => '长'.repeat(n);
    const jobText = readAloudText(
      job({
        title: long(30),
        workplace: { region: PUBEI, address: long(100), location: { lat: 22.3, lng: 109.6 } },
        employer: { _id: 'e', companyName: long(50), intro: '', verified: true },
        contact: { name: long(20), phone: '13800000001' },
        benefits: [
          'meals',
          'housing',
          'insurance',
          'housingFund',
          'travelRefund',
          'shuttle',
          'overtimePay',
          'olderWelcome',
        ],
      }),
    );
    const fairText = readAloudText(
      fair({ title: long(30), address: long(100), village: long(20), town: long(20) }),
    );
    for (const sentence of [...jobText, ...fairText])
      expect(sentence.length).toBeLessThanOrEqual(120);
  });
});
