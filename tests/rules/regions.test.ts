import { describe, expect, it } from 'vitest';
import {
  countryOf,
  defaultRegion,
  fillPlaceholders,
  localiseContent,
  localiseModel,
  regionById,
} from '../../src/engine/region.ts';
import { content, model } from '../support/model.ts';
import { articlePassages } from '../support/readability.ts';
import { compileRules, errorLines, positionOf, withEdit } from '../support/rule-files.ts';

const pick = (...languages: string[]) => defaultRegion(model.regions, languages).id;

describe('countryOf', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-gb', 'GB'],
    ['en_AU', 'AU'],
    ['zh-Hant-TW', 'TW'],
    ['en', null],
    ['es-419', null],
    ['en-x-gb', null],
  ])('%s → %s', (tag, country) => {
    expect(countryOf(tag)).toBe(country);
  });
});

describe('defaultRegion', () => {
  it('picks the region from the language setting', () => {
    expect(pick('en-GB')).toBe('uk');
    expect(pick('en-US')).toBe('us');
    expect(pick('en-AU')).toBe('au');
    expect(pick('cy-GB')).toBe('uk');
  });

  it('falls back to "elsewhere" for other countries, bare languages and no setting', () => {
    expect(pick('fr-FR')).toBe('elsewhere');
    expect(pick('en')).toBe('elsewhere');
    expect(pick()).toBe('elsewhere');
  });

  it('takes the first preferred language that names a listed country', () => {
    expect(pick('en', 'fr-FR', 'en-AU', 'en-GB')).toBe('au');
  });

  it('finds a saved region by id, and falls back when the saved id is unknown', () => {
    expect(regionById(model.regions, 'us').id).toBe('us');
    expect(regionById(model.regions, 'mars').id).toBe('elsewhere');
    expect(regionById(model.regions, null).id).toBe('elsewhere');
  });
});

// What each region's emergency and urgent results must name, and the numbers they offer to call.
const EXPECTED: Record<string, { emergency: string[]; urgent: string[]; calls: [string, string | null] }> = {
  uk: { emergency: ['999', 'A&E'], urgent: ['111', 'GP'], calls: ['999', '111'] },
  ie: { emergency: ['112', '999', 'emergency department'], urgent: ['GP', 'out-of-hours'], calls: ['112', null] },
  'channel-islands': {
    emergency: ['999', 'emergency department'],
    urgent: ['GP', 'out-of-hours'],
    calls: ['999', null],
  },
  us: { emergency: ['911', 'ER'], urgent: ['urgent care', 'doctor'], calls: ['911', null] },
  ca: {
    emergency: ['911', 'emergency department'],
    urgent: ['811', 'family doctor', 'walk-in clinic'],
    calls: ['911', '811'],
  },
  au: {
    emergency: ['000', 'emergency department'],
    urgent: ['healthdirect', '1800 022 222', 'GP'],
    calls: ['000', '1800 022 222'],
  },
  nz: {
    emergency: ['111', 'emergency department'],
    urgent: ['Healthline', '0800 611 116', 'GP'],
    calls: ['111', '0800 611 116'],
  },
  elsewhere: { emergency: ['112', 'local emergency number'], urgent: ['doctor'], calls: ['112', null] },
};

describe('the regions', () => {
  it('are every region this test knows, in the order the picker offers them', () => {
    expect(model.regions.map((r) => r.id)).toEqual([
      'uk',
      'ie',
      'channel-islands',
      'us',
      'ca',
      'au',
      'nz',
      'elsewhere',
    ]);
  });

  it('send Jersey and Guernsey, which have no 111, to their own region', () => {
    expect(pick('en-JE')).toBe('channel-islands');
    expect(pick('en-GG')).toBe('channel-islands');
    expect(pick('en-IE')).toBe('ie');
    expect(pick('en-NZ')).toBe('nz');
    expect(pick('fr-CA')).toBe('ca');
  });
});

