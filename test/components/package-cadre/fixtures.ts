/** A courtyard fair in 资中县太平镇庆荣村, as the cadre's pages see it. */
export const CADRE_SESSION = {
  userId: 'u_cadre_taiping',
  roles: ['worker' as const, 'cadre' as const],
  profile: null,
  employer: null,
  cadre: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇' },
  admin: null,
};

const JOB = {
  _id: 'job_taizhou_pj',
  title: '汽配装配工',
  category: 'factory' as const,
  pay: { minYuan: 6000, maxYuan: 8000, unit: 'month' as const },
  payCycle: 'monthly' as const,
  benefits: ['meals' as const, 'housing' as const, 'travelRefund' as const],
  county: '黄岩区',
  city: '台州市',
  companyName: '台州黄岩汽配有限公司',
  verified: true,
  publishedAt: Date.parse('2026-11-15T09:00:00+08:00'),
};

export const FAIR = {
  _id: 'fair_qingrong',
  title: '庆荣村院坝招聘会',
  region: { province: '四川省', city: '内江市', county: '资中县' },
  town: '太平镇',
  village: '庆荣村',
  address: '庆荣村村委会院坝',
  location: { lat: 29.68, lng: 104.9 },
  day: '2026-11-28',
  description: '请带身份证；台州驻点招工组现场签约',
  status: 'upcoming' as const,
  inviteCode: 'QR28',
  rev: 3,
  slots: [
    { id: 's1', start: '09:00', end: '10:00', capacity: 100, seatsLeft: 38 },
    { id: 's2', start: '10:00', end: '11:00', capacity: 100, seatsLeft: 0 },
    { id: 's3', start: '14:00', end: '15:00', capacity: 80, seatsLeft: 80 },
  ],
  employers: [
    { employerId: 'emp_taizhou', companyName: '台州黄岩汽配有限公司', verified: true, jobs: [JOB] },
  ],
  mySignup: null,
  canManage: true,
};

export const FAIR_CARDS = [
  {
    _id: 'fair_qingrong',
    title: '庆荣村院坝招聘会',
    day: '2026-11-28',
    county: '资中县',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    status: 'upcoming' as const,
    seatsLeft: 118,
    employerCount: 8,
  },
  {
    _id: 'fair_old',
    title: '太平镇春风行动招聘会',
    day: '2026-03-03',
    county: '资中县',
    village: '太平村',
    address: '太平镇文化广场',
    status: 'finished' as const,
    seatsLeft: 0,
    employerCount: 12,
  },
];

/** A sign-up as the fair's cadres see it (报名情况, the gate): full phone, no code. */
export function signup(over: Partial<Record<string, unknown>> = {}) {
  return {
    _id: 'su_zhang',
    fairId: 'fair_qingrong',
    slotId: 's1',
    slotLabel: '09:00-10:00',
    name: '张大勇',
    phone: '13812345678',
    village: '庆荣村',
    status: 'signed' as const,
    proxy: false,
    createdAt: Date.parse('2026-11-22T09:00:00+08:00'),
    ...over,
  };
}

/** What 代登记 answers: the row and the code to write down for the villager. */
export function proxySignup(over: Partial<Record<string, unknown>> = {}) {
  return { ...signup({ proxy: true }), checkInCode: '550371', ...over };
}

export const STATS = {
  slots: [
    { slotId: 's1', label: '09:00-10:00', capacity: 100, signedUp: 62, checkedIn: 51 },
    { slotId: 's2', label: '10:00-11:00', capacity: 100, signedUp: 100, checkedIn: 88 },
    { slotId: 's3', label: '14:00-15:00', capacity: 80, signedUp: 0, checkedIn: 0 },
  ],
  inviters: [
    { label: '直接报名', count: 70 },
    { label: '村干部 王书记 代登记', count: 12 },
    { label: '分享：刘德贵', count: 80 },
  ],
  totals: { signedUp: 162, checkedIn: 139, proxy: 12, agreements: 89 },
  agreements: [
    {
      _id: 'agr_1',
      workerName: '张大勇',
      jobTitle: '汽配装配工',
      companyName: '台州黄岩汽配有限公司',
      createdAt: Date.parse('2026-11-28T10:20:00+08:00'),
    },
  ],
};
