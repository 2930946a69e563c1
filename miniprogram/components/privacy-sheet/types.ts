/** The properties of `<privacy-sheet>` (no events: agreeing goes through services/privacy). */
export interface PrivacySheetProps {
  title: string;
  text: string;
}
