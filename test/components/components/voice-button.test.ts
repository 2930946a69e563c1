import { loadComponent } from '../load';
import { installVoice, pressOn, releaseOn, say, type VoiceWorld } from '../voice-kit';
import { has, settle, setup, tapOn, textOf, type WxRecord } from '../worker-kit';

let voice: VoiceWorld;
let wxr: WxRecord;
beforeEach(() => {
  ({ wxr } = setup());
  voice = installVoice();
  voice.microphone = true;
});

function button() {
  const heard: string[] = [];
  const c = loadComponent('components/voice-button/index', { props: { hint: '说您想找的活' } });
  c.instance.triggerEvent = ((name: string, detail: { text: string }) => {
    if (name === 'heard') heard.push(detail.text);
  }) as typeof c.instance.triggerEvent;
  return { c, heard };
}

test('holding the button listens, shows the words as they come, and gives the final words on letting go', async () => {
  const { c, heard } = button();
  expect(textOf(c)).toContain('按住说话');
  await pressOn(c);
  expect(voice.plugin.manager.starts).toEqual([{ duration: 30000, lang: 'zh_CN' }]);
  expect(textOf(c)).toContain('正在听，说完松开');
  voice.plugin.manager.hear('浦北附近');
  await settle();
  expect(textOf(c, '#voice-words')).toBe('浦北附近');
  voice.plugin.manager.hear('浦北附近 木工 包吃住');
  await releaseOn(c);
  await settle();
  expect(heard).toEqual(['浦北附近 木工 包吃住']);
  expect(textOf(c, '#voice-words')).toBe('浦北附近 木工 包吃住');
  expect(textOf(c)).toContain('按住说话');
});

test('四川话 is one tap away, and the choice is remembered', async () => {
  const { c } = button();
  expect(textOf(c, '#voice-lang')).toBe('普通话 换四川话');
  await tapOn(c, '#voice-lang');
  expect(textOf(c, '#voice-lang')).toBe('四川话 换普通话');
  expect(wxr.storage.get('xp:voiceLang')).toBe('sichuan');
  await say(c, voice, '有莫得日结的活路');
  expect(voice.plugin.manager.starts.at(-1)?.lang).toBe('sichuanhua');
});

test('letting go without a word says to hold and speak; nothing is emitted', async () => {
  const { c, heard } = button();
  await pressOn(c);
  await releaseOn(c);
  await settle();
  expect(heard).toEqual([]);
  expect(textOf(c, '#voice-message')).toBe('没听到声音，请按住按钮说话，说完再松开');
});

test('a network failure of the recogniser says to try again or type', async () => {
  const { c, heard } = button();
  await pressOn(c);
  voice.plugin.manager.fail(-30008);
  await settle();
  expect(heard).toEqual([]);
  expect(textOf(c, '#voice-message')).toBe('网络不好，没听出来。请再说一次，或者打字');
  expect(textOf(c)).toContain('按住说话');
});

test('the first press asks for the microphone; once allowed, the next press listens', async () => {
  voice.microphone = undefined;
  const { c } = button();
  await pressOn(c);
  await settle();
  expect(voice.prompts).toEqual(['scope.record']);
  expect(voice.plugin.manager.starts).toEqual([]);
  expect(textOf(c, '#voice-message')).toBe('好了，请再按住按钮说话');
  await releaseOn(c);
  await pressOn(c);
  expect(voice.plugin.manager.starts).toHaveLength(1);
  expect(voice.prompts).toHaveLength(1);
});

test('a refused microphone: typing still works, and 去设置 turns it on', async () => {
  voice.microphone = undefined;
  voice.allowOnPrompt = false;
  const { c } = button();
  await pressOn(c);
  await settle();
  expect(voice.plugin.manager.starts).toEqual([]);
  expect(textOf(c, '#voice-refused')).toContain('没能用麦克风');
  expect(textOf(c, '#voice-refused')).toContain('不用麦克风也能打字');
  // WeChat never asks twice: the next press goes straight to the same advice.
  await releaseOn(c);
  await pressOn(c);
  expect(voice.prompts).toEqual(['scope.record']);
  expect(has(c, '#voice-refused')).toBe(true);
  await tapOn(c, '#voice-setting');
  await settle();
  expect(has(c, '#voice-refused')).toBe(false);
  expect(textOf(c, '#voice-message')).toBe('麦克风打开了，请按住按钮说话');
  await releaseOn(c);
  await pressOn(c);
  expect(voice.plugin.manager.starts).toHaveLength(1);
});

test('without the plugin (not added in the admin console) it says to type', async () => {
  voice = installVoice({ plugin: false });
  voice.microphone = true;
  const { c } = button();
  await pressOn(c);
  expect(textOf(c, '#voice-message')).toBe('这里用不了说话，请打字');
});

test('leaving the page while listening stops the recogniser', async () => {
  const { c } = button();
  await pressOn(c);
  expect(voice.plugin.manager.running).toBe(true);
  c.detach();
  expect(voice.plugin.manager.running).toBe(false);
});
