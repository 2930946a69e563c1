/**
 * Worker pages against local-cloud: the real cloud functions, database, unique indexes and seat
 * counting behind callCloud, reached over local-cloud's HTTP gateway as in development.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { setTransport } from '../../miniprogram/services/call-cloud';
import { COUNTY_CHOICES } from '../../miniprogram/services/filters';
import {
  contracts,
  type ActionInput,
  type ActionName,
  type ActionOutput,
} from '../../miniprogram/shared/contracts-all';
import { fairInput, REGIONS, workerProfile } from '../fixtures';
import { loadPage } from './load';
import { settle, setup, tapNth, tapOn, textOf, until, type WxRecord } from './worker-kit';

/** The same openids worker-world.ts and test/fixtures/backend/fairs-world.ts set up. */
const WORKER = 'o-worker-wang-deming';
const CADRE = 'o-cadre-zizhong-taiping';

let child: ChildProcess | undefined;
let url = '';
let jobId = '';
let wxr: WxRecord;

function post(fn: string, openid: string, data: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ data });
    const req = request(
      `${url}/functions/${fn}`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'x-wx-openid': openid } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`gateway ${res.statusCode}: ${text}`));
          else resolve((JSON.parse(text) as { result: unknown }).result);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Another user acting directly on the back end. */
async function as<A extends ActionName>(
  openid: string,
  action: A,
  input: ActionInput<A>,
): Promise<ActionOutput<A>> {
  const env = (await post(contracts[action].fn, openid, {
    action,
    input,
    requestId: `t${Date.now()}${Math.random()}`,
  })) as { ok: true; data: ActionOutput<A> } | { ok: false; code: string; message: string };
  if (!env.ok) throw new Error(`${action} as ${openid}: ${env.code} ${env.message}`);
  return env.data;
}

beforeAll(async () => {
  const root = join(__dirname, '..', '..');
  child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(__dirname, 'worker-world.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<{ url: string; jobId: string }>((resolve, reject) => {
    let out = '';
    child!.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as { url: string; jobId: string });
    });
    child!.on('exit', (code) => reject(new Error(`worker-world exited with ${code}`)));
  });
  ({ url, jobId } = ready);
}, 120_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

beforeEach(() => {
  ({ wxr } = setup());
  setTransport((fn, body) => post(fn, WORKER, body));
});

test('search by county finds the published post; 我要报名 makes exactly one application', async () => {
  const jobs = loadPage('pages/jobs/index');
  await until(() => expect(textOf(jobs)).not.toContain('正在加载'), 20_000);
  await tapOn(jobs, '#tab-search');
  jobs.querySelector('#pick-county')!.dispatchEvent('change', {
    detail: { value: String(COUNTY_CHOICES.findIndex((c) => c.county === '浦北县')) },
  });
  await until(() => expect(textOf(jobs)).toContain('制鞋 针车工'), 20_000);

  const job = loadPage('pages/job/index', { query: { id: jobId } });
  await until(() => expect(textOf(job)).toContain('已认证'), 20_000);
  expect(textOf(job)).toContain('求职不收取任何费用');
  await settle(20);
  await tapOn(job, '#apply');
  await until(() => expect(textOf(job, '#applied')).toContain('已投递'), 20_000);
  expect(wxr.toasts).toContain('报名成功');

  const mine = await as(WORKER, 'application.listMine', {});
  expect(mine.items.filter((a) => a.job._id === jobId)).toHaveLength(1);
});

test('a slot taken meanwhile shows the server message; another slot signs up and shows its code', async () => {
  const { fairId } = await as(
    CADRE,
    'fair.create',
    fairInput(Date.now(), {
      slots: [
        { start: '09:00', end: '10:00', capacity: 1 },
        { start: '10:00', end: '11:00', capacity: 30 },
      ],
    }),
  );
  const fair = loadPage('pages/fair/index', { query: { id: fairId } });
  await until(() => expect(textOf(fair, '#slots')).toContain('09:00-10:00 还剩1位'), 20_000);
  await settle(20);

  // Someone else from the village takes the last seat first.
  const other = 'o-worker-li-guilan';
  await as(other, 'account.login', {});
  await as(
    other,
    'account.updateProfile',
    workerProfile({ name: '李桂兰', phone: '13900000007', home: { ...REGIONS.zizhong } }),
  );
  const slots = (await as(other, 'fair.get', { fairId })).slots;
  await as(other, 'fair.signUp', {
    fairId,
    slotId: slots[0]!.id,
    name: '李桂兰',
    phone: '13900000007',
  });

  await tapNth(fair, '#slots', '.sp-slot', 0);
  await tapOn(fair, '#submit');
  await until(
    () => expect(textOf(fair, '#slot-message')).toBe('这个时段已经约满了，请选别的时段'),
    20_000,
  );
  await until(() => expect(textOf(fair, '#slots')).toContain('09:00-10:00 已约满'), 20_000);

  await tapNth(fair, '#slots', '.sp-slot', 1);
  await tapOn(fair, '#submit');
  await until(
    () => expect(wxr.navigations.at(-1)).toMatch(/^\/pages\/signup-done\/index\?id=/),
    20_000,
  );
  const signupId = wxr.navigations.at(-1)!.split('id=')[1]!;

  const done = loadPage('pages/signup-done/index', { query: { id: signupId } });
  await until(() => expect(textOf(done)).toContain('10:00-11:00'), 20_000);
  const shown = textOf(done, '#code').replace(/\s/g, '');
  const mine = await as(WORKER, 'fair.mySignups', {});
  expect(mine.items.find((s) => s._id === signupId)?.checkInCode).toBe(shown);
});

test('the 求职意向 form saves through the server and 我的 shows it, phone masked', async () => {
  const profile = loadPage('pages/profile/index');
  await until(
    () => expect((profile.instance.data as { name: string }).name).toBe('王德明'),
    20_000,
  );
  profile.querySelector('#village')!.dispatchEvent('input', { detail: { value: '庆荣村' } });
  await settle();
  await tapOn(profile, '#save');
  await until(() => expect(wxr.toasts).toContain('保存好了'), 20_000);

  const me = loadPage('pages/me/index');
  await until(() => expect(textOf(me, '#profile')).toContain('庆荣村'), 20_000);
  expect(textOf(me, '#profile')).toContain('139****4567');
});
