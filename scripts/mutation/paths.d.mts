/** Where `npm run mutation` writes the compiled rules the tests read. */
export declare const COMPILED_RULES: string;
