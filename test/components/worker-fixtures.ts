/**
 * Realistic data for the worker pages, typed by the contracts (and parsed by them when served by
 * FakeCloud): 浦北县 泉水工业园 木业, 资中县 太平镇 庆荣村 院坝招聘会, 台州 电子厂.
 */
import type { ActionOutput, FairCard, JobCard, SignupView } from '../../miniprogram/shared/index';
import { addDays, chinaDay } from '../../miniprogram/shared/time';

const NOW = Date.now();
export const TODAY = chinaDay(NOW);
export const FAIR_DAY = addDays(TODAY, 2);

export const WOOD_JOB: JobCard = {
  _id: 'job_quanshui_wood',
  title: '实木家具打磨工',
  category: 'woodwork',
  pay: { minYuan: 4500, maxYuan: 6500, unit: 'month' },
  payCycle: 'monthly',
  benefits: ['meals', 'housing', 'insurance'],
  county: '浦北县',
  city: '钦州市',
  companyName: '浦北县泉水木业有限公司',
  verified: true,
  distanceKm: 12,
  publishedAt: NOW - 3600_000,
  reasons: ['离家12公里', '包吃住'],
};

export const DAILY_JOB: JobCard = {
  _id: 'job_yinshan_daily',
  title: '消毒酒精灌装普工',
  category: 'factory',
  pay: { minYuan: 180, maxYuan: 180, unit: 'day' },
  payCycle: 'daily',
  benefits: ['meals'],
  county: '资中县',
  city: '内江市',
  companyName: '资中县银山鸿展工业有限责任公司',
  verified: false,
  publishedAt: NOW - 7200_000,
};

export const TAIZHOU_JOB: JobCard = {
  _id: 'job_taizhou_elec',
  title: '电子厂装配工（点对点大巴接送）',
  category: 'electronics',
  pay: { minYuan: 5500, maxYuan: 7500, unit: 'month' },
  payCycle: 'monthly',
  benefits: ['meals', 'housing', 'travelRefund', 'shuttle'],
  county: '椒江区',
  city: '台州市',
  companyName: '台州市海正电子有限公司',
  verified: true,
  publishedAt: NOW - 86_400_000,
};

export const WOOD_DETAIL: ActionOutput<'job.get'> = {
  _id: WOOD_JOB._id,
  title: WOOD_JOB.title,
  category: 'woodwork',
  headcount: 20,
  requirements: '18-60岁，身体健康，能吃苦，有木工经验优先，不会的厂里带',
  duties: '实木桌椅打磨、上漆前处理，按件计量，多劳多得',
  workplace: {
    region: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
    address: '泉水镇泉水工业园3号厂房',
    location: { lat: 22.27, lng: 109.56 },
  },
  pay: { minYuan: 4500, maxYuan: 6500, unit: 'month' },
  payCycle: 'monthly',
  benefits: ['meals', 'housing', 'insurance'],
  validUntil: addDays(TODAY, 30),
  isRepost: false,
  status: 'published',
  employer: {
    _id: 'emp_quanshui',
    companyName: '浦北县泉水木业有限公司',
    intro: '做实木家具十多年，工人90多人，厂在泉水工业园。',
    verified: true,
  },
  contact: { name: '何经理', phone: '07778212345' },
  publishedAt: NOW - 3600_000,
  updatedAt: NOW - 3600_000,
  myApplication: null,
};

export const WORKER_PROFILE = {
  name: '王德明',
  phone: '13981234567',
  home: { province: '四川省', city: '内江市', county: '资中县', town: '太平镇', village: '庆荣村' },
  workArea: 'county' as const,
  cities: [],
  categories: ['factory' as const, 'woodwork' as const],
  expectedPayYuan: 5000,
  skills: [],
};

export const SESSION: ActionOutput<'account.login'> = {
  userId: 'u_wangdm',
  roles: ['worker'],
  profile: WORKER_PROFILE,
  employer: null,
  cadre: null,
  admin: null,
};

export const NEW_SESSION: ActionOutput<'account.login'> = {
  ...SESSION,
  userId: 'u_new',
  profile: null,
};

export const FAIR_CARD: FairCard = {
  _id: 'fair_qingrong',
  title: '庆荣村院坝招聘会',
  day: FAIR_DAY,
  county: '资中县',
  village: '庆荣村',
  address: '庆荣村村委会院坝',
  status: 'upcoming',
  seatsLeft: 52,
  employerCount: 12,
  distanceKm: 3.4,
};

export const FAIR_DETAIL: ActionOutput<'fair.get'> = {
  _id: FAIR_CARD._id,
  title: FAIR_CARD.title,
  region: { province: '四川省', city: '内江市', county: '资中县' },
  town: '太平镇',
  village: '庆荣村',
  address: '庆荣村村委会院坝',
  location: { lat: 29.78, lng: 104.86 },
  day: FAIR_DAY,
  description: '台州、嘉兴的企业来村里招人，现场签协议，点对点大巴送到厂。',
  status: 'upcoming',
  inviteCode: 'K7P2QX',
  rev: 2,
  slots: [
    { id: 'am1', start: '09:00', end: '10:00', capacity: 100, seatsLeft: 12 },
    { id: 'am2', start: '10:00', end: '11:00', capacity: 100, seatsLeft: 0 },
    { id: 'pm1', start: '14:00', end: '15:00', capacity: 100, seatsLeft: 40 },
  ],
  employers: [
    {
      employerId: 'emp_haizheng',
      companyName: '台州市海正电子有限公司',
      verified: true,
      jobs: [TAIZHOU_JOB],
    },
  ],
  mySignup: null,
  canManage: false,
};

export const SIGNUP: SignupView = {
  _id: 'sg_wangdm_qingrong',
  fairId: FAIR_CARD._id,
  slotId: 'am1',
  slotLabel: '09:00-10:00',
  name: '王德明',
  phone: '13981234567',
  village: '庆荣村',
  status: 'signed',
  checkInCode: '482913',
  createdAt: NOW - 60_000,
};

export const MY_APPLICATIONS: ActionOutput<'application.listMine'>['items'] = [
  {
    _id: 'app_wood',
    status: 'interview',
    createdAt: NOW - 86_400_000,
    updatedAt: NOW - 3600_000,
    job: WOOD_JOB,
    interview: {
      at: Date.parse('2099-11-24T10:00:00+08:00'),
      address: '泉水镇工业园区8号 二楼人事部',
      location: { lat: 22.2712, lng: 109.5561 },
      note: '带身份证，到门卫说找人事',
    },
  },
  {
    _id: 'app_daily',
    status: 'applied',
    createdAt: NOW - 2 * 86_400_000,
    updatedAt: NOW - 2 * 86_400_000,
    job: DAILY_JOB,
  },
  {
    _id: 'app_taizhou',
    status: 'rejected',
    createdAt: NOW - 5 * 86_400_000,
    updatedAt: NOW - 4 * 86_400_000,
    job: TAIZHOU_JOB,
  },
];

export const MY_SIGNUPS: ActionOutput<'fair.mySignups'>['items'] = [{ ...SIGNUP, fair: FAIR_CARD }];

/** What the 签到码 page reads: the sign-up, its fair and the fair's place. */
export const MY_SIGNUP: ActionOutput<'fair.mySignup'> = {
  ...SIGNUP,
  fair: { ...FAIR_CARD, location: { lat: 29.78, lng: 104.86 } },
};
