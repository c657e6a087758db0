/**
 * `<degmail-kit-customizer>`: a group's own campaign visual, made in the browser. Each change of the form (after a
 * short pause in typing) rebuilds the spec, draws the preview and rewrites the summary; the buttons make a PNG or a
 * print PDF from the same scene. Nothing is sent: the font comes from our origin, the logo stays a local file.
 */
import { campaignLayout } from '../../lib/kit/templates/campaign.ts';
import { buildSpec, cutIssues, defaultPrinterLine, isFormat, type CustomizeField, type FieldIssue } from '../../lib/kit/customize-spec.ts';
import { summaryLines } from '../../lib/kit/customize-summary.ts';
import { fileName, pngSize } from '../../lib/kit/customize-output.ts';
import { megabytes } from '../../lib/kit/customize-logo.ts';
import { FORMATS, frameOf } from '../../lib/kit/formats.ts';
import type { Scene } from '../../lib/kit/scene.ts';
import type { CampaignSpec } from '../../lib/kit/spec.ts';
import { makeT, type T } from '../../lib/shared/translate.ts';
import { readData, type CustomizerData } from './data.ts';
import { kitFonts } from './fonts.ts';
import { focusField, readValues, showIssues } from './form.ts';
import { readLogo, type Logo } from './logo.ts';
import { makePdf } from './pdf.ts';
import { saveFile, svgToPng, svgUrl, trimmedSvg } from './raster.ts';

/** Typing pauses this long before the preview is redrawn. */
const DEBOUNCE_MS = 250;
/** The preview's width in CSS pixels (an SVG: sharp at any screen density). */
const PREVIEW_WIDTH = 600;

class DegmailKitCustomizer extends HTMLElement {
  private data!: CustomizerData;
  private t!: T;
  private form!: HTMLFormElement;
  private logo: Logo | undefined;
  private logoIssue: FieldIssue | undefined;
  private current: { spec: CampaignSpec; scene: Scene } | undefined;
  private firstError: CustomizeField | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Each preview draw's number: a slower, older draw never replaces a newer one. */
  private generation = 0;
  private previewUrl: string | undefined;
  /** The printer's line follows the group's name until the group edits the line itself. */
  private printerEdited = false;
  private busy = false;

  private q<E extends HTMLElement>(selector: string): E {
    const el = this.querySelector<E>(selector);
    if (!el) throw new Error(`degmail-kit-customizer: ${selector} is missing`);
    return el;
  }

  connectedCallback(): void {
    this.data = readData(this);
    this.t = makeT(this.data.dict);
    this.form = this.q<HTMLFormElement>('[data-kc-form]');
    const logoInput = this.q<HTMLInputElement>('#kc-logo');
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('input', (e) => {
      if (e.target === logoInput) return;
      if (e.target === this.q('#kc-printer')) this.printerEdited = true;
      if (e.target === this.q('#kc-name')) this.followName();
      this.schedule();
    });
    this.form.addEventListener('change', (e) => {
      if (e.target === logoInput) void this.onLogo(logoInput);
      else this.schedule();
    });
    this.q('[data-logo-remove]').addEventListener('click', () => this.removeLogo(logoInput));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-download]'))
      button.addEventListener('click', () => void this.download(button.dataset.download === 'pdf' ? 'pdf' : 'png'));
    this.update();
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  private followName(): void {
    if (this.printerEdited) return;
    const printer = this.q<HTMLInputElement>('#kc-printer');
    printer.value = defaultPrinterLine(printer.dataset.prefix ?? '', this.q<HTMLInputElement>('#kc-name').value);
  }

