import { loadPage } from '../load';
import { installVoice, listen, type VoiceWorld } from '../voice-kit';
import { FAIR_DETAIL, SESSION, SIGNUP } from '../worker-fixtures';
import { settle, setup, tapNth, tapOn, typeInto, type FakeCloud } from '../worker-kit';

let cloud: FakeCloud;
let voice: VoiceWorld;
beforeEach(() => {
  ({ cloud } = setup());
  voice = installVoice();
  cloud.ok('account.login', SESSION);
});

describe('the fair page', () => {
  async function open() {
    cloud.ok('fair.get', FAIR_DETAIL);
    const p = loadPage('pages/fair/index', { query: { id: FAIR_DETAIL._id } });
    await settle();
    return p;
  }

  test('读给我听 reads the day, the place and every slot with its seats', async () => {
    const p = await open();
    const read = (await listen(p, voice)).join('');
    expect(read).toContain('庆荣村院坝招聘会。');
    expect(read).toMatch(/时间：.+月.+日，星期./);
    expect(read).toContain('地点：资中县太平镇庆荣村。');
    expect(read).toContain('上午九点到十点，还能报十二人。');
    expect(read).toContain('上午十点到十一点，已经约满了。');
  });

  test('with a slot chosen it reads that slot; once signed up, the worker’s own slot', async () => {
    cloud.ok('fair.signUp', SIGNUP);
    const p = await open();
    await tapNth(p, '#slots', '.sp-slot', 2);
    let read = (await listen(p, voice)).join('');
    expect(read).toContain('您选的是下午两点到三点，还能报四十人。');
    expect(read).not.toContain('上午九点到十点');
    await typeInto(p, '#name', '王德明');
    await typeInto(p, '#phone', '13981234567');
    await tapOn(p, '#submit');
    await settle();
    read = (await listen(p, voice)).join('');
    expect(read).toContain('您的时段是');
    expect(read).toContain('打开签到码给工作人员看');
  });
});
