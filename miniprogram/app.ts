import { installPrivacyListener } from './services/privacy';

App({
  onLaunch() {
    // Cloud init happens in services/call-cloud on first use; login in services/session.
    installPrivacyListener();
  },
});
