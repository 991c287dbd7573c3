// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, regionById } from '../../src/engine/region.ts';
import { FaqPage } from '../../src/ui/faq/faq-page.tsx';
import { content, model } from '../support/model.ts';

function renderFaq(regionId: string) {
  return render(<FaqPage faq={content.faq} articles={content.articles} region={regionById(model.regions, regionId)} />);
}

describe('the FAQ page', () => {
  it('shows each question as a heading with its short answer', () => {
    renderFaq('uk');
    for (const entry of content.faq) {
      const heading = screen.getByRole('heading', { level: 2, name: entry.question });
      const section = heading.closest('section');
      expect(section).not.toBeNull();
      const answer = fillPlaceholders(entry.answer, regionById(model.regions, 'uk'));
      expect(within(section as HTMLElement).getByText(answer)).toBeVisible();
    }
  });

  it('links each question to its article, shown in full further down the page', () => {
    renderFaq('uk');
    for (const entry of content.faq) {
      const section = screen.getByRole('heading', { level: 2, name: entry.question }).closest('section') as HTMLElement;
      const link = within(section).getByRole('link', { name: /^Read more:/ });
      const target = document.querySelector(link.getAttribute('href') ?? '#none');
      expect(target).toHaveRole('heading');
      expect(target).toHaveTextContent(content.articles[entry.article]?.title ?? '(no article)');
    }
  });

  it('shows every article once, with its parts and pictures described in words', () => {
    renderFaq('uk');
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(Object.keys(content.articles).length);
    for (const article of articles) {
      expect(within(article).getByRole('heading', { name: 'When to get help sooner' })).toBeVisible();
      expect(within(article).getByRole('heading', { name: 'Where this advice comes from' })).toBeVisible();
    }
    const pictures = screen.getAllByRole('img');
    expect(pictures.length).toBeGreaterThanOrEqual(8);
    for (const picture of pictures) expect(picture.getAttribute('alt')?.length).toBeGreaterThan(40);
  });

  it("names the person's own emergency number and services", () => {
    const page = renderFaq('us').container;
    expect(page).toHaveTextContent('Call 911 or go to the ER');
    expect(page).toHaveTextContent('poop');
    expect(page).toHaveTextContent('physical therapist');
    expect(page).not.toHaveTextContent('999');
    expect(page.textContent).not.toMatch(/\{[a-z-]+\}/);
  });
});
