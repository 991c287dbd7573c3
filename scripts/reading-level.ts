/** Prints the Flesch-Kincaid grade of each guidance article, in each region's wording, worst first per article. */
import { loadCompiledRules } from '../src/cli/shared.ts';
import { localiseArticle } from '../src/engine/region.ts';
import { articlePassages, fleschKincaidGrade, textStats } from '../tests/support/readability.ts';

const loaded = loadCompiledRules();
if (!loaded.ok) {
  process.stderr.write(loaded.output.stderr);
  process.exit(1);
}
const { model, content } = loaded;
console.log('article                grade  sentences  words  syllables  (hardest region)');
for (const article of Object.values(content.articles)) {
  const measured = model.regions.map((region) => {
    const stats = textStats(articlePassages(localiseArticle(article, region)));
    return { region: region.id, stats, grade: fleschKincaidGrade(stats) };
  });
  const worst = measured.reduce((a, b) => (b.grade > a.grade ? b : a));
  const { sentences, words, syllables } = worst.stats;
  console.log(
    `${article.id.padEnd(22)} ${worst.grade.toFixed(1).padStart(5)}  ${String(sentences).padStart(9)}  ${String(words).padStart(5)}  ${String(syllables).padStart(9)}  (${worst.region})`,
  );
}
