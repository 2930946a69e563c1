/**
 * The employer's way through the real back end: the pages call the real cloud functions in an
 * in-memory local-cloud, through its HTTP gateway (the door `callCloud` uses in development).
 * Register → 人社局 verifies → post → my posts. local-cloud runs in its own process: its
 * function bundler (esbuild) cannot run inside jsdom.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { setTransport } from '../../../miniprogram/services/call-cloud';
import { resetSession } from '../../../miniprogram/services/session';
import { usccCheckChar } from '../../../miniprogram/shared/validators/uscc';
import { loadPage, settle, tap, textOf, type, pick } from '../package-common/harness';

const ADMIN = 'o-admin-pubei-rsj';
const EMPLOYER = 'o-employer-quanshui';
const REPO = join(__dirname, '..', '..', '..');
let child: ChildProcess | undefined;
let url = '';
let openid = EMPLOYER;

/** Another person's phone: a new openid and no session carried over. */
function actAs(who: string): void {
  openid = who;
  resetSession();
}

function startCloud(): Promise<string> {
  return new Promise((resolve, reject) => {
    const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
    const args = ['local-cloud/cli.ts', '--port', '0', '--memory', '--admins', ADMIN, '--quiet'];
    child = spawn(tsx, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready at (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`local-cloud exited ${code}: ${out}`)));
  });
}

function post(path: string, body: unknown, headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

beforeAll(async () => {
  url = await startCloud();
  setTransport(async (fn, body) => {
    const res = (await post(`/functions/${fn}`, { data: body }, { 'x-wx-openid': openid })) as {
      result: unknown;
    };
    return res.result;
  });
}, 120_000);

afterAll(() => {
  setTransport(undefined);
  child?.kill('SIGTERM');
});

const first17 = '91450722MA5L8XQ21';
const USCC = `${first17}${usccCheckChar(first17)}`;

/** Waits until the page shows `text` (real functions answer in their own time). */
async function until(
  page: ReturnType<typeof loadPage>,
  selector: string,
  text: string,
): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await settle();
    try {
      if (textOf(page, selector || undefined).includes(text)) return;
    } catch {
      // not rendered yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${selector} never showed “${text}”; page says: ${textOf(page)}`);
}

test('register, get verified, post a job and see it in my posts', async () => {
  jest.spyOn(wx, 'chooseLocation').mockImplementation(((
    o: WechatMiniprogram.ChooseLocationOption,
  ) => {
    o.success?.({
      latitude: 22.27,
      longitude: 109.56,
      name: '泉水工业园',
      address: '浦北县泉水镇',
      errMsg: 'chooseLocation:ok',
    } as WechatMiniprogram.ChooseLocationSuccessCallbackResult);
  }) as typeof wx.chooseLocation);

  actAs(EMPLOYER);
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

  actAs(ADMIN);
  const admin = loadPage('package-admin/pages/employers/index');
  admin.instance.onLoad({});
  await until(admin, '', '浦北县泉水木业有限公司');
  jest.spyOn(wx, 'showModal').mockImplementation(((o: WechatMiniprogram.ShowModalOption) => {
    o.success?.({
      confirm: true,
      cancel: false,
      content: '',
      errMsg: 'showModal:ok',
    } as WechatMiniprogram.ShowModalSuccessCallbackResult);
  }) as typeof wx.showModal);
  const id = (admin.data as { rows: { id: string }[] }).rows[0]!.id;
  await tap(admin, `#approve-${id}`);
  await until(admin, '#empty', '没有待审核的单位');

  actAs(EMPLOYER);
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
  jest.restoreAllMocks();
});
