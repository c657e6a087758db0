/**
 * Places a ReportView (view.ts) in the page. Everything goes in as text (textContent, never HTML): the records and
 * the subjects come from what the visitor pasted. Headings follow the page's outline: the results' h2, then h3 for
 * the providers' rules and the mechanisms, h4 for each group and each result.
 */
import type { ReportView, ResultView, RuleGroupView, Tone } from './view.ts';

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** A status word in its badge: the word says it, the colour only repeats it. */
function badge(word: string, tone: Tone): HTMLElement {
  return el('span', { class: `badge ${tone}` }, word);
}

/** A code block, whose text a host copies as is. */
function code(text: string): HTMLElement {
  return el('pre', {}, el('code', {}, text));
}

export interface Labels {
  noScore: string;
  summaryTitle: string;
  bulkNote: string;
  detailsTitle: string;
  fix: string;
  records: (count: number) => string;
}

export function renderReport(target: HTMLElement, view: ReportView, labels: Labels, headingId: string): HTMLElement {
  const heading = el('h2', { id: headingId, tabindex: '-1' }, view.heading);
  target.replaceChildren(
    heading,
    el('p', { class: 'muted' }, labels.noScore),
    el('h3', {}, labels.summaryTitle),
    ...view.groups.flatMap((g) => ruleGroup(g, labels)),
    el('h3', {}, labels.detailsTitle),
    el('ol', { class: 'an-results' }, ...view.results.map((r) => result(r, labels))),
  );
  return heading;
}

function ruleGroup(g: RuleGroupView, labels: Labels): HTMLElement[] {
  const list = el('ul', { class: 'an-rules', 'data-audience': g.audience },
    ...g.rules.map((r) => el('li', { 'data-rule': r.id, 'data-status': r.status }, badge(r.word, r.tone), ' ', r.text)));
  return [el('h4', {}, g.title), ...(g.audience === 'bulk' ? [el('p', { class: 'muted' }, labels.bulkNote)] : []), list];
}

function result(r: ResultView, labels: Labels): HTMLElement {
  const findings = el('ul', { class: 'an-findings' }, ...r.findings.map((f) => {
    const li = el('li', { 'data-code': f.code, 'data-status': f.status }, badge(f.word, f.tone), ' ', f.text);
    if (f.fix) li.append(el('p', { class: 'an-fix' }, labels.fix), code(f.fix));
    return li;
  }));
  const item = el('li', { class: 'an-result card', 'data-mechanism': r.mechanism, 'data-subject': r.subject, 'data-status': r.status },
    el('h4', {}, badge(r.word, r.tone), ' ', `${r.name} · `, el('code', {}, r.subject)),
    findings);
  if (r.records.length) item.append(el('details', {}, el('summary', {}, labels.records(r.records.length)), code(r.records.join('\n'))));
  item.append(el('p', {}, el('a', { href: r.href }, r.learn)));
  return item;
}

/** The lines the parser could not read, by number, each with its text as the visitor wrote it. */
export function renderProblems(target: HTMLElement, problems: { line: number; text: string }[], title: string, help: string, lineLabel: (line: number) => string, headingId: string): HTMLElement | null {
  if (!problems.length) {
    target.replaceChildren();
    target.hidden = true;
    return null;
  }
  const heading = el('h2', { id: headingId, tabindex: '-1' }, title);
  target.replaceChildren(
    heading,
    el('p', {}, help),
    el('ul', { class: 'an-problems' }, ...problems.map((p) => el('li', { 'data-line': String(p.line) }, el('strong', {}, lineLabel(p.line)), ' ', el('code', {}, p.text)))),
  );
  target.hidden = false;
  return heading;
}
