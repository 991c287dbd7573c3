import { describe, expect, it } from 'vitest';
import { localiseArticle } from '../../src/engine/region.ts';
import type { Article } from '../../src/rules/model.ts';
import { content, model } from '../support/model.ts';
import { articlePassages, fleschKincaidGrade, textStats } from '../support/readability.ts';
import { compileRules, errorLines, withEdit } from '../support/rule-files.ts';

const articles = Object.values(content.articles);
const MAX_GRADE = 6;

/** All the text of an article a person reads, headings included, in one string. */
function allText(article: Article): string {
  return [article.title, ...article.sections.map((s) => s.heading), ...articlePassages(article)].join('\n');
}

function article(id: string): Article {
  const found = content.articles[id];
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

function section(articleId: string, heading: RegExp) {
  const found = article(articleId).sections.find((s) => heading.test(s.heading));
  if (!found) throw new Error(`article ${articleId} has no section headed ${heading}`);
  return found;
}

describe('every guidance article', () => {
  it('covers every article the model names', () => {
    expect(Object.keys(content.articles).sort()).toEqual([
      'emergency-care',
      'expected-soreness',
      'form-correction',
      'rest-and-recovery',
      'see-a-professional',
      'strengthening',
      'stretching',
      'urgent-care',
    ]);
  });

  it.each(articles.map((a) => [a.id, a] as const))('%s has every part', (_id, a) => {
    expect(a.summary.length).toBeGreaterThan(80);
    expect(a.sections.some((s) => (s.steps?.length ?? 0) + (s.points?.length ?? 0) >= 3)).toBe(true);
    expect(a.recovery.length).toBeGreaterThan(60);
    expect(a.sources.length).toBeGreaterThanOrEqual(1);
    for (const source of a.sources) {
      expect(`${source.name} ${source.title}`).not.toMatch(/https?:|www\.|\.com|\.uk/);
      expect(source.url).toMatch(
        /^https:\/\/(www\.nhs\.uk|www\.nice\.org\.uk|cks\.nice\.org\.uk|www\.csp\.org\.uk|www\.acsm\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//,
      );
    }
  });

  it.each(articles.map((a) => [a.id, a] as const))(
    '%s numbers only steps: what to tell a doctor is a list, not steps',
    (_id, a) => {
      for (const section of a.sections.filter((s) =>
        /tell|who to see|until then|before you start|ease|sleep/i.test(s.heading),
      )) {
        expect(section.steps, section.heading).toBeUndefined();
      }
    },
  );

  it.each(articles.flatMap((a) => model.regions.map((r) => [a.id, r.id, localiseArticle(a, r)] as const)))(
    `%s in %s wording reads at US grade ${MAX_GRADE} or below`,
    (_id, _region, localised) => {
      expect(fleschKincaidGrade(textStats(articlePassages(localised)))).toBeLessThanOrEqual(MAX_GRADE);
    },
  );
});

describe('how long it takes', () => {
  it.each(articles.filter((a) => a.id !== 'emergency-care').map((a) => [a.id, a.recovery] as const))(
    '%s gives a time in days or weeks',
    (_id, recovery) => {
      expect(recovery).toMatch(/\d+( to \d+)? (days|weeks)/);
    },
  );
});

describe('the exercises', () => {
  it.each(['stretching', 'strengthening'])('each exercise in %s has a picture, steps and a dose', (id) => {
    const exercises = article(id).sections.filter((s) => s.picture);
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    for (const exercise of exercises) {
      expect(exercise.steps?.length).toBeGreaterThanOrEqual(3);
      expect(exercise.dose).toMatch(/\d/);
    }
  });

  it('gives the knee-to-chest stretch in full, with a hold time, and says who should avoid it', () => {
    const stretch = section('stretching', /knee-to-chest/i);
    const steps = stretch.steps?.join(' ') ?? '';
    expect(steps).toMatch(/lie on your back/i);
    expect(steps).toMatch(/feet flat/i);
    expect(steps).toMatch(/both hands/i);
    expect(steps).toMatch(/towards your chest/i);
    expect(steps).toMatch(/other leg/i);
    for (const step of stretch.steps ?? []) expect(step).toMatch(/[.!?]$/);
    expect(stretch.dose).toMatch(/hold for \d+ to \d+ seconds/i);
    expect(stretch.dose).toMatch(/\d+ times on each side/i);
    expect(stretch.caution).toMatch(/osteoporosis/i);
  });

  it('stretches the hamstrings and the buttocks too', () => {
    expect(section('stretching', /hamstring/i).dose).toMatch(/hold/i);
    expect(section('stretching', /buttock/i).dose).toMatch(/hold/i);
  });

  it('strengthens with a glute bridge, bird-dog and pelvic tilt, and squats starting light once mostly better', () => {
    for (const name of [/glute bridge/i, /bird-dog/i, /pelvic tilt/i]) {
      expect(section('strengthening', name).dose).toMatch(/\d/);
    }
    const squats = section('strengthening', /squats/i);
    expect(squats.heading).toMatch(/mostly better/i);
    expect(squats.steps?.[0]).toMatch(/body weight/i);
    expect(squats.dose).toMatch(/sets/i);
  });

  it('corrects squat form with every cue', () => {
    const text = allText(article('form-correction'));
    for (const cue of [
      /brace/i,
      /neutral/i,
      /hips and knees/i,
      /middle of your feet/i,
      /past your toes/i,
      /as low as|depth/i,
      /light/i,
      /film/i,
    ]) {
      expect(text).toMatch(cue);
    }
  });

  it('says when soreness starts, peaks and ends, and where it is felt', () => {
    const text = allText(article('expected-soreness'));
    expect(text).toMatch(/12 to 24 hours/);
    expect(text).toMatch(/1 to 3 days/);
    expect(text).toMatch(/5 to 7 days/);
    expect(text).toMatch(/buttocks/);
    expect(text).toMatch(/thighs/);
  });

  it('advises rest and recovery with movement, less loading, heat, pain relief and a gradual return', () => {
    const text = allText(article('rest-and-recovery'));
    for (const advice of [/active/i, /heavy lifts/i, /heat/i, /ibuprofen/i, /back to squats in stages/i]) {
      expect(text).toMatch(advice);
    }
  });

  it('tells the person what to tell the clinician, in every care article', () => {
    for (const id of ['emergency-care', 'urgent-care', 'see-a-professional']) {
      expect(article(id).sections.some((s) => /tell/i.test(s.heading))).toBe(true);
    }
  });
});

describe('the guidance schema', () => {
  it('refuses an article without a part, naming the file and where', () => {
    const files = withEdit('guidance/stretching.yaml', (text) => text.replace(/^recovery:[\s\S]*?(?=^sources:)/m, ''));
    expect(errorLines(compileRules(files))).toEqual([
      expect.stringMatching(/^rules\/guidance\/stretching\.yaml:2:1: .*recovery/),
    ]);
  });
});
