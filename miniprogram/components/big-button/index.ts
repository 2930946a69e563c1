/** A full-width, large TDesign button for the one main action of a screen; emits `press` on tap. */
Component({
  properties: {
    text: { type: String, value: '' },
    theme: { type: String, value: 'primary' },
    disabled: { type: Boolean, value: false },
    loading: { type: Boolean, value: false },
  },
  methods: {
    onTap() {
      if (this.data.disabled || this.data.loading) return;
      this.triggerEvent('press');
    },
  },
});
