/**
 * The employer's way through the real back end (local-cloud, no fake answers):
 * register → 人社局 verifies → post a job → see it in my posts.
 */
import { usccCheckChar } from '../../../miniprogram/shared/validators/uscc';
import { loadPage, pick, tap, textOf, type } from '../package-common/harness';
import {
  ADMIN_PUBEI as ADMIN,
  acceptModals,
  mapPicks,
  until,
  useLocalCloud,
} from '../package-common/local-cloud';

const EMPLOYER = 'o-employer-quanshui';
const cloud = useLocalCloud();
afterEach(() => jest.restoreAllMocks());

const first17 = '91450722MA5L8XQ21';
const USCC = `${first17}${usccCheckChar(first17)}`;

test('register, get verified, post a job and see it in my posts', async () => {
  mapPicks(22.27, 109.56, '泉水工业园', '浦北县泉水镇');
  acceptModals();

  cloud.actAs(EMPLOYER);
  const register = loadPage('package-employer/pages/register/index');
  register.instance.onLoad({});
  await until(register, '#submit', '提交审核');
  type(register, '#companyName', '浦北县泉水木业有限公司');
  type(register, '#uscc', USCC);
  type(register, '#intro', '在泉水工业园生产实木家具和板材，员工300多人。');
  type(register, '#contactName', '黄经理');
  type(register, '#contactPhone', '13907771234');
  pick(register, '#region', ['广西壮族自治区', '钦州市', '浦北县']);
  type(register, '#address', '泉水镇工业园A区6号');
  await tap(register, '#pick-place');
  await tap(register, '#submit');
  await until(register, '#status', '审核中');

  cloud.actAs(ADMIN);
  const admin = loadPage('package-admin/pages/employers/index');
  admin.instance.onLoad({});
  await until(admin, '', '浦北县泉水木业有限公司');
  const id = (admin.data as { rows: { id: string }[] }).rows[0]!.id;
  await tap(admin, `#approve-${id}`);
  await until(admin, '#empty', '没有待审核的单位');

  cloud.actAs(EMPLOYER);
  const post = loadPage('package-employer/pages/post/index');
  post.instance.onLoad({});
  await until(post, '#submit', '提交发布');
  type(post, '#title', '实木家具木工');
  pick(post, '#category', 2);
  type(post, '#headcount', '20');
  type(post, '#requirements', '18-55岁，身体健康，有木工经验优先');
  type(post, '#duties', '实木家具开料、打磨、组装，白班8小时');
  type(post, '#minYuan', '5000');
  type(post, '#maxYuan', '7500');
  await tap(post, '#benefit-meals');
  await tap(post, '#submit');
  await until(post, '#result', '已');

  const posts = loadPage('package-employer/pages/posts/index');
  posts.instance.onLoad({});
  await until(posts, '.post', '实木家具木工');
  expect(textOf(posts, '.post')).toContain('5000-7500元/月');
}, 120_000);
