// axe-core in the page, against WCAG 2.1 A and AA (what BITV 2.0 demands).
//
// Our Content-Security-Policy allows only scripts from 'self', so `page.addScriptTag({ content })` (an
// inline <script>) is blocked, and we don't weaken the CSP for tests (no `bypassCSP`). Instead the
// source is evaluated through the browser's DevTools protocol (`page.evaluate`), which the page's CSP
// does not govern, exactly like a browser extension's audit would run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

export async function checkAccessibility(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) {
    await page.evaluate(axeSource);
  }
  const context = JSON.stringify({ exclude: (options.exclude ?? []).map((selector) => [selector]) });
  const runOptions = JSON.stringify({
    runOnly: { type: 'tag', values: wcagTags },
    resultTypes: ['violations'],
  });
  const violations = await page.evaluate<Violation[]>(
    `window.axe.run(${context}, ${runOptions}).then((result) => result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary ?? '' })),
    })))`,
  );
  if (violations.length === 0) return;
  const lines = violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `      at ${node.target.join(' ')}\n        ${node.failureSummary.replaceAll('\n', '\n        ')}`,
      )
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
    return `  - [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
  });
  throw new Error(`${page.url()} has ${violations.length} WCAG 2.1 AA violation(s):\n${lines.join('\n')}`);
}
