import {
  addDays,
  chinaDay,
  contracts,
  employerInput,
  failureFromZod,
  fairInput,
  jobInput,
  proxySignupInput,
  reportInput,
  validUntilProblem,
  workerProfile,
  type ActionInput,
} from '../../miniprogram/shared/contracts-all';

const NOW = Date.parse('2026-11-21T06:00:00Z');
const region = { province: '广西壮族自治区', city: '钦州市', county: '浦北县' };
const place = { lat: 22.2712, lng: 109.5561 };

function validJob(): ActionInput<'job.create'> {
  return {
    title: '木工 板材开料',
    category: 'woodwork',
    headcount: 8,
    requirements: '会看图纸，有家具厂经验',
    duties: '板材开料、封边',
    workplace: { region, address: '泉水镇工业园区8号', location: place },
    pay: { minYuan: 4500, maxYuan: 7000, unit: 'month' },
    payCycle: 'monthly',
    benefits: ['meals', 'housing'],
    validUntil: '2026-12-21',
  };
}

/** The per-field messages of a refused input. */
function fieldsOf(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) {
  const res = schema.safeParse(value);
  if (res.success) throw new Error('expected the input to be refused');
  return failureFromZod(res.error as never);
}

describe('job post (2026 rules)', () => {
  it('accepts a post with every required field', () => {
    expect(jobInput.safeParse(validJob()).success).toBe(true);
  });

  it.each([
    ['title', '岗位名称'],
    ['requirements', '招聘条件'],
    ['duties', '工作内容'],
    ['headcount', '招聘人数'],
    ['validUntil', '日期'],
  ] as const)('refuses a post without %s, naming it in Chinese', (field, word) => {
    const job: Record<string, unknown> = validJob();
    delete job[field];
    const failure = fieldsOf(jobInput, job);
    expect(failure.code).toBe('INVALID_INPUT');
    expect(failure.fields?.[field]).toContain(word);
  });

  it('refuses a post without pay or place', () => {
    const { pay: _pay, workplace: _workplace, ...rest } = validJob();
    const failure = fieldsOf(jobInput, rest);
    expect(Object.keys(failure.fields ?? {})).toEqual(expect.arrayContaining(['pay', 'workplace']));
  });

  it('refuses a 押金 with the fee code and message on the field', () => {
    const failure = fieldsOf(jobInput, { ...validJob(), requirements: '入职交押金300元' });
    expect(failure.code).toBe('FEE_REQUEST');
    expect(failure.fields?.requirements).toContain('求职不收取任何费用');
  });

  it('refuses a gender restriction with the discrimination code', () => {
    const failure = fieldsOf(jobInput, { ...validJob(), requirements: '限男性，能吃苦' });
    expect(failure.code).toBe('DISCRIMINATION');
    expect(failure.fields?.requirements).toContain('限男性');
  });

  it('refuses 高薪 hype in the title', () => {
    const failure = fieldsOf(jobInput, { ...validJob(), title: '高薪木工' });
    expect(failure.code).toBe('HYPE');
    expect(failure.fields?.title).toContain('高薪');
  });

  it('requires the 信息来源 of a reposted post', () => {
    const failure = fieldsOf(jobInput, { ...validJob(), isRepost: true });
    expect(failure.fields?.source).toContain('信息来源');
    expect(
      jobInput.safeParse({ ...validJob(), isRepost: true, source: '浦北县人社局公众号' }).success,
    ).toBe(true);
  });

  it('refuses a minimum pay above the maximum', () => {
    const failure = fieldsOf(jobInput, {
      ...validJob(),
      pay: { minYuan: 8000, maxYuan: 5000, unit: 'month' },
    });
    expect(failure.fields?.['pay.maxYuan']).toBe('最低工资不能高于最高工资');
  });

  it('refuses an operator object smuggled into a field', () => {
    const failure = fieldsOf(jobInput, { ...validJob(), title: { $ne: '' } });
    expect(failure.code).toBe('INVALID_INPUT');
    expect(failure.fields?.title).toBe('请填写岗位名称');
  });

  it('refuses unknown fields such as $set', () => {
    expect(jobInput.safeParse({ ...validJob(), $set: { status: 'published' } }).success).toBe(
      false,
    );
  });

  it('checks 有效期 against today in China', () => {
    expect(validUntilProblem(chinaDay(NOW), NOW)).toBeUndefined();
    expect(validUntilProblem(addDays(chinaDay(NOW), -1), NOW)).toBe('有效期不能早于今天');
    expect(validUntilProblem(addDays(chinaDay(NOW), 181), NOW)).toBe('有效期最长180天');
  });
});

describe('employer registration', () => {
  const valid = {
    companyName: '浦北县泉兴家具有限公司',
    uscc: '91350100M000100Y43',
    intro: '主营实木家具和板材加工，员工120人，长期招工。',
    contactName: '黄经理',
    contactPhone: '13877712345',
    region,
    address: '泉水镇工业园区8号',
    location: place,
  };

  it('accepts a complete company and normalises the code', () => {
    const res = employerInput.safeParse({ ...valid, uscc: '91350100m000100y43' });
    expect(res.success && res.data.uscc).toBe('91350100M000100Y43');
  });

  it('refuses a wrong check digit with a message that says where to look', () => {
    const failure = fieldsOf(employerInput, { ...valid, uscc: '91350100M000100Y44' });
    expect(failure.fields?.uscc).toContain('营业执照');
  });

  it('refuses a landline as the contact mobile', () => {
    expect(
      fieldsOf(employerInput, { ...valid, contactPhone: '0777-8212345' }).fields?.contactPhone,
    ).toBe('请填写11位手机号');
  });
});

