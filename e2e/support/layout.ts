/**
 * Whether a page fits its viewport: no sideways scrolling, every piece of
 * text and every control inside the viewport's width, nothing clipped, and
 * no two labels, headings or buttons on top of each other.
 */
import type { Page } from '@playwright/test';

/** What does not fit, as readable lines; empty when everything fits. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = window.innerWidth;
    const root = document.documentElement;
    if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth}px in ${width}px`);
    const name = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not drawn at all, such as what a closed <details> holds.
      if (!el.checkVisibility({ contentVisibilityAuto: true })) return false;
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
    };
    const keys = [...document.querySelectorAll('h1, h2, h3, p, li, label, legend, button, a, input, textarea, dt, dd')];
    for (const el of keys.filter(visible)) {
      const box = el.getBoundingClientRect();
      // Visually hidden text is 1px and clipped on purpose, for screen readers; a skip link
      // waits wholly off screen until focused (the spec checks it then).
      if ((box.width <= 1 && box.height <= 1) || box.right <= 0 || box.bottom <= 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) {
        problems.push(
          `${name(el)} runs outside the viewport (${Math.round(box.left)}..${Math.round(box.right)} of ${width})`,
        );
      }
      const style = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(style.overflowX) && style.textOverflow !== 'clip';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'INPUT') {
        problems.push(`${name(el)} is cut off (${el.scrollWidth}px in ${el.clientWidth}px)`);
      }
    }
    // Side by side or stacked is fine; overlapping is not.
    const blocks = [...document.querySelectorAll('h1, h2, label, legend, button, .hint, p')].filter(visible);
    for (let i = 0; i < blocks.length; i++) {
      for (let j = i + 1; j < blocks.length; j++) {
        const a = blocks[i] as Element;
        const b = blocks[j] as Element;
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const overlapX = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const overlapY = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (overlapX > 2 && overlapY > 2) problems.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return problems;
  });
}
