import { privateState } from '../../services/state';
import {
  findCounty,
  understandProfileRequest,
  type SpeakerContext,
  type SpokenProfile,
} from '../../shared/index';
import type { VoiceHeard } from '../voice-button/types';
import type { VoiceProfileFill } from './types';

const state = privateState(() => ({ fields: {} as SpokenProfile }));

/**
 * 求职意向 by voice: one sentence (我会木工 想在家附近干 一个月四千五) is understood into 工种,
 * 期望工资 and where to work, shown for the worker to check; 填进表里 emits `fill`, and the form
 * still waits for 保存.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    county: { type: String, value: '' },
  },
  data: {
    heard: '',
    labels: [] as string[],
  },
  methods: {
    onHeard(e: WechatMiniprogram.CustomEvent<VoiceHeard>) {
      const county = this.data.county as string;
      const where = county ? findCounty(county) : undefined;
      const context: SpeakerContext = where ? { home: { ...where, county } } : {};
      const understood = understandProfileRequest(e.detail.text, context);
      state(this).fields = understood.fields;
      this.setData({ heard: e.detail.text, labels: understood.chips.map((c) => c.label) });
    },

    onFill() {
      const detail: VoiceProfileFill = { fields: state(this).fields };
      this.triggerEvent('fill', detail);
      this.setData({ heard: '', labels: [] });
    },

    onAgain() {
      state(this).fields = {};
      this.setData({ heard: '', labels: [] });
    },
  },
});
