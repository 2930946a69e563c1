App({
  onLaunch() {
    // Cloud init happens in services/call-cloud on first use.
  },
});
