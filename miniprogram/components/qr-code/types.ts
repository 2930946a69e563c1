/** Props of <qr-code>. */
export interface QrCodeProps {
  /** The text the code holds (a sign-up's check-in code). */
  value: string;
  /** Width and height in px, quiet zone included. */
  size: number;
}
