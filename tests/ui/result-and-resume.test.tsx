// @vitest-environment jsdom
/** The result page's Change, restart and share; resuming after a reload; share links; saved progress. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { regionById } from '../../src/engine/region.ts';
import { ErrorBoundary } from '../../src/ui/problem/error-boundary.tsx';
import { RegionProvider } from '../../src/ui/region/region-context.tsx';
import { model } from '../../src/ui/triage/triage-context.ts';
import {
  answer,
  answerAll,
  choice,
  openApp,
  optionLabel,
  pageHeading,
  questionText,
  regionChosenBefore,
  resetBrowser,
  resultFor,
  SAVED_KEY,
  UI_TIMEOUT,
  yourAnswers,
} from './harness.tsx';

const SORE_THIGHS =
  'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs&leg-symptoms=no&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

let broken = true;
/** Fails to render until told otherwise, like a bug would. */
function Boom() {
  if (broken) throw new Error('boom');
  return <p>Working again</p>;
}

const changeLink = (question: string) =>
  screen.getByRole('link', { name: `Change ${questionText(question).replace(/\?$/, '').toLowerCase()}` });

describe('the result page', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('changes an answer: re-asks it, asks the question the change brings, then shows the new result', async () => {
    const { user } = openApp(`/?${SORE_THIGHS}`);
    expect(await resultFor('self-care')).toHaveAttribute('data-rule', 'muscle-soreness');
    expect(Object.keys(yourAnswers())).not.toContain(questionText('trend'));
    await user.click(changeLink('duration'));
    expect(pageHeading()).toHaveTextContent(questionText('duration'));
    expect(choice('duration', 'under-3-days')).toBeChecked();
    await answer(user, 'duration', '1-to-6-weeks');
    await answer(user, 'trend', 'improving');
    expect(await resultFor('self-care')).toHaveAttribute('data-rule', 'lingering-soreness');
    expect(yourAnswers()[questionText('trend')]).toBe(optionLabel('trend', 'improving'));
  });

  it('names the advice version and the day it last changed, on the result and in the footer', async () => {
    openApp(`/?${SORE_THIGHS}`);
    const result = await resultFor('self-care');
    const { version, changed } = model.version;
    const day = new Date(`${changed}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const line = `Advice version ${version}, last updated ${day}.`;
    expect(within(result).getByText((_, element) => element?.textContent === line)).toBeVisible();
    const footer = screen.getByRole('contentinfo');
    const inFooter = within(footer).getByText((_, element) => element?.tagName === 'P' && element.textContent === line);
    expect(within(inFooter).getByText(day)).toHaveAttribute('datetime', changed);
  });

  it('drops the answers a change takes off the path', async () => {
    const { user } = openApp(`/?${SORE_THIGHS}`);
    await resultFor('self-care');
    await user.click(changeLink('location'));
    await answer(user, 'location', 'down-the-leg');
    expect(await resultFor('see-professional')).toHaveAttribute('data-rule', 'nerve-symptoms');
    expect(Object.keys(yourAnswers())).toEqual(
      ['emergency-signs', 'warning-signs', 'age', 'location'].map((id) => questionText(id)),
    );
    expect(JSON.parse(window.sessionStorage.getItem(SAVED_KEY) ?? '{}').answers).toBe(
      'emergency-signs=none&warning-signs=none&age=20-to-49&location=down-the-leg',
    );
  });

  it('starts again with nothing kept', async () => {
    const { user } = openApp(`/?${SORE_THIGHS}`);
    await resultFor('self-care');
    expect(window.sessionStorage.getItem(SAVED_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start again with different symptoms' }));
    expect(pageHeading()).toHaveTextContent(/check your back pain/i);
    expect(window.location.pathname).toBe('/');
    expect(window.sessionStorage.getItem(SAVED_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: /start now/i }));
    expect(choice('emergency-signs', 'none')).not.toBeChecked();
  });

  it('gives a share link that reproduces the result, and copies it', async () => {
    const { user } = openApp(`/?${SORE_THIGHS}`);
    await resultFor('self-care');
    const link = screen.getByRole('textbox', { name: 'Link to this result' });
    expect(link).toHaveValue(`${window.location.origin}/?${SORE_THIGHS}`);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/?${SORE_THIGHS}`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
  });

  it.each([
    ['uk', 'emergency-signs=chest-pain', 'Call 999', 'tel:999'],
    ['uk', 'emergency-signs=none&warning-signs=fever', 'Call 111', 'tel:111'],
    ['au', 'emergency-signs=none&warning-signs=fever', 'Call healthdirect on 1800 022 222', 'tel:1800022222'],
    ['nz', 'emergency-signs=tummy-pain', 'Call 111', 'tel:111'],
    ['nz', 'emergency-signs=none&warning-signs=kidney-signs', 'Call Healthline on 0800 611 116', 'tel:0800611116'],
    ['ca', 'emergency-signs=none&warning-signs=leg-swelling', 'Call 811', 'tel:811'],
  ])('in region %s, offers to call from the care card of %s', async (region, text, name, href) => {
    regionChosenBefore(region);
    window.sessionStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, answers: text }));
    openApp('/result');
    const card = screen.getByRole('heading', { level: 1 }).closest('.care-card') as HTMLElement;
    expect(await within(card).findByRole('link', { name })).toHaveAttribute('href', href);
  });

  it('offers no call button where the region has no urgent advice line, and the card says whom to see', async () => {
    regionChosenBefore('channel-islands');
    window.sessionStorage.setItem(
      SAVED_KEY,
      JSON.stringify({ version: 1, answers: 'emergency-signs=none&warning-signs=fever' }),
    );
    openApp('/result');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(/GP today, or its out-of-hours number/);
    expect(screen.queryByRole('link', { name: /^Call/ })).toBeNull();
  });

  it('shows the care card prefix to screen readers and the safety net on every result below emergency', async () => {
    openApp('/?emergency-signs=chest-pain');
    const emergency = await resultFor('emergency');
    expect(within(emergency).getByRole('heading', { level: 1 })).toHaveTextContent(/^Immediate action required: /);
    expect(screen.queryByRole('region', { name: /get help sooner/i })).toBeNull();
  });
});