describe.each(model.regions.map((r) => [r.id, r] as const))('in %s', (regionId, region) => {
  const localised = localiseModel(model, region);
  const localisedContent = localiseContent(content, region);
  /** The result page's own words for a disposition: title, summary and what to do now. */
  const disposition = (id: string) => {
    const found = localised.dispositions.find((d) => d.id === id);
    const lists = localisedContent.whatToDoNow[id];
    return [found?.title, found?.summary, ...(lists?.do ?? []), ...(lists?.doNot ?? [])].join(' ');
  };
  const articleText = (id: string) => {
    const article = localisedContent.articles[id];
    return article ? articlePassages(article).join(' ') : '';
  };
  const expected = EXPECTED[regionId] ?? {
    emergency: ['(a region this test does not know)'],
    urgent: [],
    calls: ['(none)', null],
  };

  it('offers to call its emergency number, and its urgent advice line where it has one', () => {
    expect([region.phone.emergency.number, region.phone.urgent?.number ?? null]).toEqual(expected.calls);
    expect(region.phone.emergency.call).toContain('Call');
    expect(region.words['emergency-number']).toContain(region.phone.emergency.number);
    if (region.phone.urgent) expect(region.words['urgent-action']).toContain(region.phone.urgent.number.split(' ')[0]);
  });

  it('the emergency result names the emergency number and where to go', () => {
    for (const words of expected.emergency) {
      expect(disposition('emergency')).toContain(words);
      expect(articleText('emergency-care')).toContain(words);
    }
  });

  it('the urgent result names who to see today', () => {
    for (const words of expected.urgent) {
      expect(disposition('urgent')).toContain(words);
      expect(articleText('urgent-care')).toContain(words);
    }
  });

  it('no guidance or "get help sooner" line names another region\'s emergency number', () => {
    // A number is another region's only when this region's own words never use it (111 is urgent in the UK, 999 in New Zealand).
    const own = Object.values(region.words).join(' ');
    const others = model.regions
      .filter((r) => r.id !== regionId)
      .map((r) => r.phone.emergency.number)
      .filter((number) => !own.includes(number));
    const lines = [
      ...Object.values(localisedContent.articles).flatMap((article) => articlePassages(article)),
      ...localisedContent.safetyNet.flatMap((g) => [g.heading, ...g.signs]),
    ];
    for (const line of lines) {
      for (const other of others) expect(line).not.toMatch(new RegExp(`\\b${other}\\b`));
    }
  });

  it('leaves no placeholder unfilled anywhere', () => {
    expect(JSON.stringify(localised)).not.toMatch(/\{[a-z-]+\}/);
  });
});

describe('fillPlaceholders', () => {
  const uk = regionById(model.regions, 'uk');

  it('fills every placeholder and leaves other text alone', () => {
    expect(fillPlaceholders('{emergency-if} you faint. {doctor}s help.', uk)).toBe(
      'Call 999 or go to A&E if you faint. GPs help.',
    );
  });

  it('leaves an unknown placeholder as written, so it shows rather than vanishing', () => {
    expect(fillPlaceholders('Call {nobody}', uk)).toBe('Call {nobody}');
  });
});

describe('the regions check', () => {
  it('refuses a placeholder no region fills, pointing at the text', () => {
    const files = withEdit('dispositions.yaml', (text) => text.replace('"{urgent-action}"', '"{urgent-acton}"'));
    const at = positionOf(files.get('dispositions.yaml') ?? '', '"{urgent-acton}"');
    expect(errorLines(compileRules(files))).toEqual([
      expect.stringMatching(
        new RegExp(`^rules/dispositions\\.yaml:${at.line}:${at.column}: "\\{urgent-acton\\}" is not a placeholder`),
      ),
    ]);
  });

  it('refuses a region that does not fill every placeholder', () => {
    const files = withEdit('regions.yaml', (text) => text.replace('      emergency-number: "911"\n', ''));
    expect(errorLines(compileRules(files))).toEqual([
      expect.stringMatching(/^rules\/regions\.yaml:\d+:7: region "us" does not say what \{emergency-number\}/),
    ]);
  });

  it('refuses two fallback regions', () => {
    const files = withEdit('regions.yaml', (text) =>
      text.replace('countries: [AU]', 'countries: [AU]\n    fallback: true'),
    );
    expect(errorLines(compileRules(files))).toEqual([
      expect.stringMatching(/^rules\/regions\.yaml:\d+:\d+: exactly one region needs "fallback: true".*; 2 do/),
    ]);
  });

  it('refuses a country listed by two regions', () => {
    const files = withEdit('regions.yaml', (text) => text.replace('countries: [AU]', 'countries: [AU, GB]'));
    expect(errorLines(compileRules(files))).toEqual([
      expect.stringMatching(/^rules\/regions\.yaml:\d+:\d+: country "GB" already chooses region "uk"/),
    ]);
  });
});
