import { figureReference } from './figureReference.js';
import { suiteReference } from './suiteReference.js';

/** The generated reference pages, path (from the repository root) → content. Run from the repository root. */
export function generatedDocs(): Record<string, string> {
  return {
    'docs/reference/figures.md': figureReference(),
    'docs/reference/suite.md': suiteReference(),
  };
}
