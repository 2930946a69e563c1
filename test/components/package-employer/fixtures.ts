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
  employer: {
    _id: EMPLOYER._id,
    companyName: EMPLOYER.companyName,
    intro: EMPLOYER.intro,
    verified: true,
  },
  contact: { name: '黄经理', phone: '13907771234' },
  publishedAt: Date.parse('2026-11-10T09:00:00+08:00'),
  updatedAt: Date.parse('2026-11-10T09:00:00+08:00'),
  myApplication: null,
};

export const MY_JOBS = [
  {
    ...JOB_CARD,
    status: 'published' as const,
    validUntil: '2026-12-31',
    applicantCount: 12,
    newApplicantCount: 3,
  },
  {
    ...JOB_CARD,
    _id: 'job_baozhuang',
    title: '板材包装普工',
    category: 'factory' as const,
    pay: { minYuan: 180, maxYuan: 220, unit: 'day' as const },
    payCycle: 'daily' as const,
    status: 'paused' as const,
    validUntil: '2026-12-15',
    applicantCount: 4,
    newApplicantCount: 0,
  },
  {
    ...JOB_CARD,
    _id: 'job_zhijian',
    title: '家具质检员',
    status: 'reviewing' as const,
    validUntil: '2027-01-10',
    applicantCount: 0,
    newApplicantCount: 0,
  },
];

export const APPLICANTS = [
  {
    _id: 'app_liu',
    status: 'applied' as const,
    createdAt: Date.parse('2026-11-20T08:30:00+08:00'),
    updatedAt: Date.parse('2026-11-20T08:30:00+08:00'),
    name: '刘德贵',
    phone: '13508321234',
    homeCounty: '资中县',
    village: '庆荣村',
    categories: ['woodwork', 'factory'],
    expectedPayYuan: 6000,
  },
  {
    _id: 'app_chen',
    status: 'interview' as const,
    createdAt: Date.parse('2026-11-19T15:00:00+08:00'),
    updatedAt: Date.parse('2026-11-20T10:00:00+08:00'),
    name: '陈秀英',
    phone: '13990455678',
    homeCounty: '浦北县',
    categories: ['factory'],
    interview: {
      at: Date.parse('2026-11-24T10:00:00+08:00'),
      address: '泉水镇工业园区8号 二楼人事部',
      location: { lat: 22.2712, lng: 109.5561 },
      note: '带身份证',
      answer: 'reschedule' as const,
      answerNote: '下午才有空',
      answeredAt: Date.parse('2026-11-21T19:00:00+08:00'),
    },
  },
];

export const FAIR_CARD = {
  _id: 'fair_qingrong',
  title: '庆荣村院坝招聘会',
  day: '2026-11-28',
  county: '资中县',
  village: '庆荣村',
  address: '庆荣村村委会院坝',
  status: 'upcoming' as const,
  seatsLeft: 120,
  employerCount: 8,
};

/** The people at the fair as a participating employer sees them (fair.attendees): no codes. */
export const ATTENDEES = [
  {
    _id: 'su_zhang',
    name: '张大勇',
    village: '庆荣村',
    slotLabel: '09:00-10:00',
    status: 'checkedIn' as const,
    phone: '138****5678',
  },
  {
    _id: 'su_li',
    name: '李桂兰',
    village: '太平村',
    slotLabel: '10:00-11:00',
    status: 'signed' as const,
    phone: '139****4321',
  },
];

/** The check-in code 张大勇 shows at the table. */
export const ZHANG_CODE = '382917';

export function fairDetail(employerJobs: (typeof JOB_CARD)[] = [JOB_CARD]) {
  return {
    _id: 'fair_qingrong',
    title: '庆荣村院坝招聘会',
    region: { province: '四川省', city: '内江市', county: '资中县' },
    town: '太平镇',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    location: { lat: 29.68, lng: 104.9 },
    day: '2026-11-28',
    status: 'upcoming' as const,
    inviteCode: 'QR28',
    rev: 4,
    slots: [
      { id: 's1', start: '09:00', end: '10:00', capacity: 100, seatsLeft: 40 },
      { id: 's2', start: '10:00', end: '11:00', capacity: 100, seatsLeft: 0 },
    ],
    employers: [
      {
        employerId: EMPLOYER._id,
        companyName: EMPLOYER.companyName,
        verified: true,
        jobs: employerJobs,
      },
    ],
    mySignup: null,
    canManage: false,
  };
}

export const EMPLOYER_SESSION = {
  userId: 'u_huang',
  roles: ['worker' as const, 'employer' as const],
  profile: null,
  employer: { _id: EMPLOYER._id, companyName: EMPLOYER.companyName, status: 'verified' as const },
  cadre: null,
  admin: null,
};
