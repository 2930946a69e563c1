/**
 * Sentences the preview's voice stand-in offers to "say" (as the 同声传译 plugin writes them:
 * fillers, 四川话, numbers in 汉字); each finds posts in the demo data.
 */
export const SPEECH_SAMPLES: readonly string[] = [
  '浦北附近 木工 包吃住 五千以上',
  '嗯 有莫得日结的活路',
  '想去台州进厂 一个月六千',
  '资中县 看大门的',
  '我会开车 一天两百以上',
  '慈利县 做饭的 包住',
];
