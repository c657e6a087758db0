/** The README documents the public contracts exactly as the code defines them. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { paramRows } from '../../src/lib/questionnaire/params.ts';

const readme = fs.readFileSync('README.md', 'utf8');

/** The rows of the first table after a heading. */
function tableAfter(heading: string): string[] {
  const start = readme.indexOf(heading);
  expect(start, `README heading "${heading}"`).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (const l of lines.slice(first + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l.trim());
  }
  return rows;
}

describe('README', () => {
  it("lists the questionnaire's URL parameters as src/lib/questionnaire/params.ts defines them", () => {
    expect(tableAfter("## The questionnaire's URL parameters")).toEqual(paramRows());
  });
});
