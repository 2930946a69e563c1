import { loadPage } from '../load';
import { installVoice, listen, type VoiceWorld } from '../voice-kit';
import { SESSION, WOOD_DETAIL } from '../worker-fixtures';
import { settle, setup, tapOn, type FakeCloud } from '../worker-kit';

let cloud: FakeCloud;
let voice: VoiceWorld;
beforeEach(() => {
  ({ cloud } = setup());
  voice = installVoice();
  cloud.ok('account.login', SESSION);
});

describe('the job page', () => {
  async function open(detail = WOOD_DETAIL) {
    cloud.ok('job.get', detail);
    const p = loadPage('pages/job/index', { query: { id: detail._id } });
    await settle();
    return p;
  }

  test('读给我听 reads the title, pay, place, benefits and how to apply', async () => {
    const p = await open();
    const read = (await listen(p, voice)).join('');
    expect(read).toContain('实木家具打磨工。');
    expect(read).toContain('工资每月四千五百到六千五百元，月结。');
    expect(read).toContain('工作地点在广西壮族自治区钦州市浦北县。');
    expect(read).toContain('福利有：包吃住、五险');
    expect(read).toContain('想报名，就点下面的“我要报名”。');
    expect(read).toContain('求职不收取任何费用。');
  });

  test('after 我要报名 it reads that the worker has applied', async () => {
    cloud.ok('job.apply', { applicationId: 'app_9', status: 'applied' });
    const p = await open();
    await tapOn(p, '#apply');
    await settle();
    const read = (await listen(p, voice)).join('');
    expect(read).toContain('您已经报名了');
    expect(read).not.toContain('想报名，就点');
  });
});
