/** The folders `npm run mutation` measures, one Stryker run each. */
export declare const FOLDERS: readonly string[];
/** The report folder of one folder's run: `reports/mutation/<folder>/`. */
export declare function reportDir(folder: string): string;
/** Where `npm run mutation` writes the compiled rules the tests read. */
export declare const COMPILED_RULES: string;
