/**
 * What `npm run widget:release` bakes into each release (esbuild's `define`): its hard end, the day after which it
 * shows nothing whatever its attributes (release date + 2 years), so that a forgotten snippet dies out on its own.
 * (The version is in the script's first line, a comment.)
 */
declare const DEGMAIL_HARD_END: string;

export const HARD_END = DEGMAIL_HARD_END;
