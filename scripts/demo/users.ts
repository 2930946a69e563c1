/**
 * The demo users, one per thing a newcomer wants to try: the browser preview's role switcher lists
 * them, `npm start` prints them, and `loadDemo` (scripts/demo/load.ts) acts as them. Data only.
 *
 * People and companies are fictional; the places are the counties of the seed stories
 * (浦北 泉水工业园, 资中 太平镇 庆荣村, 慈利 工业园, 金华 婺城 / 东阳).
 */

import { areaCovers, type AdminArea } from '../../miniprogram/shared/index';
import { formatAdmins } from '../../server/admins';

export type DemoRole = 'worker' | 'employer' | 'cadre' | 'admin';

export interface DemoUser {
  /** Stable key, e.g. for `?as=worker` in the preview. */
  key: string;
  /** The WeChat openid local-cloud gives the calls made as this user. */
  openid: string;
  /** The role the user shows off (they are all also workers once logged in). */
  role: DemoRole;
  /** Shown in the role switcher. */
  label: string;
  /** The person's name (the profile / contact name the demo data uses). */
  name: string;
  /** One line on what this user has in the demo data. */
  note: string;
}

/**
 * The 人社局 admin of 浦北县. The same openid as the function tests' harness
 * (`test/fixtures/backend/harness.ts` ADMIN); the harness configures every demo admin too.
 */
export const DEMO_ADMIN_OPENID = 'o-admin-pubei-rsj';
/** The 人社局 admin of 资中县: the company waiting there is theirs to verify. */
export const DEMO_ADMIN_ZIZHONG_OPENID = 'o-demo-admin-zizhong';

export const DEMO_USERS = [
  {
    key: 'worker',
    openid: 'o-demo-worker-liang',
    role: 'worker',
    label: '求职者 · 梁保华（浦北 52岁 木工）',
    name: '梁保华',
    note: '从佛山顺德家具厂返乡的木工，想在家附近找活；有投递（已录用、邀约面试、已查看…）和招聘会报名',
  },
  {
    key: 'worker2',
    openid: 'o-demo-worker-luo',
    role: 'worker',
    label: '求职者 · 罗志强（资中 太平镇 外出打工）',
    name: '罗志强',
    note: '资中县太平镇人，想去台州、嘉兴进厂；报名了庆荣村院坝招聘会',
  },
  {
    key: 'worker3',
    openid: 'o-demo-worker-xiang',
    role: 'worker',
    label: '求职者 · 向桂英（慈利 家门口就业）',
    name: '向桂英',
    note: '慈利县苗市镇人，47岁，想在县工业园做普工或缝纫',
  },
  {
    key: 'newcomer',
    openid: 'o-demo-newcomer',
    role: 'worker',
    label: '新用户（第一次打开）',
    name: '新用户',
    note: '还没登录过，没有任何资料：用来试第一次打开、填求职意向、注册单位',
  },
  {
    key: 'employer',
    openid: 'o-demo-employer-quansen',
    role: 'employer',
    label: '用人单位 · 泉森木业（浦北 泉水工业园，已认证）',
    name: '陈丽华',
    note: '浦北县泉森木业有限公司人事，已认证；有在招岗位、投递人、参加招聘会',
  },
  {
    key: 'employer-taizhou',
    openid: 'o-demo-employer-taizhou',
    role: 'employer',
    label: '用人单位 · 台州驻资中招工组（已认证）',
    name: '苏文涛',
    note: '台州椒江工厂的驻点招工组，到资中太平镇院坝招聘会招人，点对点大巴接送',
  },
  {
    key: 'employer-pending',
    openid: 'o-demo-employer-pending',
    role: 'employer',
    label: '用人单位 · 太平镇兴旺服装加工厂（审核中）',
    name: '周桂芳',
    note: '刚注册的小作坊，等人社局审核，还不能发岗位',
  },
  {
    key: 'cadre-taiping',
    openid: 'o-demo-cadre-taiping',
    role: 'cadre',
    label: '村干部 · 杨春兰（资中县 太平镇 就业促进小分队）',
    name: '杨春兰',
    note: '办庆荣村院坝招聘会：分时段报名、代登记、扫码签到、记录达成意向',
  },
  {
    key: 'cadre-pubei',
    openid: 'o-demo-cadre-pubei',
    role: 'cadre',
    label: '村干部 · 覃志明（浦北县 泉水镇 就业专干）',
    name: '覃志明',
    note: '办泉水工业园家门口招聘会',
  },
  {
    key: 'admin',
    openid: DEMO_ADMIN_OPENID,
    role: 'admin',
    label: '人社局 · 吴建平（浦北县人社局 管理员）',
    name: '吴建平',
    note: '浦北县的单位审核、被标记的岗位、举报和处理结果、村干部邀请码；别县的事看不到',
  },
  {
    key: 'admin-zizhong',
    openid: DEMO_ADMIN_ZIZHONG_OPENID,
    role: 'admin',
    label: '人社局 · 刘静（资中县人社局 管理员）',
    name: '刘静',
    note: '资中县的单位审核（太平镇兴旺服装加工厂在等）和资中的招聘会',
  },
] as const satisfies readonly DemoUser[];

export type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

/** The demo user with this key (throws on an unknown key: the key lists are code, not input). */
export function demoUser(key: DemoUserKey): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
}

/**
 * The demo deployment's 人社局 admins and their areas (the functions' ADMINS): the two in the role
 * switcher, and the offices of the other places demo companies are registered in, which the loader
 * acts as to verify those companies and handle their posts.
 */
export const DEMO_ADMINS: readonly { openid: string; name: string; area: AdminArea }[] = [
  {
    openid: DEMO_ADMIN_OPENID,
    name: '浦北县人社局 吴建平',
    area: { province: '广西壮族自治区', city: '钦州市', county: '浦北县' },
  },
  {
    openid: DEMO_ADMIN_ZIZHONG_OPENID,
    name: '资中县人社局 刘静',
    area: { province: '四川省', city: '内江市', county: '资中县' },
  },
  {
    openid: 'o-demo-admin-cili',
    name: '慈利县人社局',
    area: { province: '湖南省', city: '张家界市', county: '慈利县' },
  },
  { openid: 'o-demo-admin-zhejiang', name: '浙江省人社厅', area: { province: '浙江省' } },
  { openid: 'o-demo-admin-guangdong', name: '广东省人社厅', area: { province: '广东省' } },
];

/** The admin of the demo whose area holds a place (the loader acts as them there). */
export function demoAdminFor(place: { province: string; city: string; county: string }): string {
  const admin = DEMO_ADMINS.find((a) => areaCovers(a.area, place));
  if (!admin) throw new Error(`no demo admin for ${place.province}${place.city}${place.county}`);
  return admin.openid;
}

/** The functions' ADMINS setting for the demo (local-cloud passes it to every function). */
export const DEMO_ADMINS_ENV = formatAdmins(DEMO_ADMINS.map((a) => [a.openid, a.area]));
