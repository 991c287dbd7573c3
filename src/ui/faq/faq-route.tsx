/**
 * The FAQ at its own address: every guidance article, without the
 * questionnaire. Loaded only when opened, with the content it needs.
 */
import { useContent } from '../content/use-content.ts';
import { useRegion } from '../region/region-context.tsx';
import { usePageTitle } from '../shared/use-page-title.ts';
import { FaqPage } from './faq-page.tsx';

export default function FaqRoute() {
  const { region } = useRegion();
  const { articles, faq } = useContent();
  usePageTitle('Questions about back pain after squats');
  return (
    <>
      <p>
        <a href={import.meta.env.BASE_URL} className="back-link">
          Back to the check
        </a>
      </p>
      <FaqPage faq={faq} articles={articles} region={region} />
    </>
  );
}
