/**
 * The FAQ at its own address: the questions people ask, each answered
 * briefly and linked to its guidance page. Loaded only when opened.
 */
import { useContent } from '../content/use-content.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { FAQ_TITLE, FaqPage } from './faq-page.tsx';

export default function FaqRoute() {
  const { articles, faq } = useContent();
  usePageTitle(FAQ_TITLE);
  return (
    <>
      <a href={import.meta.env.BASE_URL} className="back-link">
        Back to the check
      </a>
      <FaqPage faq={faq} articles={articles} />
    </>
  );
}
