import { readAloud, READ_FAILED_MESSAGE, type Reading } from '../../services/voice/index';

const readings = new WeakMap<object, Reading>();

/**
 * 读给我听: one tap reads the sentences aloud, slowly; a second tap stops. Reading stops when the
 * page is hidden or closed.
 */
Component({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    sentences: { type: Array, value: [] as string[] },
  },
  data: { reading: false, message: '' },
  lifetimes: {
    detached() {
      this.stop();
    },
  },
  pageLifetimes: {
    hide() {
      this.stop();
    },
  },
  methods: {
    stop() {
      readings.get(this)?.stop();
      readings.delete(this);
      if (this.data.reading) this.setData({ reading: false });
    },

    onTap() {
      if (this.data.reading) {
        this.stop();
        return;
      }
      const reading = readAloud(this.data.sentences as string[], {
        onEnd: () => {
          readings.delete(this);
          this.setData({ reading: false });
        },
        onFail: (message) => {
          readings.delete(this);
          this.setData({ reading: false, message });
        },
      });
      if (!reading) {
        this.setData({ message: READ_FAILED_MESSAGE });
        return;
      }
      readings.set(this, reading);
      this.setData({ reading: true, message: '' });
    },
  },
});
