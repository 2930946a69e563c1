import { READ_ALOUD_RATE } from '../../../miniprogram/services/voice/index';
import { loadComponent } from '../load';
import { installVoice, type VoiceWorld } from '../voice-kit';
import { settle, setup, tapOn, textOf } from '../worker-kit';

let voice: VoiceWorld;
beforeEach(() => {
  setup();
  voice = installVoice();
});

const SENTENCES = [
  '实木家具打磨工。',
  '工资每月四千五百到六千五百元，月结。',
  '求职不收取任何费用。',
];

function reader(sentences = SENTENCES) {
  return loadComponent('components/read-aloud/index', { props: { sentences } });
}

test('读给我听 reads the sentences in order, slowly, one after the other', async () => {
  const c = reader();
  expect(textOf(c)).toBe('🔊 读给我听');
  await tapOn(c, '#read-aloud-button');
  await settle();
  expect(textOf(c)).toBe('⏹ 正在读，点这里停');
  const audio = voice.audios[0]!;
  expect(audio.playbackRate).toBe(READ_ALOUD_RATE);
  expect(READ_ALOUD_RATE).toBeLessThan(1);
  expect(audio.played).toEqual(['https://tts.test/1.mp3']);
  // The next sentence is synthesised while the first plays.
  expect(voice.plugin.spoken).toEqual(SENTENCES.slice(0, 2));
  audio.end();
  await settle();
  audio.end();
  await settle();
  expect(voice.plugin.spoken).toEqual(SENTENCES);
  expect(audio.played).toHaveLength(3);
  audio.end();
  await settle();
  expect(textOf(c)).toBe('🔊 读给我听');
  expect(audio.destroyed).toBe(true);
});

test('a second tap stops reading', async () => {
  const c = reader();
  await tapOn(c, '#read-aloud-button');
  await settle();
  await tapOn(c, '#read-aloud-button');
  const audio = voice.audios[0]!;
  expect(audio.stopped).toBe(true);
  expect(textOf(c)).toBe('🔊 读给我听');
  audio.end();
  await settle();
  expect(audio.played).toHaveLength(1);
});

test('the page going to the background stops reading', async () => {
  const c = reader();
  await tapOn(c, '#read-aloud-button');
  await settle();
  // j-component has it; simulate's typings do not list it.
  (c as unknown as { triggerPageLifeTime(name: string): void }).triggerPageLifeTime('hide');
  await settle();
  const audio = voice.audios[0]!;
  expect(audio.stopped).toBe(true);
  expect(textOf(c)).toBe('🔊 读给我听');
});

test('closing the page stops reading', async () => {
  const c = reader();
  await tapOn(c, '#read-aloud-button');
  await settle();
  c.detach();
  const audio = voice.audios[0]!;
  expect(audio.stopped).toBe(true);
  expect(audio.destroyed).toBe(true);
});

test('when text-to-speech fails it says to read the screen', async () => {
  voice.plugin.ttsFails = true;
  const c = reader();
  await tapOn(c, '#read-aloud-button');
  await settle();
  expect(textOf(c, '#read-aloud-message')).toBe('现在读不了，请看屏幕上的字');
  expect(textOf(c, '#read-aloud-button')).toBe('🔊 读给我听');
});

test('without the plugin it says to read the screen', async () => {
  voice = installVoice({ plugin: false });
  const c = reader();
  await tapOn(c, '#read-aloud-button');
  expect(textOf(c, '#read-aloud-message')).toBe('现在读不了，请看屏幕上的字');
  expect(voice.audios).toEqual([]);
});