  /** Reads the form, shows its problems, and draws the preview when nothing stops it. */
  private update(): void {
    clearTimeout(this.timer);
    const values = readValues(this.form);
    const logo = this.logo ? { href: this.logo.href, width: this.logo.width, height: this.logo.height } : undefined;
    const result = buildSpec({ values, messages: this.data.messages, lang: this.data.lang, ...(logo ? { logo } : {}) });
    const print = isFormat(values.format) && FORMATS[values.format].kind === 'print';
    for (const el of this.querySelectorAll<HTMLElement>('[data-print-only]')) el.hidden = !print;
    this.q('[data-download="pdf"]').hidden = !print;
    this.q('[data-pdf-help]').hidden = print;
    const issues = [...result.issues, ...(this.logoIssue ? [this.logoIssue] : [])];
    this.firstError = result.issues.find((i) => i.level === 'error')?.field;
    if (result.spec) {
      const layout = campaignLayout(result.spec, this.t);
      issues.push(...cutIssues(layout.cut));
      this.current = { spec: result.spec, scene: layout.scene };
      this.showSummary(result.spec);
      void this.drawPreview(result.spec, layout.scene);
    } else this.current = undefined;
    this.q('[data-stale]').hidden = result.spec !== undefined;
    showIssues(this, issues, this.t);
  }

  private showSummary(spec: CampaignSpec): void {
    const items = summaryLines(spec, this.t).map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    });
    this.q('[data-summary]').replaceChildren(...items);
  }

  private async drawPreview(spec: CampaignSpec, scene: Scene): Promise<void> {
    const generation = ++this.generation;
    let css: string;
    try {
      css = (await kitFonts(this.data.fonts)).css;
    } catch {
      this.status(this.t('kit.customize.status.failed'));
      return;
    }
    if (generation !== this.generation) return;
    const trim = frameOf(spec.format).trim;
    const url = svgUrl(trimmedSvg(scene, trim, css, PREVIEW_WIDTH));
    const frame = this.q('[data-preview]');
    let img = frame.querySelector('img');
    if (!img) {
      img = document.createElement('img');
      img.loading = 'lazy';
      frame.replaceChildren(img);
    }
    img.width = PREVIEW_WIDTH;
    img.height = Math.round((PREVIEW_WIDTH * trim.height) / trim.width);
    img.alt = scene.alt;
    const old = this.previewUrl;
    this.previewUrl = url;
    img.src = url;
    if (old) URL.revokeObjectURL(old);
  }

  private async onLogo(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    const state = this.q('[data-logo-state]');
    this.logo = undefined;
    this.logoIssue = undefined;
    state.hidden = true;
    if (file) {
      const r = await readLogo(file);
      if (r.ok) {
        this.logo = r.logo;
        this.q('[data-logo-name]').textContent = this.t('kit.customize.logo.ready', { name: file.name });
        state.hidden = false;
      } else {
        input.value = '';
        const size = megabytes(file.size, this.data.intl, this.t('kit.customize.megabytes'));
        this.logoIssue = { field: 'logo', level: 'error', key: `kit.customize.error.logo.${r.problem}`, ...(r.problem === 'size' ? { vars: { size } } : {}) };
      }
    }
    this.update();
  }

  private removeLogo(input: HTMLInputElement): void {
    this.logo = undefined;
    this.logoIssue = undefined;
    input.value = '';
    this.q('[data-logo-state]').hidden = true;
    input.focus();
    this.update();
  }

  private status(text: string): void {
    this.q('[data-status]').textContent = text;
  }

  private async download(kind: 'png' | 'pdf'): Promise<void> {
    if (this.busy) return;
    // What was typed just now counts, even inside the pause before the preview catches up.
    this.update();
    const current = this.current;
    if (!current) {
      this.status(this.t('kit.customize.status.fix'));
      if (this.firstError) focusField(this, this.firstError);
      return;
    }
    this.busy = true;
    this.status(this.t('kit.customize.status.making'));
    try {
      const { spec, scene } = current;
      const fonts = await kitFonts(this.data.fonts);
      let blob: Blob;
      if (kind === 'png') {
        const size = pngSize(spec.format);
        blob = await svgToPng(trimmedSvg(scene, frameOf(spec.format).trim, fonts.css, size.width), size.width, size.height);
      } else {
        const title = [spec.message.headline, spec.group?.name].filter(Boolean).join(' – ');
        blob = await makePdf(spec, scene, fonts, this.logo, title);
      }
      const name = fileName(spec, kind);
      saveFile(blob, name);
      this.status(this.t('kit.customize.status.ready', { file: name }));
    } catch {
      this.status(this.t('kit.customize.status.failed'));
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('degmail-kit-customizer', DegmailKitCustomizer);
