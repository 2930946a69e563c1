/** Realistic employer-side data (资中县 / 浦北县), parsed by the contracts in the tests. */
export const NOW = Date.parse('2026-11-21T10:00:00+08:00');

export const EMPLOYER = {
  _id: 'emp_quanshui',
  companyName: '浦北县泉水木业有限公司',
  uscc: '91450722MA5L8XQ21K',
  intro: '在泉水工业园生产实木家具和板材，员工300多人，常年招木工和普工。',
  contactName: '黄经理',
  contactPhone: '13907771234',
  region: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
  address: '泉水镇工业园A区6号',
  location: { lat: 22.27, lng: 109.56 },
  status: 'verified' as const,
  createdAt: Date.parse('2026-11-01T09:00:00+08:00'),
};

export const JOB_CARD = {
  _id: 'job_mugong',
  title: '实木家具木工',
  category: 'woodwork' as const,
  pay: { minYuan: 5000, maxYuan: 7500, unit: 'month' as const },
  payCycle: 'monthly' as const,
  benefits: ['meals' as const, 'housing' as const],
  county: '浦北县',
  city: '钦州市',
  companyName: EMPLOYER.companyName,
  verified: true,
  publishedAt: Date.parse('2026-11-10T09:00:00+08:00'),
};

export const JOB_DETAIL = {
  _id: 'job_mugong',
  title: '实木家具木工',
  category: 'woodwork' as const,
  headcount: 20,
  requirements: '18-55岁，身体健康，有木工经验优先，不收押金',
  duties: '实木家具开料、打磨、组装，白班8小时，加班另算',
  workplace: { region: EMPLOYER.region, address: EMPLOYER.address, location: EMPLOYER.location },
  pay: { minYuan: 5000, maxYuan: 7500, unit: 'month' as const },
  payCycle: 'monthly' as const,
  benefits: ['meals' as const, 'housing' as const],
  validUntil: '2026-12-31',
  isRepost: false,
  status: 'published' as const,
  employer: { _id: EMPLOYER._id, companyName: EMPLOYER.companyName, intro: EMPLOYER.intro, verified: true },
  contact: { name: '黄经理', phone: '13907771234' },
  publishedAt: Date.parse('2026-11-10T09:00:00+08:00'),
  updatedAt: Date.parse('2026-11-10T09:00:00+08:00'),
  myApplication: null,
};