describe('resume and share links', { timeout: UI_TIMEOUT }, () => {
  beforeEach(resetBrowser);

  it('resumes where the person was after a reload', async () => {
    const first = openApp('/');
    await first.user.click(screen.getByRole('button', { name: /start now/i }));
    await answerAll(first.user, 'emergency-signs=none&warning-signs=none&age=20-to-49&location=thighs');
    first.unmount();

    const { user } = openApp(window.location.pathname);
    expect(pageHeading()).toHaveTextContent(questionText('leg-symptoms'));
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(choice('location', 'thighs')).toBeChecked();
  });

  it('reloads an earlier question with its answer still chosen', async () => {
    window.sessionStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, answers: SORE_THIGHS }));
    openApp('/questions/location');
    expect(pageHeading()).toHaveTextContent(questionText('location'));
    expect(choice('location', 'thighs')).toBeChecked();
  });

  it('shows the result of a complete share link', async () => {
    openApp('/?emergency-signs=bladder-bowel');
    expect(await resultFor('emergency')).toHaveAttribute('data-rule', 'emergency-sign');
    expect(window.location.pathname).toBe('/result');
    expect(window.location.search).toBe('');
  });

  it('resumes a partial share link at the next question', () => {
    openApp('/?emergency-signs=none&warning-signs=none');
    expect(pageHeading()).toHaveTextContent(questionText('age'));
    expect(window.location.pathname).toBe('/questions/age');
  });

  describe('from version 1, before age and leg symptoms were asked', () => {
    const V1 =
      'emergency-signs=none&warning-signs=none&location=thighs&onset=after-training&feeling=dull-ache&duration=under-3-days&prior-injury=no&impact=mild';

    it('resumes a share link at the age question, then keeps every other answer', async () => {
      const { user } = openApp(`/?${V1}`);
      expect(pageHeading()).toHaveTextContent(questionText('age'));
      await answer(user, 'age', '20-to-49');
      expect(choice('location', 'thighs')).toBeChecked();
      await answer(user, 'location');
      await answer(user, 'leg-symptoms', 'no');
      expect(choice('onset', 'after-training')).toBeChecked();
      for (const question of ['onset', 'feeling', 'duration', 'prior-injury', 'impact']) await answer(user, question);
      expect(await resultFor('self-care')).toHaveAttribute('data-rule', 'muscle-soreness');
      expect(JSON.parse(window.sessionStorage.getItem(SAVED_KEY) ?? '{}').answers).toBe(SORE_THIGHS);
    });

    it('loads saved progress at the age question rather than throwing it away', () => {
      window.sessionStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, answers: V1 }));
      openApp('/result');
      expect(screen.queryByText(/could not use the answers saved/i)).toBeNull();
      expect(pageHeading()).toHaveTextContent(questionText('age'));
      expect(JSON.parse(window.sessionStorage.getItem(SAVED_KEY) ?? '{}').answers).toBe(V1);
    });
  });

  it('explains an invalid share link in plain words and offers to start again', async () => {
    const { user } = openApp('/?emergency-signs=sore-toe');
    expect(pageHeading()).toHaveTextContent('This link does not work');
    expect(screen.getByText(/has no option "sore-toe"/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(pageHeading()).toHaveTextContent(/check your back pain/i);
    expect(window.location.search).toBe('');
  });

  it('discards corrupt or old saved progress with a notice', () => {
    for (const saved of ['{not json', JSON.stringify({ version: 0, answers: 'emergency-signs=none' })]) {
      window.sessionStorage.setItem(SAVED_KEY, saved);
      const { unmount } = openApp('/questions/warning-signs');
      expect(screen.getByRole('status')).toHaveTextContent(/could not use the answers saved/i);
      expect(pageHeading()).toHaveTextContent(/check your back pain/i);
      expect(window.sessionStorage.getItem(SAVED_KEY)).toBeNull();
      unmount();
    }
  });

  it('catches anything unexpected with a page that offers to start again', async () => {
    broken = true;
    const restore = console.error;
    console.error = () => {};
    try {
      const uk = regionById(model.regions, 'uk');
      render(
        <RegionProvider model={model} region={uk} known onChoose={() => {}}>
          <ErrorBoundary
            onStartAgain={() => {
              broken = false;
            }}
          >
            <Boom />
          </ErrorBoundary>
        </RegionProvider>,
      );
      expect(pageHeading()).toHaveTextContent('Sorry, something went wrong');
      await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
      expect(screen.getByText('Working again')).toBeInTheDocument();
    } finally {
      console.error = restore;
    }
  });
});
