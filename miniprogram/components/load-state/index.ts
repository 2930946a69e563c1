/**
 * The state of a list or a page's data: loading, error (with 重试), empty, loading more, or the end.
 * Emits `retry`.
 */
Component({
  options: { styleIsolation: 'apply-shared', multipleSlots: true },
  properties: {
    /** 'loading' | 'error' | 'empty' | 'more' | 'end' | 'idle' */
    state: { type: String, value: 'idle' },
    message: { type: String, value: '' },
    emptyText: { type: String, value: '暂时没有' },
  },
  methods: {
    onRetry() {
      this.triggerEvent('retry');
    },
  },
});
