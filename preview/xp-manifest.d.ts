// The types of the build's virtual module `xp:manifest` (preview/build.ts, manifestPlugin);
// preview/tsconfig.json maps the name here.
import type { AppJson, WindowJson } from './build';

export declare const appJson: AppJson;
export declare const pages: string[];
export declare const appCss: string;
export declare const warnings: string[];
export declare const loadApp: () => void;
export declare const components: Record<
  string,
  {
    path: string;
    isPage: boolean;
    /** The component's JSON; for a page, also its window settings. */
    json: WindowJson;
    using: Record<string, string>;
    css: string;
    load?: () => void;
  }
>;
