/**
 * The demo users, one per thing a newcomer wants to try: the browser preview's role switcher lists
 * them, `npm start` prints them, and `loadDemo` (scripts/demo/load.ts) acts as them. Data only.
 *
 * People and companies are fictional; the places are the counties of the seed stories
 * (浦北 泉水工业园, 资中 太平镇 庆荣村, 慈利 工业园, 金华 婺城 / 东阳).
 */

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
 * The 人社局 admin. The same openid as the function tests' harness (`test/functions/harness.ts`
 * ADMIN), so an in-memory backend started for tests treats the demo admin as an admin too.
 */
export const DEMO_ADMIN_OPENID = 'o-admin-pubei-rsj';

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
    note: '审核单位、处理举报、发村干部邀请码',
  },
] as const satisfies readonly DemoUser[];

export type DemoUserKey = (typeof DEMO_USERS)[number]['key'];

/** The demo user with this key (throws on an unknown key: the key lists are code, not input). */
export function demoUser(key: DemoUserKey): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
}

/** Openids local-cloud must treat as admins for the demo. */
export const DEMO_ADMIN_OPENIDS: readonly string[] = [DEMO_ADMIN_OPENID];
