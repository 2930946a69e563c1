import {
  addDays,
  chinaDay,
  type ActionInput,
  type EmployerInput,
  type WorkerProfile,
} from '../../miniprogram/shared/index';
import { usccFor } from './uscc-for';

export { usccFor };

/**
 * Realistic inputs drawn from the county stories (浦北 泉水工业园, 资中 太平镇 院坝招聘会, 金华 婺城).
 * Company and person names are fictional; coordinates are real places.
 */

export const PLACES = {
  quanshuiPark: { lat: 22.2712, lng: 109.5561 }, // 浦北县 泉水工业园
  pubeiTown: { lat: 22.2686, lng: 109.5562 }, // 浦北县城
  qingrongVillage: { lat: 29.6553, lng: 104.8917 }, // 资中县 太平镇 庆荣村
  zizhongTown: { lat: 29.7647, lng: 104.8519 }, // 资中县城
  taizhouJiaojiang: { lat: 28.6561, lng: 121.4406 }, // 台州 椒江
  jinhuaWucheng: { lat: 29.0846, lng: 119.6522 }, // 金华 婺城
} as const;

export const REGIONS = {
  pubei: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
  zizhong: { province: '四川省', city: '内江市', county: '资中县' },
  taizhou: { province: '浙江省', city: '台州市', county: '椒江区' },
  wucheng: { province: '浙江省', city: '金华市', county: '婺城区' },
} as const;

export function employerInput(overrides: Partial<EmployerInput> = {}, seed = 1): EmployerInput {
  return {
    companyName: '浦北县泉兴家具有限公司',
    uscc: usccFor(seed),
    intro: '主营实木家具和板材加工，工厂在泉水工业园，员工120人，长期招工。',
    contactName: '黄经理',
    contactPhone: '13877712345',
    region: { ...REGIONS.pubei },
    address: '泉水镇工业园区8号',
    location: { ...PLACES.quanshuiPark },
    ...overrides,
  };
}

export function jobInput(
  now: number,
  overrides: Partial<ActionInput<'job.create'>> = {},
): ActionInput<'job.create'> {
  return {
    title: '木工 板材开料',
    category: 'woodwork',
    headcount: 8,
    requirements: '会看图纸，有家具厂经验优先，55岁以下身体健康',
    duties: '板材开料、封边，按件计酬，多劳多得',
    workplace: {
      region: { ...REGIONS.pubei },
      address: '泉水镇工业园区8号',
      location: { ...PLACES.quanshuiPark },
    },
    pay: { minYuan: 4500, maxYuan: 7000, unit: 'month' },
    payCycle: 'monthly',
    benefits: ['meals', 'housing'],
    validUntil: addDays(chinaDay(now), 30),
    ...overrides,
  };
}

export function workerProfile(
  overrides: Partial<WorkerProfile> = {},
): ActionInput<'account.updateProfile'> {
  return {
    name: '李春梅',
    phone: '13977745678',
    home: { ...REGIONS.pubei, town: '泉水镇', village: '旧州村' },
    homeLocation: { ...PLACES.pubeiTown },
    workArea: 'nearHome',
    cities: [],
    categories: ['woodwork', 'factory'],
    expectedPayYuan: 4000,
    skills: ['电锯'],
    ...overrides,
  };
}

export function fairInput(
  now: number,
  overrides: Partial<ActionInput<'fair.create'>> = {},
): ActionInput<'fair.create'> {
  return {
    title: '庆荣村院坝招聘会',
    region: { ...REGIONS.zizhong },
    town: '太平镇',
    village: '庆荣村',
    address: '庆荣村村委会院坝',
    location: { ...PLACES.qingrongVillage },
    day: addDays(chinaDay(now), 3),
    slots: [
      { start: '09:00', end: '10:30', capacity: 30 },
      { start: '10:30', end: '12:00', capacity: 30 },
      { start: '14:00', end: '16:00', capacity: 30 },
    ],
    employers: [],
    description: '分时分段入场，请按报名的时段来，带好身份证。',
    ...overrides,
  };
}
