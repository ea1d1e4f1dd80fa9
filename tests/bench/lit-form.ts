/**
 * The floor for `npm run bench`: the evaluation form's 15 statements as one
 * hand-written Lit element with native radio groups, no library of ours, as
 * someone would write it by hand. Texts come from the bench (the same Finnish
 * and Swedish as the form's), so both pages show the same words. Like the
 * form with `autosave`, it keeps its answers in sessionStorage and shows them
 * again after a reload.
 *
 * `<bench-lit-full-form>` is the same by hand with everything else the form
 * shows too: title, introduction, the two details, section titles, the open
 * questions with their hints, permission to quote and the send button. It
 * tells how much of the gap to the floor is the form's content, and how much
 * the library.
 */
import { css, html, LitElement, type CSSResultGroup } from 'lit';

export interface BenchTexts {
  intro: string;
  minLabel: string;
  maxLabel: string;
  statements: { id: string; text: string }[];
  /** What `<bench-lit-full-form>` shows besides the statements (read from the form as it renders). */
  full?: BenchFullTexts;
}

/** A text box of the full form: its label and, when it has one, its hint. */
export interface BenchField {
  id: string;
  label: string;
  hint?: string;
}

export interface BenchFullTexts {
  title: string;
  subtitle: string;
  paragraphs: string[];
  notice: string;
  details: BenchField[];
  sections: { title: string; intro: string; legend: string; statements: { id: string; text: string }[]; openTitle: string; open: BenchField[] }[];
  consent: BenchField;
  send: string;
}

const DRAFT_KEY = 'bench-lit-form:draft';

export class BenchLitForm extends LitElement {
  static override properties = { texts: { attribute: false }, answers: { state: true } };

  static override styles: CSSResultGroup = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; }
    fieldset { border: 1px solid #767676; border-radius: 4px; margin: 0 0 1rem; padding: 0.5rem 1rem; }
    legend { font-weight: 600; }
    .scale { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
    label { display: inline-flex; align-items: center; gap: 0.25rem; min-height: 44px; }
    input:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    .ends { margin: 0; font-size: 0.875rem; color: #4a4a4a; }
  `;

  declare texts: BenchTexts;
  declare answers: Record<string, number>;

  constructor() {
    super();
    this.answers = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, number>;
  }

  #choose(id: string, value: number) {
    this.answers = { ...this.answers, [id]: value };
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(this.answers));
  }

  /** One statement: a fieldset of five native radios. */
  protected statement({ id, text }: { id: string; text: string }) {
    const { minLabel, maxLabel } = this.texts;
    return html`<fieldset>
      <legend>${text}</legend>
      <div class="scale">
        ${[1, 2, 3, 4, 5].map(
          (value) => html`<label
            ><input
              type="radio"
              name=${id}
              .value=${String(value)}
              .checked=${this.answers[id] === value}
              @change=${() => this.#choose(id, value)}
            />${value}</label
          >`,
        )}
      </div>
      <p class="ends">1 = ${minLabel}, 5 = ${maxLabel}</p>
    </fieldset>`;
  }

  override render() {
    const { intro, statements } = this.texts;
    return html`<form>
      <p>${intro}</p>
      ${statements.map((statement) => this.statement(statement))}
    </form>`;
  }
}

/** The whole evaluation form by hand: the floor's statements and the rest of what the form shows. */
export class BenchLitFullForm extends BenchLitForm {
  static override styles = [
    BenchLitForm.styles,
    css`
      label.field { display: block; font-weight: 600; margin-top: 1rem; }
      .hint { display: block; font-weight: 400; color: #4a4a4a; }
      input[type='text'], textarea { display: block; width: 100%; box-sizing: border-box; font: inherit; }
    `,
  ];

  #field({ id, label, hint }: BenchField, multiline: boolean) {
    return html`<label class="field" for=${id}>${label}${hint ? html`<span class="hint">${hint}</span>` : ''}</label>
      ${multiline ? html`<textarea id=${id} name=${id} rows="4"></textarea>` : html`<input id=${id} name=${id} type="text" />`}`;
  }

  override render() {
    const { title, subtitle, paragraphs, notice, details, sections, consent, send } = this.texts.full!;
    return html`<form>
      <h2>${title}</h2>
      <p>${subtitle}</p>
      ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      <p><strong>${notice}</strong></p>
      ${details.map((field) => this.#field(field, false))}
      ${sections.map(
        (section) => html`<section>
          <h3>${section.title}</h3>
          <p>${section.intro}</p>
          <p>${section.legend}</p>
          ${section.statements.map((statement) => this.statement(statement))}
          <h4>${section.openTitle}</h4>
          ${section.open.map((field) => this.#field(field, true))}
        </section>`,
      )}
      <p><label><input type="checkbox" id=${consent.id} name=${consent.id} /> ${consent.label}</label></p>
      <button type="submit">${send}</button>
    </form>`;
  }
}

/**
 * Defines `<bench-lit-form>` (or with `full`, `<bench-lit-full-form>`) in
 * Finnish; `<html lang>` switches it, loading that language's texts.
 */
export function defineBenchLitForm(finnish: BenchTexts, load: (locale: string) => Promise<BenchTexts>, full = false) {
  let texts = finnish;
  const name = full ? 'bench-lit-full-form' : 'bench-lit-form';
  const Form: typeof BenchLitForm = full ? BenchLitFullForm : BenchLitForm;
  customElements.define(
    name,
    class extends Form {
      constructor() {
        super();
        this.texts = texts;
      }
    },
  );
  new MutationObserver(async () => {
    const lang = document.documentElement.lang;
    texts = lang === 'fi' ? finnish : await load(lang);
    for (const form of document.querySelectorAll<BenchLitForm>(name)) form.texts = texts;
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
