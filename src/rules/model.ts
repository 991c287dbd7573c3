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
  /** Steps in order: a numbered list. */
  readonly steps?: readonly string[];
  /** Things that are not steps: a bulleted list. */
  readonly points?: readonly string[];
  readonly dose?: string;
  readonly caution?: string;
}

export interface Source {
  readonly name: string;
  readonly title: string;
  /** The page's address. */
  readonly url: string;
}

export interface Article {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly ArticleSection[];
  /** How long it should take to get better. */
  readonly recovery: string;
  readonly sources: readonly Source[];
}

/** An urgent advice service online, such as NHS 111 online. */
export interface OnlineService {
  readonly text: string;
  readonly url: string;
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
  /** The name inside a sentence: "the United Kingdom". */
  readonly sentenceName: string;
  /** Country codes, as in a language tag like "en-GB", that choose this region by default. */
  readonly countries: readonly string[];
  /** Chosen when no listed country matches. */
  readonly fallback: boolean;
  /** The emergency number, and the urgent advice line where there is one. */
  readonly phone: { readonly emergency: Phone; readonly urgent?: Phone; readonly online?: OnlineService };
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

/** Words drawn on the body map, a word or two a line. */
export interface DrawnText {
  readonly lines: readonly string[];
  /** Where the first line's baseline starts, is centred or ends, as `align` says. */
  readonly x: number;
  readonly y: number;
  readonly align: 'start' | 'middle' | 'end';
}

/** A region's label, with lines from it to the region: each from (x1, y1) near the words to a dot at (x2, y2). */
export interface RegionLabel extends DrawnText {
  readonly leaders: readonly (readonly [x1: number, y1: number, x2: number, y2: number])[];
}

/**
 * A drawing of the body, from behind and (smaller) from the front, whose
 * regions stand for the options of one question, each with its label.
 */
export interface BodyMap {
  readonly question: string;
  readonly viewBox: string;
  /** The letters' height in the view box's units. */
  readonly textSize: number;
  /** How far apart the lines of a label or caption are, in the view box's units. */
  readonly lineHeight: number;
  /** SVG path data of the bodies, filled; each body is one path. */
  readonly outline: readonly string[];
  /** SVG path data of lines drawn on the bodies, such as the spine. */
  readonly details: readonly string[];
  /** Words that name no region, such as which way a body faces. */
  readonly captions: readonly DrawnText[];
  /** In drawing order: later regions are drawn on top. */
  readonly regions: readonly {
    readonly option: string;
    readonly label: RegionLabel;
    readonly shapes: readonly string[];
  }[];
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
  /** From `version.yaml`: shown in the footer and on every result. */
  readonly version: RulesVersion;
}

/** Which rules a person's result came from. */
export interface RulesVersion {
  /** Three numbers with dots, like "2.1.0". */
  readonly version: string;
  /** The day the rules last changed, year-month-day. */
  readonly changed: string;
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
