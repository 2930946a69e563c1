Component({
  data: {},
  methods: {
    onLoad() {},
  },
});
