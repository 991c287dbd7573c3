/**
 * The compiled triage model: the rules in `rules/` after validation, with every
 * reference checked and every condition in one plain form. The engine, the
 * machine and the interface read only this.
 */
import type { CareCard } from './schema.ts';

export type { CareCard };

/** One option of a question. */
export interface Option {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** The "none of these" option of a multi-select question. */
  readonly exclusive: boolean;
}

/** A question's answer includes at least one of `options`. */
export interface Atom {
  readonly question: string;
  readonly options: readonly string[];
}

/** A condition in disjunctive form: some clause has every one of its atoms true. */
export interface Condition {
  readonly anyOf: readonly (readonly Atom[])[];
}

export interface Question {
  readonly id: string;
  readonly type: 'single' | 'multi';
  readonly text: string;
  readonly hint?: string;
  /** The message when no answer is given; the interface has a fallback. */
  readonly error?: string;
  readonly options: readonly Option[];
  /** Asked only when this holds; null means always asked. */
  readonly askWhen: Condition | null;
}

export interface Disposition {
  readonly id: string;
  readonly careCard: CareCard;
  readonly title: string;
  readonly summary: string;
}

export interface Rule {
  readonly id: string;
  readonly when: Condition;
  readonly disposition: string;
  readonly guidance: string;
  readonly related: readonly string[];
  readonly reason: string;
}

export interface Picture {
  /** The drawing's file name in `public/pictures/`, without `.svg`. */
  readonly file: string;
  readonly alt: string;
}

export interface ArticleSection {
  readonly heading: string;
  readonly intro?: string;
  readonly picture?: Picture;
  readonly steps?: readonly string[];
  readonly dose?: string;
  readonly caution?: string;
}

export interface Source {
  readonly name: string;
  readonly title: string;
}

export interface Article {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly ArticleSection[];
  /** How long it should take to get better. */
  readonly recovery: string;
  /** Signs that mean getting help sooner, each starting with what to do. */
  readonly getHelp: readonly string[];
  readonly sources: readonly Source[];
}

/** A number to call, with the words on its button. */
export interface Phone {
  /** The button's words, such as "Call 999". */
  readonly call: string;
  /** The number as people write it, such as "0800 611 116". */
  readonly number: string;
}

/**
 * Where the person is: the words its `{placeholders}` stand for in the rules
 * text (emergency number, where to go), so one text serves every country.
 */
export interface Region {
  readonly id: string;
  readonly name: string;
  /** Country codes, as in a language tag like "en-GB", that choose this region by default. */
  readonly countries: readonly string[];
  /** Chosen when no listed country matches. */
  readonly fallback: boolean;
  /** The emergency number, and the urgent advice line where there is one. */
  readonly phone: { readonly emergency: Phone; readonly urgent?: Phone };
  readonly words: Readonly<Record<string, string>>;
}

/** A question people ask, answered briefly, with the article that answers it in full. */
export interface FaqEntry {
  readonly question: string;
  readonly answer: string;
  /** An article id. */
  readonly article: string;
}

/** The dos and don'ts shown right under a result's care card. */
export interface WhatToDoNow {
  readonly do: readonly string[];
  readonly doNot: readonly string[];
}

/**
 * Content only the result, guidance and FAQ pages need, served apart from the
 * model so the start page does not carry it.
 */
export interface TriageContent {
  /** Each guidance article, by id. */
  readonly articles: Readonly<Record<string, Article>>;
  /** What to do now, by disposition id. */
  readonly whatToDoNow: Readonly<Record<string, WhatToDoNow>>;
  /** From `safety-net.yaml`; empty when there is none. */
  readonly safetyNet: readonly SafetyNetGroup[];
  readonly faq: readonly FaqEntry[];
}

/** A list with the line that introduces it. */
export interface IntroducedList {
  readonly intro: string;
  readonly items: readonly string[];
}

/** The start page's text: what the check is for, and who should get help another way. */
export interface StartPage {
  readonly title: string;
  readonly lead: string;
  readonly emergency: string;
  readonly useIf: IntroducedList;
  readonly doNotUseIf: IntroducedList;
  readonly notes: readonly string[];
}

/** A drawing of the body from behind whose regions stand for the options of one question. */
export interface BodyMap {
  readonly question: string;
  readonly viewBox: string;
  /** SVG path data of the body's outline. */
  readonly outline: readonly string[];
  readonly regions: readonly { readonly option: string; readonly shapes: readonly string[] }[];
}

/** Signs that mean getting help sooner, shown on results below emergency. */
export interface SafetyNetGroup {
  readonly careCard: CareCard;
  readonly heading: string;
  readonly signs: readonly string[];
  /** Disposition ids whose result shows this group. */
  readonly showFor: readonly string[];
}

export interface TriageModel {
  /** In the order asked. */
  readonly questions: readonly Question[];
  /** Most urgent first. */
  readonly dispositions: readonly Disposition[];
  /** First hit: in the order they are tried. */
  readonly rules: readonly Rule[];
  /** In the order offered; text in the model may hold their `{placeholders}`. */
  readonly regions: readonly Region[];
  /** Drawings for questions about where it hurts (from `body-map.yaml`). */
  readonly bodyMap?: BodyMap;
  /** From `start-page.yaml`. */
  readonly startPage: StartPage;
}

/** Where something stands in a rules file, 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Where each question, rule, disposition and article was written, for tools that report on them. */
export interface ModelLocations {
  readonly questions: Readonly<Record<string, SourceLocation>>;
  readonly rules: Readonly<Record<string, SourceLocation>>;
  readonly dispositions: Readonly<Record<string, SourceLocation>>;
  readonly articles: Readonly<Record<string, SourceLocation>>;
}
