/**
 * The corrections clinical model version 2 made to the content: each test
 * fails if a correction is undone. Assertions are on meaning, with regexes
 * that allow other wording, not on whole sentences.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleSection } from '../../src/rules/model.ts';
import { content } from '../support/model.ts';

function articleOf(id: string) {
  const found = content.articles[id];
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

function sectionText(section: ArticleSection): string {
  return [
    section.heading,
    section.intro ?? '',
    section.picture?.alt ?? '',
    ...(section.steps ?? []),
    ...(section.points ?? []),
    section.dose ?? '',
    section.caution ?? '',
  ].join('\n');
}

/** Every text of an article a person can read, in one string (placeholders unfilled). */
function articleText(id: string): string {
  const a = articleOf(id);
  return [a.title, a.summary, ...a.sections.map(sectionText), a.recovery].join('\n');
}

/** The text of the article's sections whose text matches `pattern`. */
function sectionsMatching(id: string, pattern: RegExp): string {
  return articleOf(id)
    .sections.map(sectionText)
    .filter((text) => pattern.test(text))
    .join('\n');
}

/** Sentences of a text, split after full stops, question marks and exclamation marks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const articleIds = Object.keys(content.articles);
const faqAnswers = content.faq.map((entry) => entry.answer);
const { safetyNet } = content;
/** Every sign of the groups in one care-card style, one a line. */
const group = (careCard: string) =>
  safetyNet
    .filter((g) => g.careCard === careCard)
    .flatMap((g) => g.signs)
    .join('\n');

describe('form-correction teaches the corrected squat', () => {
  const text = articleText('form-correction');

  it('bends hips and knees together, with the weight over the middle of the foot', () => {
    expect(text).toMatch(/hips and knees[^.]*(together|same time)/i);
    expect(text).toMatch(/middle of (your|the) feet|mid-?foot/i);
  });

  it('lets the knees go past the toes', () => {
    expect(text).toMatch(/knees[^.]*(go|move|travel)[^.]*past[^.]*toes|fine for them to go past your toes/i);
  });

  it('never cues heels, sitting back or pushing the hips back', () => {
    expect(text).not.toMatch(/heel/i);
    expect(text).not.toMatch(/sit(ting)? back|hips back|push(ing)? (your )?hips/i);
  });

  it('goes only as deep as the back stays neutral, which partly depends on hip build', () => {
    expect(text).toMatch(/as (low|deep) as[^.]*neutral/i);
    expect(text).toMatch(/(deep|depth)[^.]*hips[^.]*(built|build|shape)/i);
  });

  it('names sudden jumps in weight or sets as a cause beside technique', () => {
    expect(text).toMatch(/(weight|sets)[^.]*(too quickly|at once|big jumps|in one go)/i);
  });

  it('cautions against breath-hold bracing with high blood pressure, heart problems and pregnancy', () => {
    const caution = articleOf('form-correction')
      .sections.map((s) => s.caution ?? '')
      .find((c) => /breath/i.test(c));
    expect(caution).toBeDefined();
    expect(caution).toMatch(/high blood pressure/i);
    expect(caution).toMatch(/heart/i);
    expect(caution).toMatch(/pregnan/i);
  });

  it('braces, lightens the load, adds weight in small jumps and films a set', () => {
    expect(text).toMatch(/brace/i);
    expect(text).toMatch(/light(er)? load/i);
    expect(text).toMatch(/small (jumps|steps|amounts)/i);
    expect(text).toMatch(/film/i);
  });
});

describe('strengthening returns to squats with the corrected technique', () => {
  const squats = sectionsMatching('strengthening', /mostly better/i);

  it('starts light and uses the corrected cues', () => {
    expect(squats).toMatch(/body weight|light/i);
    expect(squats).toMatch(/hips and knees/i);
    expect(squats).toMatch(/neutral/i);
  });

  it('does not cue heels or pushing the hips back anywhere', () => {
    expect(articleText('strengthening')).not.toMatch(/heel|hips back|sit(ting)? back/i);
  });
});

