/**
 * Links the parsed triage rules: checks ids are unique and every reference
 * between questions, options, dispositions, rules and articles resolves, and
 * builds the model's parts in their compiled form.
 */
import { resolveCondition } from './condition.ts';
import type { Condition, Disposition, Question, Rule, SourceLocation } from './model.ts';
import type { ConditionSource, DispositionsFile, QuestionsFile, RoutingFile } from './schema.ts';
import type { PathSegment, RuleError, YamlSource } from './yaml-source.ts';

/** Checks the references between files and builds the model's parts, collecting every error. */
export class Linker {
  private questionsById = new Map<string, Question>();
  private questionIds = new Set<string>();

  constructor(private readonly errors: RuleError[]) {}

  questions(source: YamlSource, data: QuestionsFile): Question[] {
    const result: Question[] = [];
    this.questionIds = new Set(data.questions.map((q) => q.id));
    this.unique(source, 'questions', data.questions, 'question');
    data.questions.forEach((q, qi) => {
      const at = (...path: PathSegment[]) => source.locate(['questions', qi, ...path]);
      this.unique(source, ['questions', qi, 'options'], q.options, `option of question "${q.id}"`);
      const exclusive = q.options.flatMap((o, oi) => (o.exclusive ? [oi] : []));
      if (q.type === 'single' && exclusive.length > 0) {
        this.error(
          at('options', exclusive[0] ?? 0, 'exclusive'),
          `question "${q.id}" is single-choice, so none of its options can be exclusive; only multi-select questions have a "none of these" option`,
        );
      }
      if (q.type === 'multi' && exclusive.length !== 1) {
        this.error(
          at('options'),
          `multi-select question "${q.id}" needs exactly one exclusive option ("No, I do not have any of these"), so a person can say none apply; it has ${exclusive.length}`,
        );
      }
      if (q.type === 'multi' && exclusive.length === 1 && exclusive[0] !== q.options.length - 1) {
        this.error(
          at('options', exclusive[0] ?? 0),
          `the exclusive option of question "${q.id}" must come last, after the "or" divider`,
        );
      }
      const askWhen = q['ask-when']
        ? this.condition(
            source,
            ['questions', qi, 'ask-when'],
            q['ask-when'],
            `the ask-when of question "${q.id}"`,
            result,
          )
        : null;
      const question: Question = {
        id: q.id,
        type: q.type,
        text: q.text,
        ...(q.hint === undefined ? {} : { hint: q.hint }),
        ...(q.error === undefined ? {} : { error: q.error }),
        options: q.options.map((o) => ({
          id: o.id,
          label: o.label,
          ...(o.hint === undefined ? {} : { hint: o.hint }),
          exclusive: o.exclusive === true,
        })),
        askWhen,
      };
      result.push(question);
      if (!this.questionsById.has(q.id)) this.questionsById.set(q.id, question);
    });
    return result;
  }

  dispositions(source: YamlSource, data: DispositionsFile): Disposition[] {
    this.unique(source, 'dispositions', data.dispositions, 'disposition');
    return data.dispositions.map((d) => ({ id: d.id, careCard: d['care-card'], title: d.title, summary: d.summary }));
  }

  rules(
    source: YamlSource,
    data: RoutingFile,
    dispositions: readonly Disposition[],
    articles: readonly string[],
  ): Rule[] {
    this.unique(source, 'rules', data.rules, 'rule');
    const dispositionIds = dispositions.map((d) => d.id);
    const articleIds = [...articles].sort();
    const questions = [...this.questionsById.values()];
    return data.rules.map((r, ri) => {
      const at = (...path: PathSegment[]) => source.locate(['rules', ri, ...path]);
      const owner = `rule "${r.id}"`;
      if (!dispositionIds.includes(r.disposition)) {
        this.error(
          at('disposition'),
          `${owner} leads to disposition "${r.disposition}", which does not exist; dispositions are ${dispositionIds.join(', ')}`,
        );
      }
      const related = r.related ?? [];
      [r.guidance, ...related].forEach((article, i) => {
        const where = i === 0 ? at('guidance') : at('related', i - 1);
        if (!articleIds.includes(article)) {
          this.error(
            where,
            `${owner} names guidance "${article}", which has no article; articles are ${articleIds.join(', ')} (one file each in guidance/)`,
          );
        } else if (i > 0 && (article === r.guidance || related.indexOf(article) !== i - 1)) {
          this.error(
            where,
            `${owner} lists guidance "${article}" twice; each article appears once, as primary or related`,
          );
        }
      });
      return {
        id: r.id,
        when: this.condition(source, ['rules', ri, 'when'], r.when, owner, questions),
        disposition: r.disposition,
        guidance: r.guidance,
        related,
        reason: r.reason,
      };
    });
  }

  /** Resolves a condition against the questions it may name (all of them for a rule, only earlier ones for an ask-when). */
  private condition(
    source: YamlSource,
    path: readonly PathSegment[],
    condition: ConditionSource,
    owner: string,
    allowed: readonly Question[],
  ): Condition {
    return resolveCondition(source, path, condition, owner, { allowed, known: this.questionIds }, this.errors);
  }

  private unique(
    source: YamlSource,
    path: PathSegment | PathSegment[],
    items: readonly { id: string }[],
    what: string,
  ) {
    const base = Array.isArray(path) ? path : [path];
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, i);
        return;
      }
      const firstAt = source.locate([...base, first, 'id']);
      this.error(
        source.locate([...base, i, 'id']),
        `${what} id "${item.id}" is used twice; it was first used at line ${firstAt.line}`,
      );
    });
  }

  private error(location: SourceLocation, message: string) {
    this.errors.push({ ...location, message });
  }
}
