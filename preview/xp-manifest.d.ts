// The build's virtual module (preview/build.ts, manifestPlugin).
declare module 'xp:manifest' {
  export const appJson: Record<string, unknown>;
  export const pages: string[];
  export const appCss: string;
  export const warnings: string[];
  export const loadApp: () => void;
  export const components: Record<
    string,
    {
      path: string;
      isPage: boolean;
      json: Record<string, unknown>;
      using: Record<string, string>;
      css: string;
      load?: () => void;
    }
  >;
}
