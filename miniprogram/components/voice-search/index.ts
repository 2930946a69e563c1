import { EMPTY_FILTERS, type JobFilters } from '../../services/filters';
import { getLocation, getLocationIfAllowed } from '../../services/location';
import { peekSession } from '../../services/session';
import { chipInEffect, filtersFromSpoken, patchWithout } from '../../services/spoken-search';
import { privateState } from '../../services/state';
import {
  understandJobRequest,
  withoutChip,
  type GeoPoint,
  type SearchChip,
  type SpokenSearch,
} from '../../shared/index';
import type { ChipOption } from '../chip-group/types';
import type { VoiceHeard } from '../voice-button/types';
import type { VoiceSearchChange } from './types';

const state = privateState(() => ({
  spoken: {} as SpokenSearch,
  chips: [] as SearchChip[],
}));

/** 离家近: the home on the 求职意向, else the phone's position (asked only now). */
async function nearHome(): Promise<GeoPoint | undefined> {
  const home = peekSession()?.profile?.homeLocation;
  if (home) return home;
  return (await getLocationIfAllowed()) ?? (await getLocation());
}

/**
 * 按住说话 for the job search: the sentence, understood by shared/speech, becomes the search's
 * filters (emitted as `search`) and chips the worker can tap away; what it did not understand is
 * the keyword. A chip goes when its filter no longer holds (the worker changed a picker).
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    filters: { type: Object, value: EMPTY_FILTERS as JobFilters },
    showChips: { type: Boolean, value: true },
  },
  data: {
    heard: '',
    options: [] as ChipOption[],
    values: [] as string[],
    /** Said something, understood nothing. */
    nothing: false,
    note: '',
  },
  observers: {
    filters() {
      this.refreshChips();
    },
  },
  methods: {
    /** The chips whose filters still hold, as chip-group options (all chosen). */
    refreshChips() {
      const s = state(this);
      const f = this.data.filters as JobFilters;
      const options = s.chips
        .map((chip, i) => ({ chip, value: String(i) }))
        .filter(({ chip }) => chipInEffect(chip, s.spoken, f))
        .map(({ chip, value }) => ({ value, label: chip.label }));
      this.setData({ options, values: options.map((o) => o.value) });
    },

    async onHeard(e: WechatMiniprogram.CustomEvent<VoiceHeard>) {
      const text = e.detail.text;
      const home = peekSession()?.profile?.home;
      const understood = understandJobRequest(text, {
        ...(home
          ? { home: { province: home.province, city: home.city, county: home.county } }
          : {}),
      });
      let spoken = understood.filters;
      let chips = understood.chips;
      let note = '';
      let near: GeoPoint | undefined;
      if (spoken.sort === 'distance') {
        near = await nearHome();
        if (!near) {
          const sortChip = chips.find((c) => c.kind === 'sort');
          if (sortChip) spoken = withoutChip(spoken, sortChip);
          chips = chips.filter((c) => c.kind !== 'sort');
          note = '没拿到您的位置，先按最新的排';
        }
      }
      const s = state(this);
      s.spoken = spoken;
      s.chips = chips;
      this.setData({ heard: text, nothing: chips.length === 0, note });
      const detail: VoiceSearchChange = {
        filters: filtersFromSpoken(spoken),
        ...(near ? { near } : {}),
      };
      this.triggerEvent('search', detail);
      this.refreshChips();
    },

    /** chip-group reports the chips left chosen: the one missing was tapped away. */
    onChips(e: WechatMiniprogram.CustomEvent<{ values: string[] }>) {
      const left = new Set(e.detail.values);
      const gone = (this.data.values as string[]).find((v) => !left.has(v));
      const chip = gone === undefined ? undefined : state(this).chips[Number(gone)];
      if (!chip) return;
      const detail: VoiceSearchChange = {
        filters: patchWithout(chip, this.data.filters as JobFilters),
      };
      this.triggerEvent('search', detail);
    },
  },
});