describe('rest-and-recovery', () => {
  const text = articleText('rest-and-recovery');

  it('says who should not take ibuprofen without advice, and never with dark pee', () => {
    const caution = articleOf('rest-and-recovery')
      .sections.map((s) => s.caution ?? '')
      .find((c) => /ibuprofen/i.test(c));
    expect(caution).toBeDefined();
    for (const who of [
      /asthma/i,
      /stomach ulcer|ulcer/i,
      /kidney/i,
      /thin your blood|blood thinn/i,
      /65/,
      /pregnan/i,
    ]) {
      expect(caution).toMatch(who);
    }
    expect(caution).toMatch(/(never|do not)[^.]*ibuprofen[^.]*(dark[^.]*pee|pee[^.]*dark)/i);
    expect(caution).toMatch(/kidney/i);
  });

  it('says hurting does not mean harm', () => {
    expect(text).toMatch(/(pain|hurt)[^.]*(not|n't) mean[^.]*(harm|damag)/i);
  });

  it('says scans are rarely needed', () => {
    expect(text).toMatch(/(X-ray|MRI|scan)/i);
    expect(text).toMatch(/(do not|don't|rarely|not) need[^.]*(scan|X-ray|MRI)|scan[^.]*rarely/i);
  });

  it('gives comfortable sleeping positions', () => {
    expect(text).toMatch(/side[^.]*pillow[^.]*between your knees/i);
    expect(text).toMatch(/(back|face up)[^.]*pillows? under your knees/i);
  });

  it('returns to squats in stages, adding load only if no worse the next day', () => {
    const stages = sectionsMatching('rest-and-recovery', /stage/i);
    expect(stages).toMatch(/everyday|bending and walking/i);
    expect(stages).toMatch(/body-weight|body weight/i);
    expect(stages).toMatch(/box|chair/i);
    expect(stages).toMatch(/light weight/i);
    expect(stages).toMatch(/no worse the next day/i);
    expect(stages).not.toMatch(/heel|hips back/i);
  });
});

describe('emergency-care', () => {
  const steps = articleOf('emergency-care').sections[0]?.points ?? [];

  it('calls the emergency number and does not travel for chest pain, breathlessness, fainting or tummy pain', () => {
    const i = steps.findIndex(
      (s) => /chest pain/i.test(s) && /breath/i.test(s) && /faint/i.test(s) && /\{tummy\}/.test(s),
    );
    expect(i).toBeGreaterThanOrEqual(0);
    expect(steps[i]).toMatch(/\{emergency-number\}/);
    expect(`${steps[i]} ${steps[i + 1] ?? ''}`).toMatch(
      /(do not|don't|never) (travel|go|drive)[^.]*|wait for the ambulance/i,
    );
  });

  it('sends the other signs to the emergency place with someone else driving', () => {
    const all = steps.join('\n');
    expect(all).toMatch(/\{emergency-place\}/);
    expect(all).toMatch(/someone else (to )?driv/i);
  });

  it('explains each possible cause', () => {
    const text = articleText('emergency-care');
    for (const cause of [
      /cauda equina/i,
      /toilet|genitals or bottom/i,
      /broken|fracture/i,
      /muscles? (break|breaking) down/i,
      /kidneys?/i,
      /compartment syndrome/i,
      /aortic aneurysm|blood vessel/i,
      /blood clot[^.]*lungs/i,
      /heart/i,
    ]) {
      expect(text).toMatch(cause);
    }
  });
});

describe('urgent-care covers every warning sign and both urgent rules', () => {
  const text = articleText('urgent-care');

  it.each([
    ['one leg weak or foot drop', /one leg|a leg that feels weak/i, /foot[^.]*drag/i],
    ['a swollen calf or thigh: a blood clot', /calf or thigh/i, /blood clot|DVT/i],
    ['a pop or tear: a torn muscle', /pop or a tear|pop or tear/i, /torn muscle|hamstring/i],
    ['pain in waves or blood in pee: kidney', /waves/i, /kidney stone/i],
    ['fever: infection', /fever/i, /infection/i],
    ['weight loss and back shape', /weight loss/i, /shape of your back/i],
    ['constant pain worse at night', /all the time[^.]*worse at night/i, /cancer/i],
    ['cough, sneeze or strain', /cough, sneeze or strain/i, /nerve/i],
    ['fracture risk', /weak bones|osteoporosis/i, /steroid tablets/i],
    ['sudden sharp pain at 50 or over', /after 50|50 or over/i, /small break[^.]*spine/i],
  ])('%s', (_name, sign, meaning) => {
    expect(text).toMatch(sign);
    expect(text).toMatch(meaning);
  });

  it('says a blood clot with breathlessness or coughing blood is an emergency', () => {
    expect(sectionsMatching('urgent-care', /blood clot/i)).toMatch(/(breath|cough)[^.]*\{emergency-number\}/i);
  });

  it('says weak bones alone do not need a doctor today', () => {
    expect(text).toMatch(/weak bones alone[^.]*(not|no)/i);
  });

  it('sends worsening muscle pain for a blood test today, without ibuprofen, drinking water normally', () => {
    const muscle = sectionsMatching('urgent-care', /blood test/i);
    expect(muscle).toMatch(/buttocks or thighs/i);
    expect(muscle).toMatch(/breaking down/i);
    expect(muscle).toMatch(/(do not|don't)[^.]*ibuprofen/i);
    expect(muscle).toMatch(/drink water/i);
  });

  it('tells the person to act today and what to tell the doctor', () => {
    expect(text).toMatch(/\{urgent-action\}/);
    expect(sectionsMatching('urgent-care', /tell/i)).toMatch(/cancer/i);
  });
});

describe('see-a-professional', () => {
  const text = articleText('see-a-professional');

  it('names the signs of inflammatory back pain to mention', () => {
    expect(text).toMatch(/stiff[^.]*morning[^.]*more than 30 minutes/i);
    expect(text).toMatch(/better when you move|eases? (when|with) (you )?move/i);
    expect(text).toMatch(/months/i);
    expect(text).toMatch(/45/);
  });

  it('says who to see, without a referral for a physio, and under-16s see a doctor', () => {
    expect(text).toMatch(/\{doctor\}/);
    expect(text).toMatch(/\{physio\}[^.]*without/i);
    expect(text).toMatch(/under 16[^.]*|\{doctor\}[^.]*under 16/i);
    expect(text).toMatch(/teenagers who train hard/i);
    expect(text).toMatch(/after 50/i);
  });
});

describe('expected-soreness', () => {
  it('says sharp or sudden pain is not normal soreness, which comes on later and feels dull or tight', () => {
    const text = articleText('expected-soreness');
    expect(text).toMatch(/dull or tight/i);
    expect(text).toMatch(/hours later|next day/i);
    expect(text).toMatch(/sharp[^.]*(not|isn't) normal soreness/i);
  });
});

describe('stretching', () => {
  it('says to avoid knee-to-chest with osteoporosis or a past spine fracture', () => {
    const knee = sectionsMatching('stretching', /knee-to-chest/i);
    expect(knee).toMatch(/osteoporosis/i);
    expect(knee).toMatch(/(broken bone|fracture)[^.]*spine/i);
  });
});

describe('every "get help sooner" line, on results and guidance pages alike, matches v2 routing', () => {
  const lines = safetyNet.flatMap((g) => g.signs.map((sign) => [g.heading, `${g.heading} ${sign}`] as const));

  it.each(lines)('%s: %s', (_heading, line) => {
    if (/night/i.test(line)) expect(line).toMatch(/^\{urgent-if\}.*all the time/i);
    if (/one leg|foot drags/i.test(line)) expect(line).toMatch(/^\{urgent-if\}/);
    if (/below your knee|pins and needles|numbness in a leg/i.test(line)) expect(line).toMatch(/^\{routine-if\}/);
    if (/dark brown|genitals|both legs|rock hard|control when you pee/i.test(line)) {
      expect(line).toMatch(/^\{emergency-(if|action)\}/);
    }
    // Signs that need an ambulance, never travel: the line says to call, not to go.
    if (/chest pain|short of breath|faint/i.test(line)) expect(line).toMatch(/^\{emergency-action\} if/);
    expect(line).not.toMatch(/sleep|awake/i);
  });
});

describe('every summary stands alone in 2 or 3 sentences', () => {
  it.each(articleIds)('%s', (id) => {
    const count = sentencesOf(articleOf(id).summary).length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
  });
});

describe('the FAQ agrees with the articles', () => {
  it('never names sleep as a routine sign', () => {
    for (const answer of faqAnswers) expect(answer).not.toMatch(/keeps? you awake|stops you sleeping|sleep/i);
  });

  it('does not send weak bones alone to a doctor today', () => {
    for (const sentence of faqAnswers.flatMap(sentencesOf)) {
      if (/weak bones|osteoporosis/i.test(sentence) && /today|same day/i.test(sentence)) {
        expect(sentence).toMatch(/sudden/i);
      }
    }
    const today = content.faq.find((entry) => entry.article === 'urgent-care')?.answer ?? '';
    expect(today).toMatch(/sudden[^.]*weak bones/i);
  });

  it('gives the knee-to-chest caution wherever it recommends that stretch', () => {
    for (const answer of faqAnswers.filter((a) => /knee-to-chest/i.test(a))) {
      expect(answer).toMatch(/osteoporosis|weak bones/i);
    }
  });

  it('uses the corrected technique', () => {
    for (const answer of faqAnswers) expect(answer).not.toMatch(/heel|hips back|sit(ting)? back/i);
    const wrong = content.faq.find((entry) => /squats wrong/i.test(entry.question))?.answer ?? '';
    expect(wrong).toMatch(/hips and knees/i);
    expect(wrong).toMatch(/neutral/i);
  });

  it('covers the v2 emergency signs briefly', () => {
    const emergency = content.faq.find((entry) => entry.article === 'emergency-care')?.answer ?? '';
    for (const sign of [/genitals|toilet/i, /peeing|bladder/i, /both legs/i, /chest pain/i, /breath/i, /faint/i]) {
      expect(emergency).toMatch(sign);
    }
    expect(emergency).toMatch(/\{tummy\}/);
    expect(emergency).toMatch(/dark brown pee/i);
  });
});

describe('the safety net matches the v2 questions', () => {
  it('says to call, not travel, for chest pain, breathlessness, fainting and tummy pain', () => {
    const call = safetyNet.find((g) => g.heading === '{emergency-action} if')?.signs.join('\n') ?? '';
    for (const sign of [/chest pain/i, /short of breath/i, /faint/i, /\{tummy\}/]) expect(call).toMatch(sign);
    const goOrCall = safetyNet.find((g) => g.heading === '{emergency-if}')?.signs.join('\n') ?? '';
    expect(goOrCall).not.toMatch(/chest|breath|faint|\{tummy\}/i);
  });

  it('lists the emergency signs', () => {
    const signs = group('emergency');
    for (const sign of [
      /toilet paper|genitals/i,
      /pee or \{poo\}/i,
      /both (of your )?legs/i,
      /chest pain/i,
      /short of breath|breathless/i,
      /cough up blood|coughing (up )?blood/i,
      /faint/i,
      /\{tummy\}/,
      /dark brown/i,
      /rock hard|rock-hard/i,
    ]) {
      expect(signs).toMatch(sign);
    }
  });

  it('lists one leg weak, a swollen calf or thigh, fever, constant night pain and fast worsening as urgent', () => {
    const signs = group('urgent');
    expect(signs).toMatch(/one leg[^\n]*weak|foot drags/i);
    expect(signs).toMatch(/calf or thigh[^\n]*swollen|swollen[^\n]*calf or thigh/i);
    expect(signs).toMatch(/temperature|hot and shivery/i);
    expect(signs).toMatch(/all the time[^\n]*worse at night/i);
    expect(signs).toMatch(/worse quickly/i);
  });

  it('lists leg nerve signs and morning stiffness as routine, and not sleep', () => {
    const signs = group('non-urgent');
    expect(signs).toMatch(/below your knee/i);
    expect(signs).toMatch(/pins and needles|numbness/i);
    expect(signs).toMatch(/2 weeks/i);
    expect(signs).toMatch(/usual things/i);
    expect(signs).toMatch(/stiff[^\n]*more than 30 minutes[^\n]*(eases|better)[^\n]*move/i);
    expect(signs).not.toMatch(/awake|sleep|night/i);
  });

  it("finishes each heading's sentence", () => {
    for (const g of safetyNet) {
      expect(g.heading).toMatch(/^(\{(emergency|urgent|routine)-if\}|\{emergency-action\} if)$/);
      for (const sign of g.signs) {
        expect(sign).toMatch(/^[a-z]/);
        expect(sign).not.toMatch(/[.!?]$/);
      }
    }
  });
});

describe('region words come from placeholders', () => {
  const LITERAL = [
    /A&E/,
    /\bGPs?\b/,
    /\b999\b/,
    /\b111\b/,
    /\bpoop?\b/i,
    /\btumm(y|ies)\b/i,
    /paracetamol/i,
    /prednisol?one/i,
    /physiotherapist/i,
  ];
  const texts = [
    ...articleIds.map((id) => [`article ${id}`, articleText(id)] as const),
    ...content.faq.map((entry) => [`FAQ "${entry.question}"`, entry.answer] as const),
    ...safetyNet.map((g) => [`safety net ${g.careCard}`, [g.heading, ...g.signs].join('\n')] as const),
  ];

  it.each(texts)('%s names no region word literally', (_where, text) => {
    const withoutPlaceholders = text.replace(/\{[a-z-]+\}/g, '');
    for (const word of LITERAL) expect(withoutPlaceholders).not.toMatch(word);
  });
});