describe('worker profile (求职意向)', () => {
  const valid = {
    name: '李春梅',
    home: { ...region, town: '泉水镇', village: '旧州村' },
    workArea: 'nearHome',
    categories: ['woodwork'],
  };

  it('accepts a minimal profile and fills defaults', () => {
    const res = workerProfile.safeParse(valid);
    expect(res.success && res.data.cities).toEqual([]);
  });

  it('needs at least one 工种', () => {
    expect(fieldsOf(workerProfile, { ...valid, categories: [] }).fields?.categories).toBe(
      '请至少选一个工种',
    );
  });

  it('needs cities when the worker goes out to work', () => {
    expect(fieldsOf(workerProfile, { ...valid, workArea: 'cities' }).fields?.cities).toBe(
      '请选择想去的城市',
    );
  });

  it('refuses an unknown 工种 with a choice message', () => {
    expect(
      fieldsOf(workerProfile, { ...valid, categories: ['pilot'] }).fields?.['categories.0'],
    ).toBe('请选择工种');
  });
});

describe('fair (院坝招聘会)', () => {
  const valid = {
    title: '庆荣村院坝招聘会',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    town: '太平镇',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    location: { lat: 29.6553, lng: 104.8917 },
    day: '2026-11-24',
    slots: [
      { start: '09:00', end: '10:30', capacity: 30 },
      { start: '10:30', end: '12:00', capacity: 30 },
    ],
  };

  it('accepts time slots that follow each other', () => {
    expect(fairInput.safeParse(valid).success).toBe(true);
  });

  it('refuses overlapping slots', () => {
    const failure = fieldsOf(fairInput, {
      ...valid,
      slots: [
        { start: '09:00', end: '11:00', capacity: 30 },
        { start: '10:30', end: '12:00', capacity: 30 },
      ],
    });
    expect(failure.fields?.slots).toBe('时段不能重叠');
  });

  it('refuses a slot that ends before it starts', () => {
    const failure = fieldsOf(fairInput, {
      ...valid,
      slots: [{ start: '10:00', end: '09:00', capacity: 5 }],
    });
    expect(failure.fields?.['slots.0.end']).toBe('结束时间要晚于开始时间');
  });

  it('refuses a day that does not exist and a capacity of zero', () => {
    const failure = fieldsOf(fairInput, {
      ...valid,
      day: '2026-02-30',
      slots: [{ start: '09:00', end: '10:00', capacity: 0 }],
    });
    expect(failure.fields?.day).toBe('日期不对，请重新选择');
    expect(failure.fields?.['slots.0.capacity']).toBe('每个时段至少1人');
  });

  it('validates 代登记 of a villager', () => {
    expect(
      proxySignupInput.safeParse({
        fairId: 'f1',
        slotId: 'a',
        name: '王大爷',
        phone: '13912345678',
        village: '庆荣村',
      }).success,
    ).toBe(true);
    expect(
      fieldsOf(proxySignupInput, {
        fairId: 'f1',
        slotId: 'a',
        name: '',
        phone: '139',
        village: '庆荣村',
      }).fields,
    ).toEqual({
      name: '请填写姓名',
      phone: '请填写11位手机号',
    });
  });
});

describe('report (举报)', () => {
  it('accepts a reason from the list', () => {
    expect(
      reportInput.safeParse({ jobId: 'j1', reason: 'fee', details: '电话里要求先交300元押金' })
        .success,
    ).toBe(true);
  });

  it('refuses a reason not on the list', () => {
    expect(fieldsOf(reportInput, { jobId: 'j1', reason: 'spam' }).fields?.reason).toBe(
      '请选择举报原因',
    );
  });
});

describe('action map', () => {
  it('hosts every action in one of the routers', () => {
    for (const [name, c] of Object.entries(contracts)) {
      // domain.verb, both camelCase (publicJob.confirmAttendance, the issue's own names)
      expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]+$/);
      expect(['accounts', 'jobs', 'fairs', 'trips', 'stats', 'workforce']).toContain(c.fn);
    }
  });

  it('sorts by distance only with a point', () => {
    const search = contracts['job.search'].input;
    expect(search.safeParse({ sort: 'distance' }).success).toBe(false);
    expect(search.safeParse({ sort: 'distance', near: place }).success).toBe(true);
  });

  it('finds a fair by id or by invite code, nothing else', () => {
    const get = contracts['fair.get'].input;
    expect(get.safeParse({ fairId: 'abc123' }).success).toBe(true);
    expect(get.safeParse({ inviteCode: 'K7P2QX' }).success).toBe(true);
    expect(get.safeParse({ inviteCode: { $regex: '.' } }).success).toBe(false);
  });
});

describe('messages for a missing place', () => {
  it('asks for the map point and the region in Chinese', () => {
    const failure = fieldsOf(employerInput, {
      companyName: '浦北县泉兴家具有限公司',
      uscc: '91350100M000100Y43',
      intro: '主营实木家具和板材加工，员工120人，长期招工。',
      contactName: '黄经理',
      contactPhone: '13877712345',
      address: '泉水镇工业园区8号',
    });
    expect(failure.fields?.location).toBe('请点“在地图上选位置”');
    expect(failure.fields?.region).toBe('请选择地区');
  });
});
